import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, workflowEvents } from '../server/db/schema';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';
import { readyToReport } from '../server/testing/ready-to-report';
import { loadFacts } from '../server/workflow/facts';

/**
 * A recommender's quota holds when several officers (or tabs) report at the same moment: each report
 * locks the quota row of (edition, recommender, award) before counting, so no two can take the last place.
 * Two hundred reports for one district and one award with 3 places leave exactly 3 at the bureau. On
 * PostgreSQL the requests run on separate connections of a pool of 20, truly at once.
 */
const CANDIDATES = 200;

describe.each(engines)('the quota under 200 concurrent reports on %s', (engine) => {
  let t: TestApp;
  let officer: string;
  const ready: string[] = [];
  beforeAll(async () => {
    // reports go to the bureau only inside the submission window (2026-10-24 08:30 to 26 17:00)
    t = await createTestApp(engine, { now: '2026-10-24T02:00:00Z', poolSize: 20 });
    const made = await readyToReport(t, CANDIDATES);
    officer = made.officer.username;
    ready.push(...made.ids);
  }, 60_000);
  afterAll(async () => t?.close());

  const heldPlaces = async () => {
    const [held] = await t.database.db
      .select({ n: count() })
      .from(applications)
      .where(and(inArray(applications.id, ready), eq(applications.status, 'at_bureau')));
    return Number(held?.n ?? 0);
  };

  it('lets exactly the 3 places through when 200 reports arrive at once', async () => {
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
    // Annex 1: a district HR department has 3 places for 长春技术能手, none used yet
    expect(quota).toMatchObject({ places: 3, used: 0 });
    // two officers' sessions (two tabs, two people), alternating
    const [one, two] = [await t.login(officer), await t.login(officer)];
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
    expect(passed).toHaveLength(3);
    expect(await heldPlaces()).toBe(3);
    expect(new Set(refused.map((a) => `${a.statusCode} ${a.json().code}`))).toEqual(
      new Set(['422 quota.exceeded']),
    );
    expect(refused[0]?.json().message.zh).toContain('推荐名额已用完（已报 3 名，名额 3 名）');
    // one event per place taken, none for a refused report
    const [events] = await t.database.db
      .select({ n: count() })
      .from(workflowEvents)
      .where(
        and(inArray(workflowEvents.applicationId, ready), eq(workflowEvents.transition, 'reportToBureau')),
      );
    expect(Number(events?.n)).toBe(3);
  }, 120_000);
});
