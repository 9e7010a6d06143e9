import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateScore, rankCandidates } from '../domain/review';
import { shanghaiDate } from '../domain/time';
import { auditLog, awards, editions } from '../server/db/schema';
import { compact, pdfText } from '../server/documents/poppler.testing';
import { computeRanking } from '../server/services/review-ranking';
import { clearReview, insertApplication } from '../server/testing/factories';
import { createTestApp, engines, type TestApp } from '../server/testing/harness';

/**
 * Issue 12, 综合评审 with known scores: three experts score four candidates of an award with two places on a
 * rubric of 60 + 40 points; the trimmed mean (without the highest and the lowest total) and the plain mean
 * come out as computed by hand and as the domain computes them; the tie across the last place (85 and 85)
 * holds both candidates until the leadership group's recorded vote decides it.
 */
const TOTALS = {
  // each expert's total: trimmed mean drops one highest and one lowest, the mean keeps all three
  c1: [90, 95, 80], // trimmed 90, mean 88.33
  c2: [95, 60, 85], // trimmed 85, mean 80
  c3: [85, 85, 40], // trimmed 85, mean 70
  c4: [50, 60, 70], // trimmed 60, mean 60
} as const;
type Candidate = keyof typeof TOTALS;
const NAMES: Record<Candidate, string> = { c1: '杜建国', c2: '林海峰', c3: '闫志强', c4: '唐晓燕' };

/** A total split over the two criteria: 技能水平 (60) and 业绩贡献 (40). */
function split(total: number) {
  const merit = Math.min(40, Math.floor(total / 2));
  return { skill: total - merit, merit };
}

describe.each(engines)('scores, ranking and the vote on %s', (engine) => {
  let t: TestApp;
  let bureau: string;
  let staff: string;
  let awardId: string;
  const criteria = { skill: '', merit: '' };
  const experts: { id: string; cookie: string }[] = [];
  const ids = {} as Record<Candidate, string>;

  const sheet = (who: number, candidate: Candidate, total: number, submit: boolean) => {
    const { skill, merit } = split(total);
    return t.request({
      method: submit ? 'POST' : 'PUT',
      url: `/api/applications/${ids[candidate]}/score-sheet${submit ? '/submit' : ''}`,
      cookie: experts[who]?.cookie,
      payload: {
        scores: [
          { criterionId: criteria.skill, score: skill },
          { criterionId: criteria.merit, score: merit },
        ],
        comment: '材料齐全，业绩突出',
      },
    });
  };
  const move = (candidate: Candidate, name: 'propose' | 'notPropose', cookie = bureau) =>
    t.request({
      method: 'POST',
      url: `/api/applications/${ids[candidate]}/transitions/${name}`,
      cookie,
      payload: {},
    });
  const ranking = async () => {
    const res = await t.request({ method: 'GET', url: `/api/awards/${awardId}/ranking`, cookie: bureau });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const selection = async () => {
    const res = await t.request({ method: 'GET', url: `/api/awards/${awardId}/selection`, cookie: bureau });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    // the mechanics of a review from scratch: without the demo's review under way
    await clearReview(t);
    bureau = await t.login('bureau');
    staff = await t.login('staff');
    const [award] = await t.database.db
      .select({ id: awards.id })
      .from(awards)
      .innerJoin(editions, eq(editions.id, awards.editionId))
      .where(and(eq(awards.code, 'technical_expert'), eq(editions.status, 'published')));
    awardId = award?.id ?? '';
    // two places for four candidates: 差额 2 : 1
    await t.database.db.update(awards).set({ places: 2 }).where(eq(awards.id, awardId));

    const rubric = await t.request({
      method: 'PUT',
      url: `/api/awards/${awardId}/rubric`,
      cookie: bureau,
      payload: {
        aggregation: 'trimmed_mean',
        blind: false,
        criteria: [
          { code: 'skill', nameZh: '技能水平', nameEn: 'Skill level', maxScore: 60 },
          { code: 'merit', nameZh: '业绩贡献', nameEn: 'Contribution', maxScore: 40 },
        ],
      },
    });
    expect(rubric.statusCode, rubric.body).toBe(200);
    for (const c of rubric.json().criteria) criteria[c.code as 'skill' | 'merit'] = c.id;

    const panel = await t.request({
      method: 'POST',
      url: '/api/panels',
      cookie: bureau,
      payload: { awardId, name: '长春技术能手评审组', seats: 3, specialties: ['焊工'] },
    });
    expect(panel.statusCode, panel.body).toBe(201);
    for (let i = 0; i < 3; i++) {
      const made = await t.request({
        method: 'POST',
        url: '/api/experts',
        cookie: bureau,
        payload: {
          name: `评审专家${'甲乙丙'[i]}`,
          workplace: '吉林大学',
          specialty: '焊接技术',
          specialties: ['焊工'],
          mobile: `1390431020${i}`,
          username: `scorer-${engine}-${i}`,
        },
      });
      expect(made.statusCode, made.body).toBe(201);
      const seat = await t.request({
        method: 'POST',
        url: `/api/panels/${panel.json().id}/members`,
        cookie: bureau,
        payload: { expertId: made.json().id, role: i === 0 ? 'chair' : 'member' },
      });
      expect(seat.statusCode, seat.body).toBe(200);
      experts.push({
        id: made.json().id,
        cookie: await t.login(made.json().username, made.json().initialPassword),
      });
    }
    for (const key of Object.keys(TOTALS) as Candidate[]) {
      ids[key] = (
        await insertApplication(t, { status: 'in_review', award: 'technical_expert', name: NAMES[key] })
      ).id;
    }
  });
  afterAll(async () => t?.close());

  it('checks a sheet against the rubric: range, half points, unknown criteria, and every criterion to submit', async () => {
    const bad = await t.request({
      method: 'PUT',
      url: `/api/applications/${ids.c1}/score-sheet`,
      cookie: experts[0]?.cookie,
      payload: {
        scores: [
          { criterionId: criteria.skill, score: 61 },
          { criterionId: criteria.merit, score: 30.25 },
          { criterionId: '00000000-0000-4000-8000-000000000000', score: 5 },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { path: string; code: string }) => [f.path, f.code])).toEqual([
      ['scores.0.score', 'score.out_of_range'],
      ['scores.1.score', 'score.step'],
      ['scores.2.criterionId', 'score.unknown_criterion'],
    ]);
    // the message says it in both languages, with the criterion's maximum
    expect(bad.json().fields[0].message).toEqual({
      zh: '“技能水平”的得分应在 0 至 60 分之间',
      en: 'Skill level takes 0 to 60 points',
    });

    // a draft may leave a criterion open; submitting it may not
    const draft = await t.request({
      method: 'PUT',
      url: `/api/applications/${ids.c1}/score-sheet`,
      cookie: experts[0]?.cookie,
      payload: { scores: [{ criterionId: criteria.skill, score: 50.5 }] },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({ status: 'draft', total: 50.5 });
    const early = await t.request({
      method: 'POST',
      url: `/api/applications/${ids.c1}/score-sheet/submit`,
      cookie: experts[0]?.cookie,
      payload: { scores: [{ criterionId: criteria.skill, score: 50.5 }] },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().fields).toEqual([expect.objectContaining({ path: 'scores', code: 'score.missing' })]);

    // a draft counts for nothing: the ranking has no score yet
    const before = await ranking();
    expect(before).toMatchObject({ places: 2, candidates: 4 });
    expect(before.items.every((i: { score: number | null }) => i.score === null)).toBe(true);
  });

  it('ranks by the trimmed mean as computed by hand and by the domain, the tie across the last place flagged', async () => {
    // not everyone has scored: nobody can be proposed yet
    await sheet(0, 'c1', TOTALS.c1[0], true);
    const incomplete = await move('c1', 'propose');
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().code).toBe('workflow.scores_incomplete');

    for (const key of Object.keys(TOTALS) as Candidate[]) {
      for (let who = 0; who < 3; who++) {
        if (key === 'c1' && who === 0) continue;
        const res = await sheet(who, key, TOTALS[key][who] as number, true);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json()).toMatchObject({ status: 'submitted', total: TOTALS[key][who] });
      }
    }
    // the submitted sheet is locked
    const locked = await sheet(1, 'c2', 99, false);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('sheet.locked');

    const result = await ranking();
    const byId = Object.fromEntries(Object.entries(ids).map(([k, id]) => [id, k as Candidate]));
    const rows = result.items.map((i: { applicationId: string }) => ({ ...i, who: byId[i.applicationId] }));
    expect(rows.map((r: { who: Candidate }) => r.who)).toEqual(
      [...(Object.keys(TOTALS) as Candidate[])].sort((a, b) =>
        // c2 and c3 tie at 85: the ranking orders them by id
        a === 'c1' ? -1 : b === 'c1' ? 1 : a === 'c4' ? 1 : b === 'c4' ? -1 : ids[a].localeCompare(ids[b]),
      ),
    );
    const of = (who: Candidate) => rows.find((r: { who: Candidate }) => r.who === who);
    expect(of('c1')).toMatchObject({ rank: 1, score: 90, scores: 3, tie: false });
    expect(of('c2')).toMatchObject({ rank: 2, score: 85, scores: 3, tie: true });
    expect(of('c3')).toMatchObject({ rank: 2, score: 85, scores: 3, tie: true });
    expect(of('c4')).toMatchObject({ rank: 4, score: 60, scores: 3, tie: false });
    // the SQL and the domain agree, item by item
    const domain = rankCandidates(
      (Object.keys(TOTALS) as Candidate[]).map((k) => ({ applicationId: ids[k], totals: TOTALS[k] })),
      'trimmed_mean',
    );
    expect(result.items).toEqual(domain);

    // the plain mean, from the same sheets
    const mean = await computeRanking(t.database.db, awardId, 'mean');
    for (const key of Object.keys(TOTALS) as Candidate[]) {
      const item = mean.items.find((i) => i.applicationId === ids[key]);
      expect(item?.score).toBe(aggregateScore(TOTALS[key], 'mean'));
    }
    expect(mean.items.map((i) => [byId[i.applicationId], i.rank, i.tie])).toEqual([
      ['c1', 1, false],
      ['c2', 2, false],
      ['c3', 3, false],
      ['c4', 4, false],
    ]);
    expect(mean.items[0]?.score).toBeCloseTo(88.333, 3);
  });

  it('leaves the tie to the leadership group: the vote is checked, then decides who is proposed', async () => {
    const open = await selection();
    expect(open).toMatchObject({
      places: 2,
      candidates: 4,
      ratio: 2,
      complete: true,
      unscored: 0,
      vote: null,
    });
    expect([...open.undecided.applicationIds].sort()).toEqual([ids.c2, ids.c3].sort());
    expect(open.undecided.places).toBe(1);

    const tied = await move('c3', 'propose');
    expect(tied.statusCode).toBe(422);
    expect(tied.json().code).toBe('review.vote_needed');
    expect((await move('c4', 'notPropose', staff)).statusCode).toBe(200);
    expect((await move('c1', 'propose')).statusCode).toBe(200);

    const vote = (votes: [Candidate, number][], extra: Record<string, unknown> = {}) =>
      t.request({
        method: 'POST',
        url: '/api/review-votes',
        cookie: bureau,
        payload: {
          awardId,
          heldOn: shanghaiDate(t.clock.now()),
          voters: 8,
          votes: votes.map(([who, n]) => ({ applicationId: ids[who], votes: n })),
          minutes: '市人社局评审领导小组会议，到会 8 人，对得分并列的两名候选人进行民主择优投票。',
          ...extra,
        },
      });
    const wrongPeople = await vote([
      ['c1', 5],
      ['c2', 3],
    ]);
    expect(wrongPeople.statusCode, wrongPeople.body).toBe(400);
    expect(wrongPeople.json().code).toBe('vote.candidates_mismatch');
    const tooMany = await vote([
      ['c2', 9],
      ['c3', 0],
    ]);
    expect(tooMany.json().code).toBe('vote.too_many');
    const stillTied = await vote([
      ['c2', 4],
      ['c3', 4],
    ]);
    expect(stillTied.statusCode).toBe(422);
    expect(stillTied.json().code).toBe('vote.still_tied');
    const future = await vote(
      [
        ['c2', 3],
        ['c3', 5],
      ],
      { heldOn: '2099-01-01' },
    );
    expect(future.json().code).toBe('record.date_in_future');

    const decided = await vote([
      ['c2', 3],
      ['c3', 5],
    ]);
    expect(decided.statusCode, decided.body).toBe(200);
    const view = decided.json();
    expect(view.undecided).toBeNull();
    expect(view.vote).toMatchObject({ voters: 8, heldOn: shanghaiDate(t.clock.now()) });
    const outcome = Object.fromEntries(
      view.items.map((i: { applicationId: string; outcome: string }) => [i.applicationId, i.outcome]),
    );
    expect(outcome[ids.c3]).toBe('proposed');
    expect(outcome[ids.c2]).toBe('not_proposed');

    const loser = await move('c2', 'propose');
    expect(loser.statusCode).toBe(422);
    expect(loser.json().code).toBe('review.not_among_winners');
    const winner = await move('c3', 'notPropose', staff);
    expect(winner.json().code).toBe('review.among_winners');
    expect((await move('c3', 'propose')).statusCode).toBe(200);
    expect((await move('c2', 'notPropose', staff)).statusCode).toBe(200);

    // the experts' review opinion prints the method, the results with the tie and the vote that decided it
    const opinion = await t.request({
      method: 'GET',
      url: `/api/awards/${awardId}/review-opinion.pdf`,
      cookie: bureau,
    });
    expect(opinion.statusCode, opinion.body).toBe(200);
    const text = compact(pdfText(opinion.rawPayload));
    for (const name of Object.values(NAMES)) expect(text).toContain(name);
    for (const part of [
      '去掉一个最高分和一个最低分',
      '90.00',
      '85.00',
      '60.00',
      '并列',
      '民主择优',
      '专家签名',
    ])
      expect(text).toContain(part);
    const docx = await t.request({
      method: 'GET',
      url: `/api/awards/${awardId}/review-opinion.docx`,
      cookie: staff,
    });
    expect(docx.statusCode).toBe(200);
    expect(
      (
        await t.request({
          method: 'GET',
          url: `/api/awards/${awardId}/review-opinion.pdf`,
          cookie: experts[0]?.cookie,
        })
      ).statusCode,
    ).toBe(403);

    // the review result recorded with the move carries the score, the rank and the vote
    const detail = await t.request({ method: 'GET', url: `/api/applications/${ids.c3}`, cookie: bureau });
    expect(detail.json().status).toBe('proposed');
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'review_vote.record'), eq(auditLog.objectId, view.vote.id)));
    expect(audit?.detail).toMatchObject({ awardId, voters: 8 });
  });
});

describe.each(engines)('reopening a score sheet on %s', (engine) => {
  let t: TestApp;
  let bureau: string;
  let staff: string;
  let expert: string;
  let expertId: string;
  let awardId: string;
  let applicationId: string;
  let criterionIds: string[];

  beforeAll(async () => {
    t = await createTestApp(engine);
    // the mechanics of a review from scratch: without the demo's review under way
    await clearReview(t);
    bureau = await t.login('bureau');
    staff = await t.login('staff');
    const [award] = await t.database.db
      .select({ id: awards.id })
      .from(awards)
      .innerJoin(editions, eq(editions.id, awards.editionId))
      .where(and(eq(awards.code, 'grand_award'), eq(editions.status, 'published')));
    awardId = award?.id ?? '';
    const panel = await t.request({
      method: 'POST',
      url: '/api/panels',
      cookie: bureau,
      payload: { awardId, name: '长春技能大奖评审组', seats: 3, specialties: ['钳工'] },
    });
    const made = await t.request({
      method: 'POST',
      url: '/api/experts',
      cookie: bureau,
      payload: {
        name: '评审专家戊',
        workplace: '长春理工大学',
        specialty: '机械加工',
        specialties: ['钳工'],
        mobile: '13904310300',
        username: `reopen-${engine}`,
      },
    });
    expertId = made.json().id;
    await t.request({
      method: 'POST',
      url: `/api/panels/${panel.json().id}/members`,
      cookie: bureau,
      payload: { expertId },
    });
    expert = await t.login(made.json().username, made.json().initialPassword);
    applicationId = (await insertApplication(t, { status: 'in_review', award: 'grand_award' })).id;
    const rubric = await t.request({ method: 'GET', url: `/api/awards/${awardId}/rubric`, cookie: bureau });
    criterionIds = rubric.json().criteria.map((c: { id: string }) => c.id);
  });
  afterAll(async () => t?.close());

  it('locks a submitted sheet until the bureau administrator reopens it, with the reason audited', async () => {
    const full = (score: number) => ({
      scores: criterionIds.map((criterionId) => ({ criterionId, score })),
    });
    const submitted = await t.request({
      method: 'POST',
      url: `/api/applications/${applicationId}/score-sheet/submit`,
      cookie: expert,
      payload: full(8),
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const scoredOnce = (
      await t.request({ method: 'GET', url: `/api/awards/${awardId}/ranking`, cookie: bureau })
    )
      .json()
      .items.find((i: { applicationId: string }) => i.applicationId === applicationId);
    expect(scoredOnce).toMatchObject({ score: 8 * criterionIds.length, scores: 1 });

    const url = `/api/applications/${applicationId}/score-sheets/${expertId}/reopen`;
    const payload = { reason: '专家反映第二项评分录入有误' };
    // the clerk may not reopen, the expert neither
    expect((await t.request({ method: 'POST', url, cookie: staff, payload })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, cookie: expert, payload })).statusCode).toBe(403);
    const reopened = await t.request({ method: 'POST', url, cookie: bureau, payload });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'draft', reopened: { reason: payload.reason } });
    const again = await t.request({ method: 'POST', url, cookie: bureau, payload });
    expect(again.json().code).toBe('sheet.not_submitted');

    // the ranking drops the reopened sheet at once (the cached ranking is stale)
    const unscored = (
      await t.request({ method: 'GET', url: `/api/awards/${awardId}/ranking`, cookie: bureau })
    )
      .json()
      .items.find((i: { applicationId: string }) => i.applicationId === applicationId);
    expect(unscored).toMatchObject({ score: null, scores: 0, rank: null });

    const fixed = await t.request({
      method: 'POST',
      url: `/api/applications/${applicationId}/score-sheet/submit`,
      cookie: expert,
      payload: full(9),
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const sheets = await t.request({
      method: 'GET',
      url: `/api/applications/${applicationId}/score-sheets`,
      cookie: bureau,
    });
    expect(sheets.statusCode, sheets.body).toBe(200);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'score_sheet.reopen'));
    expect(audit?.detail).toMatchObject({
      applicationId,
      expertId,
      reason: payload.reason,
      total: 8 * criterionIds.length,
    });
  });
});
