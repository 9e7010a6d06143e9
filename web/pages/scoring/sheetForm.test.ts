import { describe, expect, it } from 'vitest';
import type { ReviewCandidate } from '../../api/scoring';
import {
  criterionErrorsOf,
  criterionProblem,
  fullMarks,
  liveTotal,
  nextToScore,
  payloadOf,
  progressByAward,
  valuesOfSheet,
} from './sheetForm';

const skill = { id: 'c-skill', maxScore: 30, name: { zh: '技能水平', en: 'Skill level' } };
const mentoring = { id: 'c-mentoring', maxScore: 10, name: { zh: '带徒传艺', en: 'Apprentice training' } };
const criteria = [skill, mentoring];

const candidate = (
  id: string,
  award: ReviewCandidate['award'],
  sheet: ReviewCandidate['sheet'],
): ReviewCandidate => ({
  applicationId: id,
  label: id,
  blind: false,
  award,
  employer: null,
  occupation: null,
  skillLevel: null,
  sheet,
  total: null,
});

describe('the score sheet in the form', () => {
  it('sends the scores given in the rubric’s order, leaving blank criteria out, the comment trimmed', () => {
    const values = { scores: { 'c-mentoring': 8.5, 'c-skill': null }, comment: '  业绩突出 ' };
    expect(payloadOf(criteria, values)).toEqual({
      scores: [{ criterionId: 'c-mentoring', score: 8.5 }],
      comment: '业绩突出',
    });
    expect(payloadOf(criteria, { scores: { 'c-skill': 0, 'c-mentoring': 10 }, comment: '' }).scores).toEqual([
      { criterionId: 'c-skill', score: 0 },
      { criterionId: 'c-mentoring', score: 10 },
    ]);
  });

  it('reads a saved sheet back into the form', () => {
    const values = valuesOfSheet({ scores: [{ criterionId: 'c-skill', score: 27.5 }], comment: '好' });
    expect(values).toEqual({ scores: { 'c-skill': 27.5 }, comment: '好' });
    expect(payloadOf(criteria, values).scores).toEqual([{ criterionId: 'c-skill', score: 27.5 }]);
  });

  it('adds up the live total of what is given, against the full marks', () => {
    expect(liveTotal(criteria, { scores: { 'c-skill': 27.5, 'c-mentoring': 8.5 }, comment: '' })).toBe(36);
    expect(liveTotal(criteria, { scores: {}, comment: '' })).toBe(0);
    expect(fullMarks(criteria)).toBe(40);
  });

  it('puts the domain’s problem under the criterion: out of range, off the half point, missing to submit', () => {
    expect(criterionProblem(skill, 31, false)?.zh).toBe('“技能水平”的得分应在 0 至 30 分之间');
    expect(criterionProblem(skill, -1, false)?.zh).toBe('“技能水平”的得分应在 0 至 30 分之间');
    expect(criterionProblem(skill, 8.3, false)?.zh).toBe('“技能水平”的得分最小单位为 0.5 分');
    expect(criterionProblem(skill, 30, true)).toBeUndefined();
    expect(criterionProblem(skill, 0, true)).toBeUndefined();
    // a draft may leave a criterion open; a submission may not
    expect(criterionProblem(skill, null, false)).toBeUndefined();
    expect(criterionProblem(skill, undefined, true)?.zh).toBe('“技能水平”尚未评分，不能提交');
  });

  it('places the server’s field errors under the criterion of the score they name', () => {
    const sent = {
      scores: [
        { criterionId: 'c-skill', score: 40 },
        { criterionId: 'c-mentoring', score: 11 },
      ],
    };
    const message = { zh: '超出', en: 'over' };
    const placed = criterionErrorsOf(sent, [
      { path: 'scores.1.score', code: 'score.out_of_range', message },
      { path: 'scores', code: 'score.missing', message },
      { path: 'scores.7.score', code: 'score.out_of_range', message },
    ]);
    expect([...placed]).toEqual([['c-mentoring', [message]]]);
  });
});

describe('the expert’s progress', () => {
  const items = [
    candidate('a', 'technical_expert', 'submitted'),
    candidate('b', 'technical_expert', 'draft'),
    candidate('g', 'grand_award', 'none'),
    candidate('c', 'technical_expert', 'none'),
  ];

  it('counts the sheets submitted per award, keeping the server’s order', () => {
    expect(
      progressByAward(items).map((p) => [p.award, p.submitted, p.candidates.map((c) => c.applicationId)]),
    ).toEqual([
      ['technical_expert', 1, ['a', 'b', 'c']],
      ['grand_award', 0, ['g']],
    ]);
  });

  it('offers the next candidate of the same award not submitted yet, wrapping round', () => {
    expect(nextToScore(items, 'b')?.applicationId).toBe('c');
    expect(nextToScore(items, 'c')?.applicationId).toBe('b');
    expect(nextToScore(items, 'g')).toBeUndefined();
    expect(nextToScore(items, 'unknown')).toBeUndefined();
    expect(nextToScore([candidate('a', 'technical_expert', 'submitted')], 'a')).toBeUndefined();
  });
});
