import type { z } from 'zod';
import type { ApprovalList as ApprovalListSchema } from '../../contract/review-stage';
import type { MoveResponse } from '../../contract/workflow';
import type { RecordPayload } from '../../domain/workflow';
import { type ApplicationDetail, applyTransition } from './applications';
import { api } from './client';

/**
 * The talent office's approval (上报审定, seed §三(一)6) through the shared workflow routes: the proposed
 * list with the review results and the city notice's outcome (contract/review-stage.ts `ApprovalList`),
 * 审定通过 for several candidates at once with the approval document, and 退回 of one candidate with a reason.
 */
export type ApprovalList = z.output<typeof ApprovalListSchema>;
export type ApprovalAward = ApprovalList['awards'][number];
export type ApprovalCandidate = ApprovalAward['items'][number];

/** What 审定通过 sends: the candidates and the approval's document number and date. */
export type ApprovalInput = { applicationIds: string[] } & RecordPayload<'approval'>;

export function loadApprovalList(signal?: AbortSignal): Promise<ApprovalList> {
  return api.get<ApprovalList>('/api/approval-list', { signal });
}

/** 审定通过: the listed candidates are approved with the approval document (one move for all of them). */
export function approveCandidates(input: ApprovalInput): Promise<Pick<MoveResponse, 'applications'>> {
  return api.post('/api/transitions/approve', input);
}

/** 退回市人社局: one candidate goes back to the bureau, which resubmits or takes them off the list. */
export function returnFromApproval(
  applicationId: string,
  input: RecordPayload<'reason'>,
): Promise<ApplicationDetail> {
  return applyTransition(applicationId, 'returnFromApproval', input);
}

/** The experts' review opinion of an award (专家评审意见书), printable once its ranking is complete. */
export function reviewOpinionUrl(awardId: string): string {
  return `/api/awards/${encodeURIComponent(awardId)}/review-opinion.pdf`;
}
