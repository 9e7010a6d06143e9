import type { z } from 'zod';
import type { Locale, Message } from '../../../domain/message';
import { shanghaiDate } from '../../../domain/time';
import { issuesToFields } from '../../../domain/validation';
import { recordPayloads } from '../../../domain/workflow';
import type { ApprovalAward, ApprovalCandidate } from '../../api/approval';
import type { Translator } from '../../i18n/LocaleProvider';
import { bilingual } from '../../i18n/translate';
import { formatDays } from '../home/days';

/**
 * How the approval screen reads the proposed list: the experts' result with two decimals, the city notice
 * and its objections in a line, where each candidate stands with the talent office, and the approval's
 * fields checked with the very schemas the server applies (domain/workflow/records.ts).
 */

/** 92.50: the experts' result as the review opinion prints it; null before any expert scored. */
export function formatScore(score: number | null): string | null {
  return score === null ? null : score.toFixed(2);
}

/** 参评 5 人，差额 5:3 — the candidates the experts reviewed against the award's places. */
export function differentialText(t: Translator, award: Pick<ApprovalAward, 'reviewed' | 'places'>): string {
  return t('approval.award.differential', { reviewed: award.reviewed, places: award.places });
}

type CityNotice = NonNullable<ApprovalCandidate['cityNotice']>;

/** 2026年5月6日至12日（5 个工作日）, and 公示中 while it still runs. */
export function noticePeriodText(t: Translator, locale: Locale, notice: CityNotice): string {
  const period = t('approval.notice.period', {
    days: formatDays({ start: notice.startDate, end: notice.endDate }, locale),
    workingDays: notice.workingDays,
  });
  return notice.ended ? period : `${period} ${t('approval.notice.running')}`;
}

/**
 * 公示期间未收到异议, or 收到异议 3 件：不成立 2 件、成立 1 件 — the handled ones first, those still open last
 * (an open objection holds the candidate: the bureau must settle it before the approval).
 */
export function objectionsText(t: Translator, locale: Locale, objections: CityNotice['objections']): string {
  const { open, dismissed, upheld } = objections;
  const total = open + dismissed + upheld;
  if (total === 0) return t('approval.notice.noObjection');
  const parts = [
    dismissed > 0 ? t('approval.notice.dismissed', { count: dismissed }) : null,
    upheld > 0 ? t('approval.notice.upheld', { count: upheld }) : null,
    open > 0 ? t('approval.notice.open', { count: open }) : null,
  ].filter((part): part is string => part !== null);
  const list = new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }).format(parts);
  return t('approval.notice.objections', { total, list });
}

/** Where a candidate stands with the talent office: waiting, approved, returned, or beyond the approval. */
export type Standing = 'pending' | 'approved' | 'returned' | 'other';

export function standingOf(candidate: Pick<ApprovalCandidate, 'status' | 'approval' | 'returned'>): Standing {
  if (candidate.status === 'pending_approval') return 'pending';
  if (candidate.approval) return 'approved';
  if (candidate.returned) return 'returned';
  return 'other';
}

/** The candidates of an award still waiting for the talent office. */
export function pendingOf(award: Pick<ApprovalAward, 'items'>): ApprovalCandidate[] {
  return award.items.filter((item) => standingOf(item) === 'pending');
}

/** Whether anything waits for the talent office at all (the screen's empty state otherwise). */
export function anythingPending(awards: readonly Pick<ApprovalAward, 'items'>[]): boolean {
  return awards.some((award) => pendingOf(award).length > 0);
}

/** The day a return was recorded, on Changchun's calendar. */
export function returnedOn(returned: NonNullable<ApprovalCandidate['returned']>): string {
  return shanghaiDate(returned.at);
}

/** The first problem of `value` under the record's own schema, in both languages; null when it passes. */
function problemOf(schema: z.ZodType, value: unknown): Message | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : (issuesToFields(parsed.error.issues)[0]?.message ?? null);
}

/** 审定文件文号 (长人才办〔2026〕12号): what the server will refuse in it, before it is sent. */
export function documentNoProblem(value: string | undefined): Message | null {
  return problemOf(recordPayloads.approval.documentNo, value ?? '');
}

/** 审定日期: a real day, and not later than today (the server refuses a later one). */
export function approvedOnProblem(value: string | undefined, today: string): Message | null {
  const problem = problemOf(recordPayloads.approval.approvedOn, value);
  if (problem) return problem;
  return value !== undefined && value > today ? bilingual('approval.form.futureDate') : null;
}

/** 退回理由: required, within the reason's length. */
export function reasonProblem(value: string | undefined): Message | null {
  return problemOf(recordPayloads.reason.reason, value ?? '');
}
