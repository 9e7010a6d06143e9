import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApplicationStatus,
  applicationStatuses,
  type TransitionName,
  transitionOf,
} from '../../domain/workflow';
import { applications } from '../db/schema';
import { loadFacts } from '../workflow/facts';
import {
  type FactoryUser,
  insertApplication,
  insertOrganisation,
  insertScores,
  insertUser,
  organisationOfKind,
  pathTo,
} from './factories';
import { createTestApp, engines, type TestApp } from './harness';

/** The happy path of the machine; the move after a status on it is the one a test expects to be offered. */
const happyPath = pathTo('prize_paid');
const nextMove = (status: ApplicationStatus) => happyPath.find((step) => step.from === status)?.transition;

/** Who takes a move, by the level the transition table gives it. */
const takerOf = (name: TransitionName) =>
  ({
    employer: 'employer',
    recommender: 'recommender',
    bureau: 'staff',
    talent_office: 'talent',
    holder: 'staff',
  })[transitionOf(name).level];

describe.each(engines)('test factories on %s', (engine) => {
  let t: TestApp;
  const users: Record<string, FactoryUser> = {};
  const cookies: Record<string, string> = {};
  let employerId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const employer = await insertOrganisation(t, { kind: 'employer' });
    const outsider = await insertOrganisation(t, { kind: 'employer' });
    employerId = employer.id;
    users.employer = await insertUser(t, { role: 'employer_officer', organisation: employer });
    users.recommender = await insertUser(t, {
      role: 'recommender_officer',
      organisation: employer.recommenderId ?? '',
    });
    users.staff = await insertUser(t, {
      role: 'bureau_staff',
      organisation: await organisationOfKind(t, 'bureau'),
    });
    users.outsider = await insertUser(t, { role: 'employer_officer', organisation: outsider });
    for (const [who, user] of Object.entries(users)) cookies[who] = await t.login(user.username);
  });
  afterAll(async () => t?.close());

  const detail = (who: string, id: string) =>
    t.request({ method: 'GET', url: `/api/applications/${id}`, cookie: cookies[who] });

  it.each([
    // minimum disclosure: the bureau sees an application once it was reported to the bureau
    ['draft', ['employer']],
    ['at_recommender', ['employer', 'recommender']],
    ['at_bureau', ['employer', 'recommender', 'staff']],
    ['in_review', ['employer', 'recommender', 'staff']],
    ['awarded', ['employer', 'recommender', 'staff']],
  ] as const)(
    'an application made at %s is seen by exactly %j, with its path as history and the next move offered',
    async (status, seers) => {
      const made = await insertApplication(t, { status, employer: employerId, award: 'technical_expert' });
      for (const who of ['employer', 'recommender', 'staff', 'outsider']) {
        const res = await detail(who, made.id);
        expect(res.statusCode, `${who}: ${res.body}`).toBe(
          (seers as readonly string[]).includes(who) ? 200 : 404,
        );
      }
      const seen = (await detail('employer', made.id)).json();
      expect(seen.status).toBe(status);
      expect(seen.history.map((h: { transition: string }) => h.transition)).toEqual(
        happyPath.slice(0, made.path.length).map((s) => s.transition),
      );
      expect(seen.history.at(-1)?.toStatus ?? 'draft').toBe(status);
      // a complete, eligible dossier: nothing missing, no rule failing
      expect(seen.completeness.missing).toEqual([]);
      expect(seen.missingAttachments).toEqual([]);
      expect(seen.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);

      const next = nextMove(status) as TransitionName;
      const taker = takerOf(next);
      const offered = (await detail(taker, made.id)).json().allowedTransitions as {
        name: string;
        blockedBy: { code: string }[];
      }[];
      const move = offered.find((o) => o.name === next);
      expect(move, `${taker} is offered ${next}`).toBeDefined();
      const blockers = move?.blockedBy.map((b) => b.code);
      // what still stands in the way is what the state itself says: the recommender's experts' review not
      // recorded yet, the paper window, the experts' scores
      const expected: Partial<Record<ApplicationStatus, string[]>> = {
        at_recommender: ['review.missing'],
        at_bureau: ['window.not_open'],
        in_review: ['workflow.scores_incomplete', 'review.ranking_incomplete'],
      };
      expect(blockers).toEqual(expected[status] ?? []);
    },
  );

  it('makes an application at every status, its history a chain of moves from draft', async () => {
    for (const status of applicationStatuses) {
      // its unit sees it at every status
      const made = await insertApplication(t, { status, employer: employerId, award: 'technical_expert' });
      const res = await detail('employer', made.id);
      expect(res.statusCode, `${status}: ${res.body}`).toBe(200);
      const history = res.json().history as { fromStatus: string; toStatus: string; reason: string | null }[];
      expect(history.map((h) => h.fromStatus)).toEqual(
        history.map((_, i) => (i === 0 ? 'draft' : history[i - 1]?.toStatus)),
      );
      expect(history.at(-1)?.toStatus ?? 'draft', status).toBe(status);
      expect(res.json().status).toBe(status);
    }
  });

  it('leaves the state where the real engine takes over: scores complete the review, the prize is paid', async () => {
    const reviewed = await insertApplication(t, { status: 'in_review', award: 'technical_expert' });
    const [row] = await t.database.db.select().from(applications).where(eq(applications.id, reviewed.id));
    if (!row) throw new Error('no row');
    // the ranking is final once every candidate of the award in review is scored
    const competing = await t.database.db
      .select()
      .from(applications)
      .where(and(eq(applications.awardId, row.awardId), eq(applications.status, 'in_review')));
    for (const candidate of competing)
      await insertScores(t, {
        application: candidate,
        // the best of them: the others tie among themselves, this one is first
        score: (c) => (candidate.id === row.id ? c.maxScore : Math.round(c.maxScore * 0.8)),
      });
    const proposed = await t.request({
      method: 'POST',
      url: `/api/applications/${reviewed.id}/transitions/propose`,
      cookie: cookies.staff,
      payload: {},
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json().status).toBe('proposed');

    const awarded = await insertApplication(t, { status: 'awarded', award: 'grand_award' });
    const paid = await t.request({
      method: 'POST',
      url: `/api/applications/${awarded.id}/transitions/recordPrizePaid`,
      cookie: cookies.staff,
      payload: { amountYuan: 10_000, paidOn: '2026-09-15', bankReference: 'ICBC-20260915-01' },
    });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json().status).toBe('prize_paid');
  });

  it('runs a notice the real engine closes once its days have passed; the report to the bureau then passes', async () => {
    const noticed = await insertApplication(t, {
      status: 'recommender_notice',
      employer: employerId,
      recommenderRank: 1,
    });
    const view = (await detail('recommender', noticed.id)).json();
    expect(view.notice).toMatchObject({ status: 'open', openObjections: 0 });
    const notice = await t.request({
      method: 'GET',
      url: `/api/notices/${view.notice.id}`,
      cookie: cookies.recommender,
    });
    expect(notice.statusCode, notice.body).toBe(200);
    expect(notice.json()).toMatchObject({ level: 'recommender', workingDays: 5 });
    expect(notice.json().items.map((i: { applicationId: string }) => i.applicationId)).toEqual([noticed.id]);
    const step = (name: TransitionName, payload: object = {}) =>
      t.request({
        method: 'POST',
        url: `/api/applications/${noticed.id}/transitions/${name}`,
        cookie: cookies.recommender,
        payload,
      });
    expect((await step('endRecommenderNotice')).json().code).toBe('workflow.notice_not_ended');

    const today = t.clock.now();
    t.clock.set(`${view.notice.endDate}T16:00:00Z`); // the next day in Shanghai
    try {
      cookies.recommender = await t.login(users.recommender?.username ?? '');
      const ended = await step('endRecommenderNotice');
      expect(ended.statusCode, ended.body).toBe(200);
      expect(ended.json().status).toBe('recommender_noticed');
      // the report waits for the submission window (2026-10-24 08:30 to 26 17:00)
      t.clock.set('2026-10-24T01:00:00Z');
      cookies.recommender = await t.login(users.recommender?.username ?? '');
      const reported = await step('reportToBureau', { opinion: '经评审和集体研究，同意推荐。' });
      expect(reported.statusCode, reported.body).toBe(200);
      expect(reported.json().status).toBe('at_bureau');
    } finally {
      t.clock.set(today);
      for (const [who, user] of Object.entries(users)) cookies[who] = await t.login(user.username);
    }
  });

  it('lets the officer of an enterprise recommending its own staff take both levels’ moves', async () => {
    const enterprise = await insertOrganisation(t, {
      kind: 'recommender',
      recommenderKind: 'state_enterprise',
    });
    const officer = await insertUser(t, { role: 'employer_officer', organisation: enterprise });
    const made = await insertApplication(t, { status: 'at_bureau', employer: enterprise });
    expect(made.recommenderId).toBe(enterprise.id);
    const seen = await t.request({
      method: 'GET',
      url: `/api/applications/${made.id}`,
      cookie: await t.login(officer.username),
    });
    expect(seen.statusCode, seen.body).toBe(200);
    const roles = new Set(seen.json().history.map((h: { actorRole: string }) => h.actorRole));
    expect([...roles]).toEqual(['employer_officer']);
    expect(
      seen.json().history.every((h: { actorName: string | null }) => h.actorName === officer.displayName),
    ).toBe(true);
  });

  it('counts a quota place for what reached the bureau, even when it left it, and none for what did not', async () => {
    const reported = await insertApplication(t, { status: 'at_bureau', award: 'technical_expert' });
    const [row] = await t.database.db.select().from(applications).where(eq(applications.id, reported.id));
    if (!row) throw new Error('no row');
    const used = async () =>
      (
        await loadFacts(t.database.db, row, ['within_quota'], {
          now: t.clock.now(),
          sealer: t.sealer,
          lock: false,
        })
      ).quota?.used;
    const before = await used();
    const same = { employer: reported.employerId, award: 'technical_expert' } as const;
    await insertApplication(t, { ...same, status: 'disqualified' });
    expect(await used()).toBe(before);
    const revoked = await insertApplication(t, { ...same, status: 'revoked', through: ['at_bureau'] });
    expect(revoked.path.map((s) => s.to)).toContain('at_bureau');
    expect(await used()).toBe((before ?? 0) + 1);
  });
});

describe('paths through the transition table', () => {
  it('finds the shortest way to a status, through the statuses asked for', () => {
    expect(pathTo('draft')).toEqual([]);
    expect(pathTo('at_recommender').map((s) => s.transition)).toEqual([
      'recordUnitDecision',
      'startUnitNotice',
      'endUnitNotice',
      'reportToRecommender',
    ]);
    expect(pathTo('revoked').map((s) => s.transition)).toEqual(['revoke']);
    const late = pathTo('revoked', ['at_bureau']);
    expect(late.at(-1)).toEqual({ transition: 'revoke', from: 'at_bureau', to: 'revoked' });
    expect(late.map((s) => s.to)).toContain('recommender_noticed');
    expect(happyPath.at(-1)?.to).toBe('prize_paid');
  });
});
