import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awards, editions } from '../server/db/schema';
import { clearReview, insertApplication } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Issue 12, deliver 3: a blind review (盲评) hides the candidate's name, unit and ID from the expert — in the
 * candidate list, in the application's detail beside the rubric, and in the papers (the form is not
 * printed for them, the identity papers are not there) — while the bureau reads them in clear.
 */
describe.each(engines)('a blind review on %s', (engine) => {
  let t: TestApp;
  let bureau: string;
  let expert: string;
  let id = '';
  const NAME = '欧阳明华';

  beforeAll(async () => {
    t = await createTestApp(engine);
    await clearReview(t);
    bureau = await t.login('bureau');
    const [award] = await t.database.db
      .select({ id: awards.id })
      .from(awards)
      .innerJoin(editions, eq(editions.id, awards.editionId))
      .where(and(eq(awards.code, 'technical_expert'), eq(editions.status, 'published')));
    await t.database.db
      .update(awards)
      .set({ blind: true })
      .where(eq(awards.id, award?.id ?? ''));
    const panel = await t.request({
      method: 'POST',
      url: '/api/panels',
      cookie: bureau,
      payload: { awardId: award?.id, name: '长春技术能手评审组', seats: 3, specialties: ['焊工'] },
    });
    expect(panel.statusCode, panel.body).toBe(201);
    const made = await t.request({
      method: 'POST',
      url: '/api/experts',
      cookie: bureau,
      payload: {
        name: '评审专家甲',
        workplace: '吉林大学',
        specialty: '焊接技术',
        specialties: ['焊工'],
        mobile: '13904310301',
        username: `blind-${engine}`,
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const seat = await t.request({
      method: 'POST',
      url: `/api/panels/${panel.json().id}/members`,
      cookie: bureau,
      payload: { expertId: made.json().id, role: 'chair' },
    });
    expect(seat.statusCode, seat.body).toBe(200);
    expert = await t.login(made.json().username, made.json().initialPassword);
    id = (await insertApplication(t, { status: 'in_review', award: 'technical_expert', name: NAME })).id;
  });
  afterAll(async () => t?.close());

  it('lists the candidate as 候选人 N, without the unit', async () => {
    const res = await t.request({ method: 'GET', url: '/api/review/candidates', cookie: expert });
    expect(res.statusCode, res.body).toBe(200);
    const [item] = res.json().items;
    expect(item).toMatchObject({ applicationId: id, label: '候选人 1', blind: true, employer: null });
    // and the same on the applications list, which an expert may read too
    const list = await t.request({ method: 'GET', url: '/api/applications', cookie: expert });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((i: { name: string }) => i.name)).toEqual(['候选人 1']);
    expect(list.body).not.toContain(NAME);
  });

  it('shows the detail without name, unit, numbers, opinions or the identity papers', async () => {
    const clear = (await t.request({ method: 'GET', url: `/api/applications/${id}`, cookie: bureau })).json();
    expect(clear.name).toBe(NAME);
    const employer: string = clear.employer.name.zh;
    const photo = clear.attachments.find((a: { kind: string }) => a.kind === 'photo');
    const certificate = clear.attachments.find((a: { kind: string }) => a.kind === 'skill_certificate');
    expect(photo && certificate).toBeTruthy();

    const res = await t.request({ method: 'GET', url: `/api/applications/${id}`, cookie: expert });
    expect(res.statusCode, res.body).toBe(200);
    const blind = res.json();
    expect(blind.name).toBe('候选人 1');
    expect(blind.draft.name).toBe('候选人 1');
    expect(blind.draft.employerName).toBeUndefined();
    expect(blind.idNumberMasked).toBeNull();
    expect(blind.masked).toMatchObject({ idNumber: null, bankAccount: null, mobile: null });
    for (const secret of [NAME, employer, clear.idNumberMasked, clear.mobileMasked]) {
      const at = res.body.indexOf(secret);
      expect(at, res.body.slice(Math.max(0, at - 200), at + 50)).toBe(-1);
    }
    // what the rubric scores stays
    expect(blind.draft.occupation).toBe(clear.draft.occupation);
    expect(blind.draft.achievementsSummary).toBe(clear.draft.achievementsSummary);
    const kinds = blind.attachments.map((a: { kind: string }) => a.kind);
    expect(kinds).not.toContain('photo');
    expect(kinds).not.toContain('id_card');
    expect(kinds).toContain('skill_certificate');

    // the photo is not there for the expert, like a missing id; the evidence is
    const hidden = await t.request({
      method: 'GET',
      url: `/api/applications/${id}/attachments/${photo.id}`,
      cookie: expert,
    });
    expect(hidden.statusCode).toBe(404);
    const shown = await t.request({
      method: 'GET',
      url: `/api/applications/${id}/attachments/${certificate.id}`,
      cookie: expert,
    });
    expect(shown.statusCode).toBe(200);
  });

  it('keeps the numbers when the expert declares a conflict, and names the conflict by the label', async () => {
    const other = (
      await insertApplication(t, { status: 'in_review', award: 'technical_expert', name: '司马青云' })
    ).id;
    const before = (await t.request({ method: 'GET', url: '/api/review/candidates', cookie: expert })).json()
      .items;
    const labelOf = new Map(
      before.map((i: { applicationId: string; label: string }) => [i.applicationId, i.label]),
    );
    expect([...labelOf.values()].sort()).toEqual(['候选人 1', '候选人 2']);
    const first = [id, other].sort()[0] ?? '';
    const declared = await t.request({
      method: 'POST',
      url: '/api/conflicts',
      cookie: expert,
      payload: { applicationId: first, reason: 'relative', note: '表亲' },
    });
    expect(declared.statusCode, declared.body).toBe(200);
    expect(declared.body).not.toMatch(/欧阳明华|司马青云/);
    const after = (await t.request({ method: 'GET', url: '/api/review/candidates', cookie: expert })).json()
      .items;
    const second = [id, other].sort()[1] ?? '';
    expect(after).toEqual([expect.objectContaining({ applicationId: second, label: labelOf.get(second) })]);
    const conflicts = await t.request({ method: 'GET', url: '/api/conflicts', cookie: expert });
    expect(conflicts.statusCode).toBe(200);
    expect(conflicts.json().items.map((c: { candidateName: string }) => c.candidateName)).toEqual([
      labelOf.get(first),
    ]);
    expect(conflicts.body).not.toMatch(/欧阳明华|司马青云/);
    // undo for the next test: the bureau dismisses the declaration
    const conflictId = conflicts.json().items[0].id;
    const vet = await t.request({
      method: 'POST',
      url: `/api/conflicts/${conflictId}/vet`,
      cookie: bureau,
      payload: { decision: 'dismiss', note: '经核实不存在亲属关系' },
    });
    expect(vet.statusCode, vet.body).toBe(200);
  });

  it('does not print the form, which names the candidate on every page, for the expert', async () => {
    for (const format of ['pdf', 'docx']) {
      const res = await t.request({
        method: 'GET',
        url: `/api/applications/${id}/annex2.${format}`,
        cookie: expert,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'review.blind_form' });
    }
    const forBureau = await t.request({
      method: 'GET',
      url: `/api/applications/${id}/annex2.pdf`,
      cookie: bureau,
    });
    expect(forBureau.statusCode).toBe(200);
  });
});
