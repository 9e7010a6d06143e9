import type { z } from 'zod';
import type {
  ConflictBody,
  ConflictList,
  ConflictVetBody,
  DeclineBody,
  ExpertBody,
  ExpertCreated as ExpertCreatedSchema,
  ExpertView,
  PanelBody,
  PanelList,
  PanelView,
  ReopenBody,
  RubricBody,
  RubricView,
  ScoreSheetView,
  SeatBody,
  SelectionView,
} from '../../contract/review-stage';
import { api } from './client';

/**
 * The bureau's administration of the expert review (综合评审, docs/api-applications.md "The expert review,
 * selection and award"): the expert pool, the award's panel and its committed draw, conflicts (回避) and
 * their vetting, the rubric, and who has scored what with the reopening of a submitted sheet. Types are
 * the server's schemas (contract/review-stage.ts): `z.input` for what is sent, `z.output` for answers.
 */

export type Expert = z.output<typeof ExpertView>;
/** A new expert with their first password, shown once (null when an existing account was taken in). */
export type ExpertCreated = z.output<typeof ExpertCreatedSchema>;
export type ExpertPayload = z.input<typeof ExpertBody>;
export type Panel = z.output<typeof PanelView>;
export type PanelMember = Panel['members'][number];
export type PanelDraw = NonNullable<Panel['draw']>;
export type PanelPayload = z.input<typeof PanelBody>;
export type SeatPayload = z.input<typeof SeatBody>;
export type Conflict = z.output<typeof ConflictList>['items'][number];
export type ConflictPayload = z.input<typeof ConflictBody>;
export type ConflictVet = z.input<typeof ConflictVetBody>;
export type Rubric = z.output<typeof RubricView>;
export type RubricPayload = z.input<typeof RubricBody>;
export type Selection = z.output<typeof SelectionView>;
export type SelectionCandidate = Selection['items'][number];
/**
 * One expert's sheet of a candidate as the bureau reads it: the route answers the sheet with the expert
 * (`ScoreSheetView.extend({ expertId })`, server/routes/review-scoring.ts).
 */
export type CandidateSheet = z.output<typeof ScoreSheetView> & { expertId: string };

const enc = encodeURIComponent;
const panel = (panelId: string) => `/api/panels/${enc(panelId)}`;

export async function listExperts(signal?: AbortSignal): Promise<Expert[]> {
  return (await api.get<{ items: Expert[] }>('/api/experts', { signal })).items;
}

/** Adds an expert to the pool with their login; a new account's first password comes back once. */
export function addExpert(input: ExpertPayload): Promise<ExpertCreated> {
  return api.post('/api/experts', input);
}

/** The current edition's panels with their members, draw and each member's progress. */
export async function listPanels(signal?: AbortSignal): Promise<Panel[]> {
  return (await api.get<z.output<typeof PanelList>>('/api/panels', { signal })).items;
}

/** 组建评审组: one per award. */
export function createPanel(input: PanelPayload): Promise<Panel> {
  return api.post('/api/panels', input);
}

/** Seats an expert by the bureau's choice (recorded as manual). */
export function seatExpert(panelId: string, input: SeatPayload): Promise<Panel> {
  return api.post(`${panel(panelId)}/members`, input);
}

/** A seated expert declined: the next one of the draw's order replaces them (null: nobody left). */
export function declineSeat(
  panelId: string,
  expertId: string,
  input: z.input<typeof DeclineBody>,
): Promise<{ panel: Panel; replacement: string | null }> {
  return api.post(`${panel(panelId)}/members/${enc(expertId)}/decline`, input);
}

/** 抽取前承诺: the server draws a seed and records its SM3 hash with the pool as it stands. */
export function commitDraw(panelId: string): Promise<Panel> {
  return api.post(`${panel(panelId)}/draw-commitment`, {});
}

/** 随机抽取: the panel drawn with the committed seed, which the answer reveals; `short` seats left empty. */
export function runDraw(panelId: string): Promise<{ panel: Panel; short: number }> {
  return api.post(`${panel(panelId)}/draw`, {});
}

export async function listConflicts(signal?: AbortSignal): Promise<Conflict[]> {
  return (await api.get<z.output<typeof ConflictList>>('/api/conflicts', { signal })).items;
}

/** The bureau records a conflict for an expert and a candidate (in force at once). */
export async function recordConflict(input: ConflictPayload): Promise<Conflict[]> {
  return (await api.post<z.output<typeof ConflictList>>('/api/conflicts', input)).items;
}

/** 审核回避: confirm a conflict or dismiss a mistaken one, saying why. */
export async function vetConflict(conflictId: string, input: ConflictVet): Promise<Conflict[]> {
  return (await api.post<z.output<typeof ConflictList>>(`/api/conflicts/${enc(conflictId)}/vet`, input))
    .items;
}

export function fetchRubric(awardId: string, signal?: AbortSignal): Promise<Rubric> {
  return api.get(`/api/awards/${enc(awardId)}/rubric`, { signal });
}

/** Sets the award's rubric and method; refused (409 `rubric.in_use`) once anyone has scored. */
export function saveRubric(awardId: string, input: RubricPayload): Promise<Rubric> {
  return api.put(`/api/awards/${enc(awardId)}/rubric`, input);
}

/** The award's candidates in the review with their results so far (the ranking with names). */
export function fetchSelection(awardId: string, signal?: AbortSignal): Promise<Selection> {
  return api.get(`/api/awards/${enc(awardId)}/selection`, { signal });
}

/** Every expert's sheet of a candidate. */
export async function fetchScoreSheets(
  applicationId: string,
  signal?: AbortSignal,
): Promise<CandidateSheet[]> {
  return (
    await api.get<{ items: CandidateSheet[] }>(`/api/applications/${enc(applicationId)}/score-sheets`, {
      signal,
    })
  ).items;
}

/** 重新开放评分表 (the bureau's administrator): the expert's submitted sheet goes back to draft. */
export function reopenScoreSheet(
  applicationId: string,
  expertId: string,
  input: z.input<typeof ReopenBody>,
): Promise<z.output<typeof ScoreSheetView>> {
  return api.post(`/api/applications/${enc(applicationId)}/score-sheets/${enc(expertId)}/reopen`, input);
}
