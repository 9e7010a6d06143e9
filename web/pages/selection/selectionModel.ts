import type { Locale } from '../../../domain/message';
import type { AwardCode } from '../../../domain/roles';
import { type ApplicationStatus, transitions } from '../../../domain/workflow';
import type { ApprovalList } from '../../api/approval';
import type { Notice } from '../../api/steps';

/**
 * What the selection screen derives from the server's answers, without any rule of its own: which of an
 * award's candidates each section acts on (by the statuses the moves start from, `transitions`), which
 * city notices still concern them, the talent office's standing returns, the proposal's moves, and the
 * figures as the officer reads them.
 */

const statusesOf = (...lists: (readonly ApplicationStatus[])[]) => new Set<ApplicationStatus>(lists.flat());

/** The statuses each section takes its candidates from, as the moves of `transitions` start from them. */
export const sectionStatuses = {
  review: statusesOf(transitions.propose.from),
  notice: statusesOf(transitions.startCityNotice.from, transitions.endCityNotice.from),
  approval: statusesOf(transitions.submitForApproval.from, transitions.approve.from),
  decision: statusesOf(transitions.publishDecision.from),
  prizes: statusesOf(transitions.recordPrizePaid.from),
} as const;

export type SelectionSection = keyof typeof sectionStatuses;
export const selectionSections = Object.keys(sectionStatuses) as SelectionSection[];

/** An award's candidates in each section's moves, from the proposal to the prize. */
export function byStage<T extends { status: ApplicationStatus }>(items: readonly T[]) {
  const at = (...statuses: readonly ApplicationStatus[]) => items.filter((a) => statuses.includes(a.status));
  return {
    /** Proposed, waiting for the city notice. */
    toNotice: at(...transitions.startCityNotice.from),
    onNotice: at(...transitions.endCityNotice.from),
    /** Through the city notice (or returned by the talent office): to submit, resubmit or withdraw. */
    noticed: at(...transitions.submitForApproval.from),
    pending: at(...transitions.approve.from),
    approved: at(...transitions.publishDecision.from),
    /** Winners: the prize still to pay, or paid. */
    winners: at(...transitions.recordPrizePaid.from, transitions.recordPrizePaid.to),
  };
}

export type StepState = 'wait' | 'process' | 'finish';

/**
 * The award's progress through the sections: how many candidates wait in each; a section is done once
 * nobody waits in it and somebody has gone past it (a paid prize is past them all), in progress while
 * somebody waits in it.
 */
export function selectionProgress(statuses: readonly ApplicationStatus[]) {
  const counts = selectionSections.map((section) => ({
    section,
    count: statuses.filter((status) => sectionStatuses[section].has(status)).length,
  }));
  // a paid prize is past every section
  const paid = statuses.some((status) => status === transitions.recordPrizePaid.to);
  const laterThan = (index: number) => paid || counts.slice(index + 1).some((c) => c.count > 0);
  const steps = counts.map(({ section, count }, index) => ({
    section,
    count,
    state: (count > 0 ? 'process' : laterThan(index) ? 'finish' : 'wait') as StepState,
  }));
  const first = steps.findIndex((s) => s.state === 'process');
  const lastDone = steps.findLastIndex((s) => s.state === 'finish');
  return { steps, current: first >= 0 ? first : Math.max(0, lastDone) };
}

/** The city notices (newest first) that still concern the award's candidates: on notice or just off it. */
export function cityNoticesOf(notices: readonly Notice[], award: AwardCode): Notice[] {
  const { endCityNotice } = transitions;
  const concerned: readonly ApplicationStatus[] = [...endCityNotice.from, endCityNotice.to];
  return notices
    .filter((notice) => notice.level === 'city')
    .filter((notice) => notice.items.some((item) => item.award === award && concerned.includes(item.status)))
    .sort((a, b) => b.startDate.localeCompare(a.startDate));
}

export type ApprovalReturn = { at: string; reason: string };

/** The award in the approval list: its id, whether the review opinion prints, the talent office's returns. */
export function approvalEntryOf(list: ApprovalList, award: AwardCode) {
  const entry = list.awards.find((a) => a.award === award) ?? null;
  const returns = new Map<string, ApprovalReturn>();
  for (const item of entry?.items ?? []) {
    if (item.returned && (transitions.withdrawProposal.from as readonly string[]).includes(item.status))
      returns.set(item.applicationId, item.returned);
  }
  return { awardId: entry?.awardId ?? null, reviewOpinion: entry?.reviewOpinion ?? false, returns };
}

interface Ranked {
  applicationId: string;
  status: ApplicationStatus;
  outcome: 'proposed' | 'not_proposed' | 'undecided';
}

/**
 * The proposal's moves for the candidates still in review: the winners to propose and the others to mark
 * not proposed (as the server's selection says), and the candidates tied across the last place while the
 * vote is still to decide.
 */
export function proposalMoves<T extends Ranked>(
  items: readonly T[],
  undecided: { applicationIds: readonly string[] } | null,
) {
  const inReview = items.filter((i) => (transitions.propose.from as readonly string[]).includes(i.status));
  return {
    toPropose: inReview.filter((i) => i.outcome === 'proposed'),
    toNotPropose: inReview.filter((i) => i.outcome === 'not_proposed'),
    tied: undecided ? items.filter((i) => undecided.applicationIds.includes(i.applicationId)) : [],
  };
}

/** 差额: whether there are more candidates than places (the plan's competitive selection). */
export function isCompetitive(candidates: number, places: number): boolean {
  return candidates > places;
}

/** The ratio of candidates to places as "1.5 : 1", or null without places. */
export function formatRatio(ratio: number | null, locale: Locale): string | null {
  if (ratio === null) return null;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(ratio)} : 1`;
}

/** A score as printed in the review opinion: two decimals. */
export function formatScore(score: number | null, locale: Locale): string | null {
  if (score === null) return null;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(score);
}

/** An amount of yuan with the thousands grouped (10,000). */
export function formatYuan(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(amount);
}
