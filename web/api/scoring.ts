import type { z } from 'zod';
import type {
  ConflictBody,
  ConflictList,
  ReviewCandidateList as ReviewCandidateListSchema,
  RubricView,
  ScoreSheetBody,
  ScoreSheetView,
} from '../../contract/review-stage';
import { api } from './client';

/**
 * The expert's scoring (评分) calls (docs/api-applications.md, "The expert review, selection and award"): their
 * candidates with the rubrics, their own score sheet per candidate — saved as a draft, then submitted and
 * locked — and the conflicts (回避) they declare. The dossier itself is the application's
 * (`fetchApplication`, `annex2Url`, `attachmentUrl` of ./applications): the server scopes it to the expert,
 * answering 404 for a candidate they stand aside from, like a missing id.
 */

export type ReviewCandidateList = z.output<typeof ReviewCandidateListSchema>;
export type ReviewCandidate = ReviewCandidateList['items'][number];
export type Rubric = z.output<typeof RubricView>;
export type Criterion = Rubric['criteria'][number];
export type ScoreSheet = z.output<typeof ScoreSheetView>;
export type SheetState = ScoreSheet['status'];
/** What a save or a submission sends: the points given (a draft may leave criteria open) and a comment. */
export type ScoreSheetPayload = z.input<typeof ScoreSheetBody>;
export type Conflict = z.output<typeof ConflictList>['items'][number];
/** A conflict the expert declares for themselves (no `expertId`: the server takes the caller). */
export type ConflictDeclaration = Omit<z.input<typeof ConflictBody>, 'expertId'>;

const sheet = (applicationId: string) => `/api/applications/${encodeURIComponent(applicationId)}/score-sheet`;

export function loadReviewCandidates(signal?: AbortSignal): Promise<ReviewCandidateList> {
  return api.get('/api/review/candidates', { signal });
}

export function loadScoreSheet(applicationId: string, signal?: AbortSignal): Promise<ScoreSheet> {
  return api.get(sheet(applicationId), { signal });
}

/** Saves the sheet as a draft (it stays open to changes). */
export function saveScoreSheet(applicationId: string, body: ScoreSheetPayload): Promise<ScoreSheet> {
  return api.put(sheet(applicationId), body);
}

/** Submits the sheet: every criterion scored; locked from then on until the bureau reopens it. */
export function submitScoreSheet(applicationId: string, body: ScoreSheetPayload): Promise<ScoreSheet> {
  return api.post(`${sheet(applicationId)}/submit`, body);
}

/** The conflicts that keep the expert from candidates: those the server finds and those declared. */
export function loadOwnConflicts(signal?: AbortSignal): Promise<Conflict[]> {
  return api.get<z.output<typeof ConflictList>>('/api/conflicts', { signal }).then((list) => list.items);
}

/** 申请回避: from then on the candidate is out of the expert's list and answers 404 to them. */
export function declareConflict(body: ConflictDeclaration): Promise<Conflict[]> {
  return api.post<z.output<typeof ConflictList>>('/api/conflicts', body).then((list) => list.items);
}
