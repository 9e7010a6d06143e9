import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, editions, penalties } from '../server/db/schema';
import { currentEdition } from '../server/services/editions-query';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';
import { readyToReport } from '../server/testing/ready-to-report';

/**
 * Issue 11.3: the recommender sees its places per award (Annex 1 minus the penalties carried from the
 * previous edition) and how many are left, the same figures its report is judged by; a disqualified
 * recommender has none and is told why, on the page and when it tries to report.
 */
describe.each(engines)('the quota a recommender sees on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    // inside the submission window (2026-10-24 08:30 to 26 17:00): reports may go to the bureau
    t = await createTestApp(engine, { now: '2026-10-24T02:00:00Z' });
  });
  afterAll(async () => t?.close());

  const quotaOf = async (username: string, password?: string) => {
    const res = await t.request({
      method: 'GET',
      url: '/api/quota',
      cookie: await t.login(username, password),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('gives a district its Annex 1 places, counting only what reached the bureau', async () => {
    const made = await readyToReport(t, 4);
    const before = await quotaOf(made.officer.username, made.officer.password);
    expect(before.awards.map((a: { award: string }) => a.award)).toEqual(['grand_award', 'technical_expert']);
    expect(before.awards[1]).toMatchObject({ places: 3, used: 0, left: 3, disqualified: false, reasons: [] });
    const cookie = await t.login(made.officer.username, made.officer.password);
    const reported = await t.request({
      method: 'POST',
      url: `/api/applications/${made.ids[0]}/transitions/reportToBureau`,
      cookie,
      payload: { opinion: '同意推荐' },
    });
    expect(reported.statusCode, reported.body).toBe(200);
    const after = await quotaOf(made.officer.username, made.officer.password);
    expect(after.awards[1]).toMatchObject({ places: 3, used: 1, left: 2 });
  });

  it('gives a disqualified recommender 0 places with the reason, and refuses its report saying why', async () => {
    const made = await readyToReport(t, 1);
    const edition = await currentEdition(t.database.db);
    const { id: _id, ...rest } = edition;
    const [previous] = await t.database.db
      .insert(editions)
      .values({ ...rest, code: `${edition.code}-prev`, number: edition.number - 1, status: 'closed' })
      .returning();
    if (!previous) throw new Error('no previous edition');
    await t.database.db
      .update(editions)
      .set({ previousEditionId: previous.id })
      .where(eq(editions.id, edition.id));
    const reason = '上届推荐的候选人经查实伪造业绩材料';
    await t.database.db.insert(penalties).values({
      organisationId: made.district.id,
      imposedInEditionId: previous.id,
      kind: 'disqualification',
      reason,
    });
    const quota = await quotaOf(made.officer.username, made.officer.password);
    for (const award of quota.awards) {
      expect(award).toMatchObject({ places: 0, left: 0, disqualified: true });
      expect(award.reasons[0].zh).toContain(reason);
    }
    const refused = await t.request({
      method: 'POST',
      url: `/api/applications/${made.ids[0]}/transitions/reportToBureau`,
      cookie: await t.login(made.officer.username, made.officer.password),
      payload: { opinion: '同意推荐' },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('quota.exceeded');
    expect(refused.json().message.zh).toContain(reason);
    const [row] = await t.database.db
      .select()
      .from(applications)
      .where(eq(applications.id, made.ids[0] ?? ''));
    expect(row?.status).toBe('recommender_noticed');
    await t.database.db.update(editions).set({ previousEditionId: null }).where(eq(editions.id, edition.id));
  });

  it('answers the bureau for the recommender it names, and nobody else', async () => {
    const made = await readyToReport(t, 1);
    const staff = await t.login('staff');
    const named = await t.request({
      method: 'GET',
      url: `/api/quota?recommender=${made.district.id}`,
      cookie: staff,
    });
    expect(named.statusCode).toBe(200);
    expect(named.json().recommender.id).toBe(made.district.id);
    const employer = await t.login('employer');
    expect((await t.request({ method: 'GET', url: '/api/quota', cookie: employer })).statusCode).toBe(404);
    const other = await t.login('recommender');
    const foreign = await t.request({
      method: 'GET',
      url: `/api/quota?recommender=${made.district.id}`,
      cookie: other,
    });
    expect(foreign.statusCode).toBe(404);
  });
});
