import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, organisations, workflowEvents } from '../server/db/schema';
import { transitionContext } from '../server/services/workflow';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/** Issue 8.15: a place of the recommender's quota is held only by what reached the bureau. */
describe.each(engines)('quota places on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());

  const rowOf = async (id: string) => {
    const [row] = await t.database.db.select().from(applications).where(eq(applications.id, id));
    if (!row) throw new Error(`no application ${id}`);
    return row;
  };
  const usedPlaces = async (id: string) => {
    const row = await rowOf(id);
    const context = await transitionContext(
      t.database.db,
      row,
      { now: t.clock.now(), sealer: t.sealer },
      {
        guards: ['within_quota'],
      },
    );
    return context.quota?.used;
  };

  it('does not count a candidate disqualified at the unit notice, and counts one disqualified after reaching the bureau', async () => {
    const db = t.database.db;
    // the reported candidate whose quota we read, and a draft of the employer unit below the same recommender
    const [reported] = await db.select().from(applications).where(eq(applications.status, 'at_recommender'));
    const [draft] = await db
      .select({ id: applications.id })
      .from(applications)
      .innerJoin(organisations, eq(organisations.id, applications.employerId))
      .where(and(eq(organisations.code, 'emp-jingong'), eq(applications.status, 'draft')))
      .limit(1);
    if (!reported || !draft) throw new Error('demo data missing');
    await db
      .update(applications)
      .set({ status: 'unit_notice', recommenderId: reported.recommenderId, awardId: reported.awardId })
      .where(eq(applications.id, draft.id));
    const before = await usedPlaces(reported.id);

    const cookie = await t.login('employer');
    const res = await t.request({
      method: 'POST',
      url: `/api/applications/${draft.id}/transitions/disqualifyOnObjection`,
      cookie,
      payload: { reason: '异议成立：该同志现任车间主任（单位负责人），不符合评选范围' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('disqualified');
    expect(await usedPlaces(reported.id)).toBe(before);

    // the same end after the report reached the bureau (an objection upheld at the city notice) keeps the place
    await db.insert(workflowEvents).values({
      applicationId: draft.id,
      transition: 'reportToBureau',
      fromStatus: 'recommender_noticed',
      toStatus: 'at_bureau',
      at: t.clock.now(),
      data: {},
    });
    expect(await usedPlaces(reported.id)).toBe((before ?? 0) + 1);
  });
});
