import type { z } from 'zod';
import type { documentFormats } from '../../contract/documents';
import type {
  DecisionList,
  SelectionView as SelectionViewSchema,
  VoteBody,
} from '../../contract/review-stage';
import type { MoveResponse } from '../../contract/workflow';
import type { RecordInput, TransitionName } from '../../domain/workflow';
import { api } from './client';

/**
 * The bureau's selection after the experts' review (docs/api-applications.md, "The expert review,
 * selection and award"): an award's ranking and proposal (差额评选) with the leadership group's vote, the
 * moves from the proposal to the prize through the shared batch route, and the papers — the experts' review
 * opinion, the decision, each winner's certificate and the finance office's prize list. The city notice
 * goes through the shared notice calls of ./steps (level `city`); the award ids and the talent office's
 * returns come with the approval list of ./approval.
 */

export type Selection = z.output<typeof SelectionViewSchema>;
export type SelectionItem = Selection['items'][number];
export type VoteInput = z.input<typeof VoteBody>;
export type DecisionDocument = z.output<typeof DecisionList>['items'][number];
export type PaperFormat = (typeof documentFormats)[number];

/** What a batch move answers: the applications moved, and the decision document it created. */
type Moved = Pick<MoveResponse, 'applications' | 'decisionDocumentId' | 'approvalIds'>;

const award = (awardId: string) => `/api/awards/${encodeURIComponent(awardId)}`;

/** The award's ranking with names, the 差额 ratio, each candidate's outcome, a tie left to the vote. */
export function fetchSelection(awardId: string, signal?: AbortSignal): Promise<Selection> {
  return api.get(`${award(awardId)}/selection`, { signal });
}

/** 民主择优: the leadership group's vote on the candidates tied across the last place; the result follows. */
export function recordVote(input: VoteInput): Promise<Selection> {
  return api.post('/api/review-votes', input);
}

/** The moves of this screen, each for several candidates at once, with its record's payload beside them. */
function move<P extends object>(name: TransitionName, applicationIds: string[], payload: P): Promise<Moved> {
  return api.post(`/api/transitions/${encodeURIComponent(name)}`, { applicationIds, ...payload });
}

/** 提出为拟评选对象: the winners within the award's places (the review result is the server's). */
export function propose(applicationIds: string[]): Promise<Moved> {
  return move('propose', applicationIds, {});
}

/** 未入选: the candidates the ranking leaves outside the places. */
export function notPropose(applicationIds: string[]): Promise<Moved> {
  return move('notPropose', applicationIds, {});
}

/** 报人才办审定: the list after the city notice (or a returned candidate again), with an optional note. */
export function submitForApproval(
  applicationIds: string[],
  input: RecordInput<'submission'>,
): Promise<Moved> {
  return move('submitForApproval', applicationIds, input);
}

/** 撤回拟评选对象: a candidate the talent office returned leaves the list (the bureau's administrator). */
export function withdrawProposal(applicationId: string, input: RecordInput<'reason'>): Promise<Moved> {
  return move('withdrawProposal', [applicationId], input);
}

/** 发布获评决定: numbers each winner's certificate and opens their prize (201 with the document's id). */
export function publishDecision(
  applicationIds: string[],
  input: RecordInput<'decision_document'>,
): Promise<Moved> {
  return move('publishDecision', applicationIds, input);
}

/** 登记奖金已发放: the amount (the award's prize), the day and the bank's reference. */
export function recordPrizePaid(applicationId: string, input: RecordInput<'payment'>): Promise<Moved> {
  return move('recordPrizePaid', [applicationId], input);
}

/** The current edition's published decisions (获评决定). */
export async function listDecisions(signal?: AbortSignal): Promise<DecisionDocument[]> {
  const list = await api.get<z.output<typeof DecisionList>>('/api/decisions', { signal });
  return list.items;
}

/** 专家评审意见书 of an award. */
export function reviewOpinionUrl(awardId: string, format: PaperFormat): string {
  return `${award(awardId)}/review-opinion.${format}`;
}

export function decisionDocumentUrl(decisionId: string, format: PaperFormat): string {
  return `/api/decisions/${encodeURIComponent(decisionId)}/document.${format}`;
}

/** The winner's certificate (荣誉证书) with its number and QR code. */
export function certificateUrl(applicationId: string): string {
  return `/api/applications/${encodeURIComponent(applicationId)}/certificate.pdf`;
}

/** The finance office's prize list, ID and account numbers in clear: the bureau's administrator only. */
export const prizeListUrl = '/api/prize-list.xlsx';
