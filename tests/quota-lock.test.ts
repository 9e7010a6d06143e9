import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, awards, organisations, workflowEvents } from '../server/db/schema';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';
import { loadFacts } from '../server/workflow/facts';

/**
 * A recommender's quota holds when several officers (or tabs) report at the same moment: each report
 * locks the quota row of (edition, recommender, award) before counting, so no two can take the last place.
 * On PostgreSQL the requests run on separate connections of the pool, truly at once.
 */
describe.each(engines)('the quota under concurrent reports on %s', (engine) => {
  let t: TestApp;
  const ready: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    const [recommender] = await db.select().from(organisations).where(eq(organisations.code, 'hr-chaoyang'));
    const [template] = await db
      .select()
      .from(applications)
      .where(eq(applications.recommenderId, recommender?.id ?? ''))
      .limit(1);
    const [award] = await db
      .select()
      .from(awards)
      .where(and(eq(awards.code, 'technical_expert'), eq(awards.editionId, template?.editionId ?? '')));
    if (!recommender || !template || !award) throw new Error('demo data missing');
    // eight candidates of the district, each through its notice and ranked, waiting to be reported
    for (let i = 0; i < 8; i++) {
      const { id: _id, ...rest } = template;
      const [row] = await db
        .insert(applications)
        .values({
          ...rest,
          name: `候选人${i + 1}`,
          awardId: award.id,
          idNumberHash: null,
          status: 'recommender_noticed',
          recommenderRank: i + 1,
        })
        .returning();
      if (!row) throw new Error('insert failed');
      const path = [
        ['reportToRecommender', 'unit_noticed', 'at_recommender'],
        ['recordRecommenderDecision', 'at_recommender', 'recommender_decided'],
        ['startRecommenderNotice', 'recommender_decided', 'recommender_notice'],
        ['endRecommenderNotice', 'recommender_notice', 'recommender_noticed'],
      ] as const;
      await db.insert(workflowEvents).values(
        path.map(([transition, fromStatus, toStatus]) => ({
          applicationId: row.id,
          transition,
          fromStatus,
          toStatus,
          at: t.clock.now(),
          data: {},
        })),
      );
      ready.push(row.id);
    }
  });
  afterAll(async () => t?.close());

  const heldPlaces = async () => {
    const [held] = await t.database.db
      .select({ n: count() })
      .from(applications)
      .where(and(inArray(applications.id, ready), eq(applications.status, 'at_bureau')));
    return Number(held?.n ?? 0);
  };

  it('lets exactly the quota through when eight reports arrive at once', async () => {
    const [first] = await t.database.db
      .select()
      .from(applications)
      .where(eq(applications.id, ready[0] ?? ''));
    if (!first) throw new Error('no candidate');
    const { quota } = await loadFacts(t.database.db, first, ['within_quota'], {
      now: t.clock.now(),
      sealer: t.sealer,
      lock: false,
    });
    // Annex 1: a district HR department has 3 places for 长春技术能手
    expect(quota?.places).toBe(3);
    const free = (quota?.places ?? 0) - (quota?.used ?? 0);
    expect(free).toBeGreaterThan(0);
    const [one, two] = [await t.login('recommender'), await t.login('recommender')];
    const answers = await Promise.all(
      ready.map((id, i) =>
        t.request({
          method: 'POST',
          url: `/api/applications/${id}/transitions/reportToBureau`,
          cookie: i % 2 ? one : two,
          payload: { opinion: '同意推荐' },
        }),
      ),
    );
    const passed = answers.filter((a) => a.statusCode === 200);
    const refused = answers.filter((a) => a.statusCode !== 200);
    expect(passed).toHaveLength(free);
    expect(await heldPlaces()).toBe(free);
    expect(refused.map((a) => a.json().code)).toEqual(Array(8 - free).fill('workflow.quota_exceeded'));
    expect(refused[0]?.json().message.zh).toMatch(/名额/);
  });
});
