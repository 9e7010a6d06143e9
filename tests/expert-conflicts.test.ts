import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawPanel } from '../domain/review';
import { attachments, auditLog, awards, editions } from '../server/db/schema';
import { seedCommitment } from '../server/services/review-panels';
import { clearReview, insertApplication, insertOrganisation } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Issue 12: 回避 enforced by the server — a conflicted expert's request for that candidate answers 404 like
 * a missing id, and is audited; the panel is drawn reproducibly from a committed seed, never with an expert
 * conflicted with the award's candidates.
 */
describe.each(engines)('conflicts and the panel draw on %s', (engine) => {
  let t: TestApp;
  let bureau: string;
  let awardId: string;
  let panelId: string;
  let serial = 0;
  const employerA = { id: '' };
  const employerB = { id: '' };

  async function addExpert(body: Record<string, unknown> = {}) {
    serial++;
    const res = await t.request({
      method: 'POST',
      url: '/api/experts',
      cookie: bureau,
      payload: {
        name: `评审专家${'甲乙丙丁戊己庚辛壬癸'[serial % 10]}${serial}`,
        workplace: '长春工业大学',
        specialty: '焊接技术',
        specialties: ['焊工'],
        mobile: `139043100${String(serial).padStart(2, '0')}`,
        username: `reviewer-${engine}-${serial}`,
        ...body,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const made = res.json();
    return { ...made, cookie: await t.login(made.username, made.initialPassword) };
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    // the mechanics of a review from scratch: without the demo's review under way
    await clearReview(t);
    bureau = await t.login('bureau');
    const [award] = await t.database.db
      .select({ id: awards.id })
      .from(awards)
      .innerJoin(editions, eq(editions.id, awards.editionId))
      .where(and(eq(awards.code, 'technical_expert'), eq(editions.status, 'published')));
    awardId = award?.id ?? '';
    const panel = await t.request({
      method: 'POST',
      url: '/api/panels',
      cookie: bureau,
      payload: { awardId, name: '长春技术能手评审组', seats: 3, specialties: ['焊工'] },
    });
    expect(panel.statusCode, panel.body).toBe(201);
    panelId = panel.json().id;
    const district = await insertOrganisation(t, { kind: 'recommender', recommenderKind: 'district_hr' });
    employerA.id = (await insertOrganisation(t, { kind: 'employer', recommender: district })).id;
    employerB.id = (await insertOrganisation(t, { kind: 'employer', recommender: district })).id;
  });
  afterAll(async () => t?.close());

  it('draws the panel from the committed seed: recomputable, never a conflicted expert, replacements in order', async () => {
    // the pool: six welding experts, two of whom work for a candidate's employer, and one of another trade
    const conflictedOnes = [
      await addExpert({ organisationId: employerA.id }),
      await addExpert({ organisationId: employerB.id }),
    ];
    const free: Awaited<ReturnType<typeof addExpert>>[] = [];
    for (let i = 0; i < 4; i++) free.push(await addExpert());
    const otherTrade = await addExpert({ specialties: ['钳工'] });
    await insertApplication(t, { status: 'accepted', award: 'technical_expert', employer: employerA });
    await insertApplication(t, { status: 'accepted', award: 'technical_expert', employer: employerB });

    const early = await t.request({ method: 'POST', url: `/api/panels/${panelId}/draw`, cookie: bureau });
    expect(early.json().code).toBe('draw.not_committed');
    const committed = await t.request({
      method: 'POST',
      url: `/api/panels/${panelId}/draw-commitment`,
      cookie: bureau,
    });
    expect(committed.statusCode, committed.body).toBe(200);
    const commitment = committed.json().draw;
    expect(commitment).toMatchObject({ status: 'committed', seed: null, order: null });
    expect(commitment.seedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(commitment.conflicted).toEqual(expect.arrayContaining(conflictedOnes.map((e) => e.id)));
    const again = await t.request({
      method: 'POST',
      url: `/api/panels/${panelId}/draw-commitment`,
      cookie: bureau,
    });
    expect(again.json().code).toBe('draw.already_committed');

    const drawn = await t.request({ method: 'POST', url: `/api/panels/${panelId}/draw`, cookie: bureau });
    expect(drawn.statusCode, drawn.body).toBe(200);
    const { draw, members } = drawn.json().panel;
    // the seed revealed is the one committed to, and anyone recomputes the panel from the record
    expect(seedCommitment(draw.seed)).toBe(commitment.seedHash);
    const recomputed = drawPanel({
      seed: draw.seed,
      pool: draw.pool,
      specialties: draw.specialties,
      conflicted: new Set(draw.conflicted),
      size: 3,
    });
    expect(draw.order).toEqual(recomputed.order);
    const seatedIds = members.map((m: { expertId: string }) => m.expertId);
    expect(seatedIds).toEqual(recomputed.panel);
    expect(members.map((m: { source: string }) => m.source)).toEqual(['draw', 'draw', 'draw']);
    for (const excluded of [...conflictedOnes, otherTrade]) expect(seatedIds).not.toContain(excluded.id);
    expect(seatedIds.every((id: string) => free.some((e) => e.id === id))).toBe(true);

    // one declines: the fourth of the order takes the seat, as the record says
    const declined = await t.request({
      method: 'POST',
      url: `/api/panels/${panelId}/members/${seatedIds[1]}/decline`,
      cookie: bureau,
      payload: { reason: '评审期间出差' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json().replacement).toBe(draw.order[3]);
    const after = declined.json().panel.members;
    expect(after.filter((m: { status: string }) => m.status === 'seated')).toHaveLength(3);
    expect(after.find((m: { expertId: string }) => m.expertId === draw.order[3]).source).toBe('replacement');

    const redraw = await t.request({ method: 'POST', url: `/api/panels/${panelId}/draw`, cookie: bureau });
    expect(redraw.json().code).toBe('draw.already_drawn');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'panel.draw'));
    expect(audit[0]?.detail).toMatchObject({ seed: draw.seed, seedHash: commitment.seedHash });
  });

  it('answers a conflicted expert 404 for the candidate, its papers and its score sheet, exactly as for a missing id', async () => {
    const [grand] = await t.database.db
      .select({ id: awards.id })
      .from(awards)
      .innerJoin(editions, eq(editions.id, awards.editionId))
      .where(and(eq(awards.code, 'grand_award'), eq(editions.status, 'published')));
    const made = await t.request({
      method: 'POST',
      url: '/api/panels',
      cookie: bureau,
      payload: { awardId: grand?.id, name: '长春技能大奖评审组', seats: 3, specialties: [] },
    });
    const grandPanel = made.json().id;
    // an expert of candidate A's employer, seated by hand: the server finds the conflict itself
    const colleague = await addExpert({ organisationId: employerA.id });
    const neutral = await addExpert();
    for (const [expert, role] of [
      [colleague, 'chair'],
      [neutral, 'member'],
    ] as const) {
      const seated = await t.request({
        method: 'POST',
        url: `/api/panels/${grandPanel}/members`,
        cookie: bureau,
        payload: { expertId: expert.id, role },
      });
      expect(seated.statusCode, seated.body).toBe(200);
    }
    const twice = await t.request({
      method: 'POST',
      url: `/api/panels/${grandPanel}/members`,
      cookie: bureau,
      payload: { expertId: neutral.id },
    });
    expect(twice.json().code).toBe('panel.already_member');

    const a = await insertApplication(t, { status: 'in_review', award: 'grand_award', employer: employerA });
    const b = await insertApplication(t, { status: 'in_review', award: 'grand_award', employer: employerB });
    const [file] = await t.database.db.select().from(attachments).where(eq(attachments.applicationId, a.id));
    const requests = (id: string, attachment: string) => [
      { method: 'GET' as const, url: `/api/applications/${id}` },
      { method: 'GET' as const, url: `/api/applications/${id}/annex2.pdf` },
      { method: 'GET' as const, url: `/api/applications/${id}/attachments/${attachment}` },
      { method: 'GET' as const, url: `/api/applications/${id}/score-sheet` },
      { method: 'PUT' as const, url: `/api/applications/${id}/score-sheet`, payload: { scores: [] } },
    ];
    const asked = requests(a.id, file?.id ?? randomUUID());
    const unknown = requests(randomUUID(), randomUUID());
    for (const [i, request] of asked.entries()) {
      const refused = await t.request({ ...request, cookie: colleague.cookie });
      const missing = await t.request({ ...(unknown[i] ?? request), cookie: colleague.cookie });
      expect(refused.statusCode, request.url).toBe(404);
      const { requestId: _r, ...body } = refused.json();
      const { requestId: _m, ...expected } = missing.json();
      expect(body, request.url).toEqual(expected);
      // each refusal is on record with its request
      const entries = await t.database.db
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.requestId, String(refused.headers['x-request-id'])),
            eq(auditLog.outcome, 'denied'),
          ),
        );
      expect(entries, request.url).toHaveLength(1);
    }
    // the other expert sees both; the colleague scores only B
    expect(
      (await t.request({ method: 'GET', url: `/api/applications/${a.id}`, cookie: neutral.cookie }))
        .statusCode,
    ).toBe(200);
    const listed = async (cookie: string) =>
      (await t.request({ method: 'GET', url: '/api/review/candidates', cookie }))
        .json()
        .items.map((i: { applicationId: string }) => i.applicationId);
    expect(await listed(colleague.cookie)).toEqual([b.id]);
    expect((await listed(neutral.cookie)).sort()).toEqual([a.id, b.id].sort());
    const found = (await t.request({ method: 'GET', url: '/api/conflicts', cookie: bureau })).json().items;
    expect(found).toContainEqual(
      expect.objectContaining({
        expertId: colleague.id,
        applicationId: a.id,
        reason: 'same_employer',
        source: 'found',
      }),
    );

    // the other expert declares a teacher-apprentice relation with A: from then on A answers them 404
    const declared = await t.request({
      method: 'POST',
      url: '/api/conflicts',
      cookie: neutral.cookie,
      payload: { applicationId: a.id, reason: 'teacher_apprentice', note: '曾为其师傅' },
    });
    expect(declared.statusCode, declared.body).toBe(200);
    const conflict = declared.json().items.find((c: { applicationId: string }) => c.applicationId === a.id);
    expect(conflict).toMatchObject({ source: 'expert', status: 'active', vetted: false });
    expect(
      (await t.request({ method: 'GET', url: `/api/applications/${a.id}`, cookie: neutral.cookie }))
        .statusCode,
    ).toBe(404);
    expect(await listed(neutral.cookie)).toEqual([b.id]);
    // an expert sees only their own conflicts, and cannot vet them
    const own = (await t.request({ method: 'GET', url: '/api/conflicts', cookie: neutral.cookie })).json()
      .items;
    expect(own.every((c: { expertId: string }) => c.expertId === neutral.id)).toBe(true);
    const selfVet = await t.request({
      method: 'POST',
      url: `/api/conflicts/${conflict.id}/vet`,
      cookie: neutral.cookie,
      payload: { decision: 'dismiss', note: '误报' },
    });
    expect(selfVet.statusCode).toBe(403);
    // the bureau finds the declaration mistaken and dismisses it: the expert sees A again
    const dismissed = await t.request({
      method: 'POST',
      url: `/api/conflicts/${conflict.id}/vet`,
      cookie: bureau,
      payload: { decision: 'dismiss', note: '经核实，二人无师徒关系' },
    });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect(
      (await t.request({ method: 'GET', url: `/api/applications/${a.id}`, cookie: neutral.cookie }))
        .statusCode,
    ).toBe(200);
  });
});
