import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationStatus, TransitionName } from '../domain/workflow';
import { transitionNames, transitionOf } from '../domain/workflow';
import { applications, awards, workflowEvents } from '../server/db/schema';
import {
  clearReview,
  insertApplication,
  insertObjection,
  insertOrganisation,
  insertScores,
  insertUser,
} from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';
import { shortestPath } from '../server/testing/workflow-path';

/**
 * The moves off the happy path — returns, refusals, withdrawals, revocation, disqualification, the
 * talent office's return — each through the one transition route with the payload its records need,
 * starting from an application a factory put in the status the move leaves. With the happy path
 * (workflow-happy-path.test.ts) every transition of the table is taken.
 */
type Who = 'employer' | 'recommender' | 'staff' | 'bureau' | 'talent';

const branches: [TransitionName, ApplicationStatus, Who, Record<string, unknown>, ApplicationStatus][] = [
  ['withdraw', 'draft', 'employer', { reason: '本人因工作调动申请撤回' }, 'withdrawn'],
  [
    'returnToUnit',
    'at_recommender',
    'recommender',
    { reason: '工作业绩证明材料缺少盖章' },
    'returned_to_unit',
  ],
  [
    'returnToRecommender',
    'at_bureau',
    'staff',
    { reason: '推荐报告未按附件4格式' },
    'returned_to_recommender',
  ],
  [
    'reReportToBureau',
    'returned_to_recommender',
    'recommender',
    { opinion: '已按要求补正，同意推荐' },
    'at_bureau',
  ],
  ['reject', 'at_bureau', 'staff', { reason: '纸质材料逾期报送' }, 'rejected'],
  ['notPropose', 'in_review', 'staff', {}, 'not_proposed'],
  [
    'returnFromApproval',
    'pending_approval',
    'talent',
    { reason: '请补充该同志近三年业绩说明' },
    'city_noticed',
  ],
  ['withdrawProposal', 'city_noticed', 'bureau', { reason: '人才办退回后不再报送' }, 'not_proposed'],
  [
    'revoke',
    'at_bureau',
    'bureau',
    { reason: '经查实，职业资格证书系伪造', finding: '经发证机关核验，该证书编号不存在，系伪造证书。' },
    'revoked',
  ],
  [
    'disqualifyOnObjection',
    'unit_notice',
    'employer',
    { reason: '异议成立：不符合评选范围' },
    'disqualified',
  ],
];

describe.each(engines)('the moves off the happy path on %s', (engine) => {
  let t: TestApp;
  let employer: string;
  let recommender: string;
  const cookies: Partial<Record<Who, string>> = {};
  const usernames: Partial<Record<Who, string>> = {};
  beforeAll(async () => {
    t = await createTestApp(engine);
    // the mechanics of a review from scratch: without the demo's review under way
    await clearReview(t);
    const district = await insertOrganisation(t, { kind: 'recommender', recommenderKind: 'district_hr' });
    const unit = await insertOrganisation(t, { kind: 'employer', recommender: district });
    employer = unit.id;
    recommender = district.id;
    const officer = await insertUser(t, { role: 'employer_officer', organisation: unit });
    const reviewer = await insertUser(t, { role: 'recommender_officer', organisation: district });
    usernames.employer = officer.username;
    usernames.recommender = reviewer.username;
    cookies.employer = await t.login(officer.username);
    cookies.recommender = await t.login(reviewer.username);
    cookies.staff = await t.login('staff');
    cookies.bureau = await t.login('bureau');
    cookies.talent = await t.login('talent');
  });
  afterAll(async () => t?.close());

  it.each(branches)('%s from %s', async (name, from, who, body, to) => {
    const made = await insertApplication(t, {
      status: from,
      award: 'technical_expert',
      employer,
      recommender,
    });
    const payload = { ...body };
    if (name === 'notPropose') {
      // 差额评选: as many better-scored candidates as the award has places leave this one outside them
      const [row] = await t.database.db.select().from(applications).where(eq(applications.id, made.id));
      if (!row) throw new Error('no row');
      const [award] = await t.database.db.select().from(awards).where(eq(awards.id, row.awardId));
      for (let i = 0; i < (award?.places ?? 0); i++) {
        const rival = await insertApplication(t, {
          status: 'in_review',
          award: 'technical_expert',
          employer,
          recommender,
        });
        const [rivalRow] = await t.database.db
          .select()
          .from(applications)
          .where(eq(applications.id, rival.id));
        if (rivalRow) await insertScores(t, { application: rivalRow, score: (c) => c.maxScore });
      }
      await insertScores(t, { application: row, score: (c) => Math.round(c.maxScore / 2) });
    }
    if (name === 'disqualifyOnObjection') {
      const notice = made.made.noticeIds.at(-1);
      if (!notice) throw new Error('no notice made');
      const objection = await insertObjection(t, { notice, application: made.id, status: 'upheld' });
      payload.objectionId = objection.id;
    }
    // a report to the bureau happens only inside the submission window (2026-10-24 08:30 to 26 17:00)
    const inWindow = transitionOf(name).guards.includes('within_submission_window');
    const today = t.clock.now();
    if (inWindow) {
      t.clock.set('2026-10-24T01:00:00Z');
      cookies[who] = await t.login(usernames[who] ?? who);
    }
    const res = await t.request({
      method: 'POST',
      url: `/api/applications/${made.id}/transitions/${name}`,
      cookie: cookies[who],
      payload,
    });
    if (inWindow) {
      t.clock.set(today);
      cookies[who] = await t.login(usernames[who] ?? who);
    }
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe(to);
    // the move is in the history with its reason, and the application's status is the one the table names
    const events = await t.database.db
      .select()
      .from(workflowEvents)
      .where(and(eq(workflowEvents.applicationId, made.id), eq(workflowEvents.transition, name)));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ fromStatus: from, toStatus: to, reason: body.reason ?? null });
    if (name === 'revoke') expect(events[0]?.data).toMatchObject({ finding: body.finding });
    if (name === 'disqualifyOnObjection')
      expect(events[0]?.data).toMatchObject({ objectionId: payload.objectionId });
  });

  it('covers every transition together with the happy path', () => {
    // the happy path is the shortest way from the unit's draft to the paid prize
    const happy = shortestPath('draft', 'prize_paid').map((step) => step.transition);
    const taken = new Set([...happy, ...branches.map(([name]) => name)]);
    expect(transitionNames.filter((name) => !taken.has(name))).toEqual([]);
    expect(transitionNames).toHaveLength(27);
  });
});
