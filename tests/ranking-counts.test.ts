import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Aggregation, aggregateScore } from '../domain/review';
import { candidateScores } from '../server/db/schema';
import { clearReview, insertApplication, insertPanel } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Issue 12: the ranking reads what counts of each candidate's scores (`candidate_scores`), kept by every
 * change that moves it. Six experts submitting the same candidate's sheets at the same moment leave six
 * totals counted (on PostgreSQL the submissions really run side by side); a seat declined, a conflict
 * recorded and dismissed, and a sheet reopened each move the count and the result at once, always as the
 * domain's `aggregateScore` computes it from the totals that remain.
 */
describe.each(engines)('the kept counts of the ranking on %s', (engine) => {
  let t: TestApp;
  let bureau: string;
  let awardId: string;
  let panelId: string;
  let aggregation: Aggregation;
  let criteria: { id: string; maxScore: number }[] = [];
  const experts: { id: string; cookie: string }[] = [];
  let candidate: string;
  /** Each expert's total, as their sheet gives it: expert i scores every criterion at (90 − 5 i) %. */
  const totals = new Map<string, number>();

  const rankingItem = async () => {
    const res = await t.request({ method: 'GET', url: `/api/awards/${awardId}/ranking`, cookie: bureau });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items.find((i: { applicationId: string }) => i.applicationId === candidate);
  };
  /** The result the domain gives for the totals of these experts. */
  const expected = (expertIds: readonly string[]) => {
    const counted = expertIds.map((id) => totals.get(id) as number);
    return { scores: counted.length, score: aggregateScore(counted, aggregation) };
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    await clearReview(t);
    bureau = await t.login('bureau');
    const panel = await insertPanel(t, { award: 'technical_expert', experts: 6 });
    panelId = panel.id;
    awardId = panel.awardId;
    const rubric = await t.request({ method: 'GET', url: `/api/awards/${awardId}/rubric`, cookie: bureau });
    expect(rubric.statusCode, rubric.body).toBe(200);
    aggregation = rubric.json().aggregation;
    criteria = rubric.json().criteria;
    expect(criteria.length).toBeGreaterThan(0);
    for (const expert of panel.experts)
      experts.push({ id: expert.id, cookie: await t.login(expert.username) });
    candidate = (
      await insertApplication(t, { status: 'in_review', award: 'technical_expert', name: '邹立新' })
    ).id;
  });
  afterAll(async () => t?.close());

  it('counts six sheets submitted at the same moment, none lost', async () => {
    const submissions = await Promise.all(
      experts.map((expert, i) => {
        const scores = criteria.map((c) => ({
          criterionId: c.id,
          score: Math.round(c.maxScore * (0.9 - 0.05 * i) * 2) / 2,
        }));
        totals.set(
          expert.id,
          scores.reduce((sum, s) => sum + s.score, 0),
        );
        return t.request({
          method: 'POST',
          url: `/api/applications/${candidate}/score-sheet/submit`,
          cookie: expert.cookie,
          payload: { scores, comment: '同时提交' },
        });
      }),
    );
    for (const res of submissions) expect(res.statusCode, res.body).toBe(200);
    expect(await rankingItem()).toMatchObject({ ...expected(experts.map((e) => e.id)), rank: 1 });
    const [kept] = await t.database.db
      .select()
      .from(candidateScores)
      .where(eq(candidateScores.applicationId, candidate));
    const all = [...totals.values()];
    expect(kept).toMatchObject({
      awardId,
      counted: 6,
      total: all.reduce((a, b) => a + b, 0).toFixed(2),
      highest: Math.max(...all).toFixed(2),
      lowest: Math.min(...all).toFixed(2),
    });
  });

  it('moves the count at once when a seat is declined, a conflict recorded and dismissed, a sheet reopened', async () => {
    const ids = experts.map((e) => e.id);
    const [first, second, third] = ids as [string, string, string];

    const declined = await t.request({
      method: 'POST',
      url: `/api/panels/${panelId}/members/${first}/decline`,
      cookie: bureau,
      payload: { reason: '临时出差，无法参加评审' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const seated = ids.filter((id) => id !== first);
    expect(await rankingItem()).toMatchObject(expected(seated));

    const recorded = await t.request({
      method: 'POST',
      url: '/api/conflicts',
      cookie: bureau,
      payload: { applicationId: candidate, expertId: second, reason: 'relative', note: '与候选人系亲属关系' },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const notConflicted = seated.filter((id) => id !== second);
    expect(await rankingItem()).toMatchObject(expected(notConflicted));

    const conflict = recorded
      .json()
      .items.find((c: { expertId: string; applicationId: string }) => c.expertId === second);
    const dismissed = await t.request({
      method: 'POST',
      url: `/api/conflicts/${conflict.id}/vet`,
      cookie: bureau,
      payload: { decision: 'dismiss', note: '经核实并非亲属' },
    });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect(await rankingItem()).toMatchObject(expected(seated));

    const reopened = await t.request({
      method: 'POST',
      url: `/api/applications/${candidate}/score-sheets/${third}/reopen`,
      cookie: bureau,
      payload: { reason: '评分与评语不符，请重新评分' },
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(await rankingItem()).toMatchObject(expected(seated.filter((id) => id !== third)));
  });
});
