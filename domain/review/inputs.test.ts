import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conflictInput, rubricInput, SCORE_STEP, scoreSheetProblems, sheetTotal, voteInput } from './index';

const criteria = [
  { id: 'a', maxScore: 60, name: { zh: '技能水平', en: 'Skill level' } },
  { id: 'b', maxScore: 40, name: { zh: '业绩贡献', en: 'Contribution' } },
];

describe('a score sheet against the rubric', () => {
  it('accepts any sheet of half points within each maximum, and its total is exact', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 80 }), (a, b) => {
        const sheet = {
          scores: [
            { criterionId: 'a', score: a * SCORE_STEP },
            { criterionId: 'b', score: b * SCORE_STEP },
          ],
        };
        expect(scoreSheetProblems(criteria, sheet, { submitting: true })).toEqual([]);
        expect(sheetTotal(sheet.scores)).toBe((a + b) / 2);
      }),
    );
  });

  it('refuses a score above the maximum, below zero or off the half-point step, at its path', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 60.01, max: 1000, noNaN: true }),
          fc.double({ min: -1000, max: -0.01, noNaN: true }),
        ),
        (score) => {
          const problems = scoreSheetProblems(
            criteria,
            { scores: [{ criterionId: 'a', score }] },
            { submitting: false },
          );
          expect(problems).toEqual([
            expect.objectContaining({ path: ['scores', 0, 'score'], code: 'score.out_of_range' }),
          ]);
        },
      ),
    );
    const step = scoreSheetProblems(
      criteria,
      { scores: [{ criterionId: 'b', score: 7.25 }] },
      { submitting: false },
    );
    expect(step.map((p) => p.code)).toEqual(['score.step']);
    expect(step[0]?.message.zh).toContain('0.5');
  });

  it('names a criterion scored twice or not in the rubric; a draft may leave one open, a submission may not', () => {
    const sheet = {
      scores: [
        { criterionId: 'a', score: 50 },
        { criterionId: 'a', score: 40 },
        { criterionId: 'z', score: 1 },
      ],
    };
    expect(
      scoreSheetProblems(criteria, sheet, { submitting: false }).map((p) => [p.path.join('.'), p.code]),
    ).toEqual([
      ['scores.1.score', 'score.repeated'],
      ['scores.2.criterionId', 'score.unknown_criterion'],
    ]);
    const partial = { scores: [{ criterionId: 'a', score: 50 }] };
    expect(scoreSheetProblems(criteria, partial, { submitting: false })).toEqual([]);
    const missing = scoreSheetProblems(criteria, partial, { submitting: true });
    expect(missing.map((p) => p.code)).toEqual(['score.missing']);
    expect(missing[0]?.message.zh).toBe('“业绩贡献”尚未评分，不能提交');
  });
});

describe('the review inputs', () => {
  const id = '5f0c7b7e-8a8e-4d0b-9a57-2a1f3c4d5e6f';
  it('asks for the reason of an "other" conflict, in both languages', () => {
    const bare = conflictInput.safeParse({ applicationId: id, reason: 'other' });
    expect(bare.success).toBe(false);
    expect(bare.error?.issues[0]).toMatchObject({
      path: ['note'],
      params: { code: 'conflict.note_missing' },
    });
    expect(conflictInput.safeParse({ applicationId: id, reason: 'relative' }).success).toBe(true);
    expect(
      conflictInput.safeParse({ applicationId: id, reason: 'other', note: '曾为同一项目组成员' }).success,
    ).toBe(true);
  });

  it('takes a rubric of lower-case codes with whole maximum points, and a vote on two candidates at least', () => {
    const criterion = { code: 'skill', nameZh: '技能水平', nameEn: 'Skill', maxScore: 60 };
    expect(rubricInput.safeParse({ aggregation: 'mean', blind: true, criteria: [criterion] }).success).toBe(
      true,
    );
    for (const bad of [{ code: 'Skill' }, { maxScore: 0 }, { maxScore: 60.5 }])
      expect(
        rubricInput.safeParse({ aggregation: 'mean', blind: true, criteria: [{ ...criterion, ...bad }] })
          .success,
      ).toBe(false);
    expect(
      rubricInput.safeParse({ aggregation: 'median', blind: false, criteria: [criterion] }).success,
    ).toBe(false);
    const vote = {
      awardId: id,
      heldOn: '2026-12-01',
      voters: 7,
      votes: [{ applicationId: id, votes: 4 }],
      minutes: '评审领导小组会议纪要：到会七人。',
    };
    expect(voteInput.safeParse(vote).success).toBe(false);
    expect(
      voteInput.safeParse({ ...vote, votes: [...vote.votes, { applicationId: id, votes: 3 }] }).success,
    ).toBe(true);
  });
});
