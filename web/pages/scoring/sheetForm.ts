import type { FieldError } from '../../../domain/errors';
import type { Message } from '../../../domain/message';
import { type SheetCriterion, scoreSheetProblems, sheetTotal } from '../../../domain/review/inputs';
import type { AwardCode } from '../../../domain/roles';
import type { ReviewCandidate, ScoreSheet, ScoreSheetPayload } from '../../api/scoring';

/**
 * The score sheet as the form holds it and as it travels: a score per criterion (blank until given), the
 * comment. Every check is the domain's `scoreSheetProblems` — the server runs the same one — asked about
 * one criterion at a time, so each problem lands under the field it concerns.
 */

export interface SheetValues {
  /** Points per criterion id; blank (null/undefined) until the expert gives them. */
  scores: Record<string, number | null | undefined>;
  comment: string;
}

const isGiven = (score: number | null | undefined): score is number =>
  typeof score === 'number' && Number.isFinite(score);

export function valuesOfSheet(sheet: Pick<ScoreSheet, 'scores' | 'comment'>): SheetValues {
  return {
    scores: Object.fromEntries(sheet.scores.map((s) => [s.criterionId, s.score])),
    comment: sheet.comment,
  };
}

/** What is sent: the scores given, in the rubric's order (blank criteria left out), and the comment. */
export function payloadOf(criteria: readonly SheetCriterion[], values: SheetValues): ScoreSheetPayload {
  const scores = criteria.flatMap((criterion) => {
    const score = values.scores[criterion.id];
    return isGiven(score) ? [{ criterionId: criterion.id, score }] : [];
  });
  return { scores, comment: values.comment.trim() };
}

/** What is wrong with one criterion's score (out of range, off the half point, missing to submit), if anything. */
export function criterionProblem(
  criterion: SheetCriterion,
  score: number | null | undefined,
  submitting: boolean,
): Message | undefined {
  const scores = isGiven(score) ? [{ criterionId: criterion.id, score }] : [];
  return scoreSheetProblems([criterion], { scores }, { submitting })[0]?.message;
}

/** The live total of the scores given so far. */
export function liveTotal(criteria: readonly SheetCriterion[], values: SheetValues): number {
  return sheetTotal(payloadOf(criteria, values).scores);
}

/** The rubric's full marks. */
export function fullMarks(criteria: readonly SheetCriterion[]): number {
  return criteria.reduce((sum, criterion) => sum + criterion.maxScore, 0);
}

/**
 * The server's field errors of a refused sheet (`scores.2.score`: the third score sent) under the criterion
 * they concern; an error not about one sent score (`scores`: one left open) is not placed.
 */
export function criterionErrorsOf(
  sent: ScoreSheetPayload,
  fields: readonly FieldError[],
): Map<string, Message[]> {
  const placed = new Map<string, Message[]>();
  for (const field of fields) {
    const match = /^scores\.(\d+)\.(score|criterionId)$/.exec(field.path);
    const criterionId = match ? sent.scores[Number(match[1])]?.criterionId : undefined;
    if (!criterionId) continue;
    placed.set(criterionId, [...(placed.get(criterionId) ?? []), field.message]);
  }
  return placed;
}

export interface AwardProgress {
  award: AwardCode;
  candidates: ReviewCandidate[];
  submitted: number;
}

/** The expert's candidates per award, in the server's order, with how many sheets are submitted. */
export function progressByAward(items: readonly ReviewCandidate[]): AwardProgress[] {
  const byAward = new Map<AwardCode, AwardProgress>();
  for (const item of items) {
    const entry = byAward.get(item.award) ?? { award: item.award, candidates: [], submitted: 0 };
    entry.candidates.push(item);
    if (item.sheet === 'submitted') entry.submitted += 1;
    byAward.set(item.award, entry);
  }
  return [...byAward.values()];
}

/** The next candidate of the same award still to submit after `applicationId` (wrapping round), if any. */
export function nextToScore(
  items: readonly ReviewCandidate[],
  applicationId: string,
): ReviewCandidate | undefined {
  const current = items.find((item) => item.applicationId === applicationId);
  if (!current) return undefined;
  const sameAward = items.filter((item) => item.award === current.award);
  const at = sameAward.indexOf(current);
  const after = [...sameAward.slice(at + 1), ...sameAward.slice(0, at)];
  return after.find((item) => item.sheet !== 'submitted');
}
