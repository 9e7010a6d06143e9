import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applications,
  noticeItems,
  notices,
  objections,
  organisations,
  workflowEvents,
} from '../server/db/schema';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';
import { loadFacts } from '../server/workflow/facts';

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
    const context = await loadFacts(t.database.db, row, ['within_quota'], {
      now: t.clock.now(),
      sealer: t.sealer,
      lock: false,
    });
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
    // the unit notice the draft is on, and the objection against it that the unit upheld
    const [row] = await db.select().from(applications).where(eq(applications.id, draft.id));
    if (!row) throw new Error('draft vanished');
    const [notice] = await db
      .insert(notices)
      .values({
        editionId: row.editionId,
        organisationId: row.employerId,
        level: 'unit',
        title: '关于推荐人选的公示',
        startDate: '2026-09-08',
        endDate: '2026-09-14',
        workingDays: 5,
      })
      .returning();
    if (!notice) throw new Error('no notice');
    await db.insert(noticeItems).values({ noticeId: notice.id, applicationId: draft.id, position: 0 });
    const [objection] = await db
      .insert(objections)
      .values({
        noticeId: notice.id,
        applicationId: draft.id,
        submitterName: '张三',
        content: '该同志现任车间主任',
        status: 'upheld',
        handling: '经核实，异议成立',
        receivedAt: new Date('2026-09-10T02:00:00Z'),
      })
      .returning();

    const cookie = await t.login('employer');
    const res = await t.request({
      method: 'POST',
      url: `/api/applications/${draft.id}/transitions/disqualifyOnObjection`,
      cookie,
      payload: {
        reason: '异议成立：该同志现任车间主任（单位负责人），不符合评选范围',
        objectionId: objection?.id,
      },
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
