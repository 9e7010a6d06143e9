import type { ApplicationStatus } from '../workflow/states';

/**
 * Which applications take one of a recommender's places (Annex 1). A place is held only by what the
 * recommender has reported to the bureau: a candidate disqualified at a unit or recommender notice, or
 * withdrawn, or sent back to the recommender, never reached it (or is no longer there) and holds nothing.
 */

/** Statuses that exist only after the report reached the bureau: each holds its place. */
export const placeHoldingStatuses = [
  'at_bureau',
  'accepted',
  'in_review',
  'proposed',
  'not_proposed',
  'city_notice',
  'city_noticed',
  'pending_approval',
  'approved',
  'awarded',
  'prize_paid',
  // 不予受理 by the bureau: it was reported, and the window for a substitute is the same window.
  'rejected',
] as const satisfies readonly ApplicationStatus[];

/**
 * Ends that can be reached below or at the bureau: they hold the place only when the application had
 * been reported to the bureau. A revoked or city-notice-disqualified candidate is not replaced (不得递补).
 */
export const placeHoldingIfReported = [
  'revoked',
  'disqualified',
] as const satisfies readonly ApplicationStatus[];

export function holdsQuotaPlace(status: ApplicationStatus, reachedBureau: boolean): boolean {
  if ((placeHoldingStatuses as readonly ApplicationStatus[]).includes(status)) return true;
  return reachedBureau && (placeHoldingIfReported as readonly ApplicationStatus[]).includes(status);
}

/**
 * Which applications take one of an award's places (综合评审 is competitive: at most the award's places
 * are proposed). From `proposed` on a candidate holds a winner's place; a candidate proposed and then
 * disqualified at the city notice, revoked, or taken off the list after the talent office returned them
 * keeps it taken, because the plan gives no substitute (不得递补) and a new one would need its own notice.
 */
export const awardPlaceStatuses = [
  'proposed',
  'city_notice',
  'city_noticed',
  'pending_approval',
  'approved',
  'awarded',
  'prize_paid',
] as const satisfies readonly ApplicationStatus[];

export const awardPlaceIfProposed = [
  'revoked',
  'disqualified',
  'not_proposed',
] as const satisfies readonly ApplicationStatus[];

/**
 * Who a recommender's summary table (Annex 3) and report list: the candidates it ranked after its notice —
 * about to be reported, reported, or sent back by the bureau for a correction — and whatever became of them
 * once reported (the paper records what was put forward).
 */
export const summaryTableStatuses = [
  'recommender_noticed',
  'returned_to_recommender',
  ...placeHoldingStatuses,
] as const satisfies readonly ApplicationStatus[];
