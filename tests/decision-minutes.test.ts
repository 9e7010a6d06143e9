import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDate } from '../domain/time';
import { multipart, tinyPdf } from '../server/cli/sample-files';
import { attachments, organisations } from '../server/db/schema';
import { insertApplication } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/** Issue 10 rule 5: a decision's minutes belong to the decision, and a refused decision leaves nothing. */
describe.each(engines)('the minutes of a collective decision on %s', (engine) => {
  let t: TestApp;
  let cookie: string;
  let unitId: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    cookie = await t.login('employer');
    const [unit] = await t.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.code, 'emp-jingong'));
    unitId = unit?.id ?? '';
  });
  afterAll(async () => t?.close());

  const uploadMinutes = (as = cookie, name = '党委会会议纪要.pdf') => {
    const form = multipart({}, { name, type: 'application/pdf', bytes: tinyPdf() });
    return t.request({
      method: 'POST',
      url: '/api/decision-minutes',
      cookie: as,
      headers: { 'content-type': form.contentType },
      payload: form.body,
    });
  };
  const decide = (applicationIds: string[], minutesAttachmentId: string) =>
    t.request({
      method: 'POST',
      url: '/api/transitions/recordUnitDecision',
      cookie,
      payload: {
        applicationIds,
        decidedOn: shanghaiDate(t.clock.now()),
        participants: '总经理、党委书记',
        minutesAttachmentId,
      },
    });
  const minutesRows = () =>
    t.database.db
      .select()
      .from(attachments)
      .where(and(eq(attachments.ownerOrganisationId, unitId), eq(attachments.kind, 'decision_minutes')));
  const detail = async (id: string) =>
    (await t.request({ method: 'GET', url: `/api/applications/${id}`, cookie })).json();

  it('keeps one file for a decision on several candidates, listed and downloadable with each', async () => {
    const complete = await insertApplication(t, { employer: 'emp-jingong', name: '甲完整' });
    const also = await insertApplication(t, { employer: 'emp-jingong', name: '乙完整' });
    const incomplete = await insertApplication(t, {
      employer: 'emp-jingong',
      name: '丙缺件',
      attachments: false,
    });
    const before = (await minutesRows()).length;

    const uploaded = await uploadMinutes();
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const minutesId = uploaded.json().id;

    // a refused decision (one candidate's papers are incomplete) puts the minutes on nobody's dossier
    const refused = await decide([complete.id, also.id, incomplete.id], minutesId);
    expect(refused.statusCode, refused.body).toBeGreaterThanOrEqual(400);
    for (const id of [complete.id, also.id, incomplete.id]) {
      expect(
        (await detail(id)).attachments.filter((a: { kind: string }) => a.kind === 'decision_minutes'),
      ).toEqual([]);
    }
    // the same upload serves the retry: no second file
    const decided = await decide([complete.id, also.id], minutesId);
    expect(decided.statusCode, decided.body).toBe(201);
    expect((await minutesRows()).length).toBe(before + 1);
    for (const id of [complete.id, also.id]) {
      const listed = (await detail(id)).attachments.filter(
        (a: { kind: string }) => a.kind === 'decision_minutes',
      );
      expect(listed.map((a: { id: string }) => a.id)).toEqual([minutesId]);
      const download = await t.request({
        method: 'GET',
        url: `/api/applications/${id}/attachments/${minutesId}`,
        cookie,
      });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(tinyPdf())).toBe(true);
    }
    // another unit's candidate does not reach them through its own id
    const other = await insertApplication(t, { employer: 'emp-jingong', name: '丁无关' });
    const unrelated = await t.request({
      method: 'GET',
      url: `/api/applications/${other.id}/attachments/${minutesId}`,
      cookie,
    });
    expect(unrelated.statusCode).toBe(404);
  });

  it('lets only the levels that decide upload minutes, and removes minutes no decision took up within a day', async () => {
    const candidate = await uploadMinutes(await t.login('bureau'));
    expect(candidate.statusCode).toBe(403);
    const abandoned = await uploadMinutes(cookie, '作废.pdf');
    expect(abandoned.statusCode).toBe(201);
    const [abandonedRow] = await t.database.db
      .select()
      .from(attachments)
      .where(eq(attachments.id, abandoned.json().id));
    const key = abandonedRow?.storageKey ?? '';
    expect((await t.storage.get(key)).length).toBeGreaterThan(0);
    const now = t.clock.now();
    t.clock.set(new Date(now.getTime() + 25 * 3_600_000));
    try {
      const next = await uploadMinutes(await t.login('employer'));
      expect(next.statusCode).toBe(201);
      const unlinked = await t.database.db
        .select({ id: attachments.id })
        .from(attachments)
        .where(and(eq(attachments.ownerOrganisationId, unitId), isNull(attachments.applicationId)));
      const ids = unlinked.map((r) => r.id);
      expect(ids).not.toContain(abandoned.json().id);
      expect(ids).toContain(next.json().id);
      await expect(t.storage.get(key)).rejects.toThrow();
      // the minutes a decision names stay
      expect((await minutesRows()).length).toBeGreaterThanOrEqual(2);
    } finally {
      t.clock.set(now);
    }
  });
});
