import type { z } from 'zod';
import type { NoticePeriod } from '../../contract/calendar';
import {
  type HandleObjectionBody,
  NOTICE_PAGE_MAX,
  type NoticeList,
  type NoticeView,
  type ObjectionView,
  type RecordObjectionBody,
} from '../../contract/notices';
import type {
  DecisionView,
  MoveCheckBody,
  MoveCheckResponse,
  MoveResponse,
  RankingBody,
  RankingResponse,
} from '../../contract/workflow';
import {
  type RecordInput,
  type RecordPayload,
  type StepLevel,
  stepLevels,
  type TransitionName,
} from '../../domain/workflow';
import { type ApplicationDetail, applyTransition } from './applications';
import { api } from './client';

/**
 * The steps every level takes — the collective decision, the notice with its objections and closing, the
 * ranking and the report upward — with the level as a parameter: which transition a step is at that level
 * comes from `stepLevels` (domain/workflow/levels.ts), the shapes from the contract and the step records
 * (domain/workflow/records.ts), so the web cannot drift from what the server checks.
 */

export type Notice = NoticeView;
export type Objection = ObjectionView;
export type { DecisionView };

/** The levels at which a step exists (the city has no collective decision and no ranking of its own). */
type LevelsWith<Step extends 'decide' | 'rankable'> = {
  [L in StepLevel]: (typeof stepLevels)[L][Step] extends null ? never : L;
}[StepLevel];
export type DecidingLevel = LevelsWith<'decide'>;
export type RankingLevel = LevelsWith<'rankable'>;

/** A move of several applications at once: the applications and, beside them, the record's payload. */
type Batch<P> = { applicationIds: string[] } & P;

export type DecisionInput = Batch<RecordPayload<'decision'>>;
export type NoticeInput = Batch<RecordInput<'notice'>>;
export type ReportInput = RecordPayload<'report'>;

/** What a batch move answers: the applications moved and what the move created. */
type Moved = Pick<MoveResponse, 'applications'>;

const batchMove = (name: TransitionName) => `/api/transitions/${encodeURIComponent(name)}`;

/** 领导集体研究决定 at `level`, for the applications listed, with the uploaded minutes. */
export function recordDecision(
  level: DecidingLevel,
  input: DecisionInput,
): Promise<Moved & { decision: DecisionView }> {
  return api.post(batchMove(stepLevels[level].decide), input);
}

/** Starts `level`'s notice (公示) for the applications listed; the server computes its last day. */
/** Where a level uploads the minutes of its collective decision before recording it (multipart: file). */
export const decisionMinutesUrl = '/api/decision-minutes';

export function startNotice(level: StepLevel, input: NoticeInput): Promise<Moved & { notice: Notice }> {
  return api.post(batchMove(stepLevels[level].startNotice), input);
}

/** 排序: the order of `level`'s candidates for one award (first = 1). */
export function saveRanking(level: RankingLevel, input: RankingBody): Promise<RankingResponse> {
  return api.put(`/api/rankings/${encodeURIComponent(level)}`, input);
}

/** The level's opinion on one candidate and its report upward (to the recommender, to the bureau …). */
export function reportUpward(
  level: StepLevel,
  applicationId: string,
  input: ReportInput,
): Promise<ApplicationDetail> {
  return applyTransition(applicationId, stepLevels[level].report, input);
}

const notice = (id: string) => `/api/notices/${encodeURIComponent(id)}`;

/** The caller's notices at `level`, newest first. */
/** Every notice the caller runs at `level`, newest first, page after page (none is dropped at a cap). */
export async function listNotices(level: StepLevel, signal?: AbortSignal): Promise<Notice[]> {
  const items: Notice[] = [];
  for (;;) {
    const query = new URLSearchParams({
      level,
      limit: String(NOTICE_PAGE_MAX),
      offset: String(items.length),
    });
    const page = await api.get<z.infer<typeof NoticeList>>(`/api/notices?${query}`, { signal });
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

export function fetchNotice(id: string, signal?: AbortSignal): Promise<Notice> {
  return api.get(notice(id), { signal });
}

export function noticeDocumentUrl(id: string): string {
  return `${notice(id)}/document.pdf`;
}

export function recordObjection(noticeId: string, input: RecordObjectionBody): Promise<Objection> {
  return api.post(`${notice(noticeId)}/objections`, input);
}

export function handleObjection(objectionId: string, input: HandleObjectionBody): Promise<Objection> {
  return api.patch(`/api/objections/${encodeURIComponent(objectionId)}`, input);
}

/** The working days of a notice starting on `start` (holidays and make-up days counted): its last day. */
export function noticePeriod(
  start: string,
  days: number,
  signal?: AbortSignal,
): Promise<z.infer<typeof NoticePeriod>> {
  const query = new URLSearchParams({ start, days: String(days) });
  return api.get(`/api/calendar/notice-period?${query}`, { signal });
}

/** Whether a level's move can be taken for one application now, and if not, why and what it lacks. */
export type MoveCheck = z.infer<typeof MoveCheckResponse>['checks'][number];

/**
 * What the server says about taking `name` for each of a step's candidates: offered or not, the failing
 * guards, the missing fields and papers, the failing rules — in one request that reveals no personal data
 * (so, unlike opening each candidate's detail, it is not audited as a read of it).
 */
export async function checkMove(
  name: TransitionName,
  applicationIds: readonly string[],
  signal?: AbortSignal,
): Promise<MoveCheck[]> {
  if (applicationIds.length === 0) return [];
  const body: z.infer<typeof MoveCheckBody> = { applicationIds: [...applicationIds] };
  const { checks } = await api.post<z.infer<typeof MoveCheckResponse>>(
    `/api/transitions/${encodeURIComponent(name)}/checks`,
    body,
    { signal },
  );
  return checks;
}

/**
 * 异议成立，取消资格: the candidate an upheld objection concerns leaves the selection (the level running the
 * notice decides); the objection and the handling as its reason go with the move.
 */
export function disqualifyOnObjection(
  applicationId: string,
  input: RecordPayload<'reason'> & RecordPayload<'objection'>,
): Promise<ApplicationDetail> {
  return api.post(
    `/api/applications/${encodeURIComponent(applicationId)}/transitions/disqualifyOnObjection`,
    input,
  );
}

/** Closes a notice after its last day: every candidate without an open objection moves on. */
export function closeNotice(noticeId: string): Promise<Notice> {
  return api.post(`${notice(noticeId)}/close`, {});
}
