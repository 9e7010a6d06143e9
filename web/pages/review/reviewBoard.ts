import type { Message } from '../../../domain/message';
import { drawPanel, isSeed } from '../../../domain/review';
import type { AwardCode } from '../../../domain/roles';
import type { EditionAward } from '../../api/editions';
import type {
  CandidateSheet,
  Conflict,
  ConflictVet,
  Expert,
  Panel,
  PanelDraw,
  PanelMember,
  Rubric,
  RubricPayload,
  SelectionCandidate,
} from '../../api/review';

/**
 * What the review administration screen derives from the server's answers, as plain functions: the awards
 * with their panels, a panel's figures, the draw recomputed from its revealed seed, who has scored which
 * candidate, and which vetting a conflict still admits.
 */

/** An award of the current edition as the review screen shows it, with its panel once formed. */
export interface ReviewAward {
  code: AwardCode;
  name: Message;
  places: number;
  /** The award's id, for its rubric and its panel; null while no answer names it. */
  awardId: string | null;
  panel: Panel | null;
}

/**
 * The edition's awards (in the edition's order) with their panels. The award's id comes from its panel:
 * `GET /api/editions/current` does not carry the awards' ids, so an award without a panel has none yet.
 */
export function reviewAwards(awards: readonly EditionAward[], panels: readonly Panel[]): ReviewAward[] {
  return awards.map((award) => {
    const panel = panels.find((p) => p.award === award.code) ?? null;
    return {
      code: award.code,
      name: award.name,
      places: award.places,
      awardId: panel?.awardId ?? null,
      panel,
    };
  });
}

/** The members who take part (not those who declined). */
export function seatedMembers(panel: Panel): PanelMember[] {
  return panel.members.filter((m) => m.status === 'seated');
}

/** A panel's figures: seats taken and sheets submitted against those expected of its seated members. */
export function panelFigures(panel: Panel) {
  const seated = seatedMembers(panel);
  return {
    seated: seated.length,
    open: Math.max(0, panel.seats - seated.length),
    submitted: seated.reduce((sum, m) => sum + m.submitted, 0),
    expected: seated.reduce((sum, m) => sum + m.expected, 0),
    drafts: seated.reduce((sum, m) => sum + m.drafts, 0),
  };
}

export type DrawCheck =
  | { state: 'committed' }
  | { state: 'verified'; order: string[] }
  | { state: 'mismatch'; order: string[] };

/**
 * The draw recomputed here, in the browser, from what the server published: the revealed seed, the pool
 * recorded at the commitment, the specialties and the conflicted experts — the same `drawPanel` the server
 * ran (domain/review/draw.ts). A revealed draw whose order this does not reproduce is flagged.
 */
export function checkDraw(draw: PanelDraw): DrawCheck {
  if (draw.status !== 'drawn' || draw.seed === null || draw.order === null) return { state: 'committed' };
  const recorded = draw.order;
  if (!isSeed(draw.seed)) return { state: 'mismatch', order: recorded };
  const { order } = drawPanel({
    seed: draw.seed,
    pool: draw.pool,
    specialties: draw.specialties,
    conflicted: new Set(draw.conflicted),
    size: draw.seats,
  });
  const same = order.length === recorded.length && order.every((id, i) => id === recorded[i]);
  return same ? { state: 'verified', order: recorded } : { state: 'mismatch', order: recorded };
}

/** Where one expert stands with one candidate. */
export type SheetCell =
  | { state: 'conflicted' }
  | { state: 'none' }
  | { state: 'draft'; reopened: boolean }
  | { state: 'submitted'; total: number | null };

export interface ProgressRow {
  candidate: SelectionCandidate;
  /** One cell per seated member, in the members' order. */
  cells: { member: PanelMember; cell: SheetCell }[];
}

/** Whether the expert stands aside from the candidate: a conflict in force, found or recorded. */
export function standsAside(
  conflicts: readonly Conflict[],
  expertId: string,
  applicationId: string,
): boolean {
  return conflicts.some(
    (c) => c.expertId === expertId && c.applicationId === applicationId && c.status === 'active',
  );
}

/** Who has scored which candidate: the candidates by the members of the panel who take part. */
export function progressRows(
  candidates: readonly SelectionCandidate[],
  members: readonly PanelMember[],
  sheets: ReadonlyMap<string, readonly CandidateSheet[]>,
  conflicts: readonly Conflict[],
): ProgressRow[] {
  return candidates.map((candidate) => ({
    candidate,
    cells: members.map((member) => {
      const sheet = sheets.get(candidate.applicationId)?.find((s) => s.expertId === member.expertId);
      let cell: SheetCell;
      if (standsAside(conflicts, member.expertId, candidate.applicationId)) cell = { state: 'conflicted' };
      else if (sheet?.status === 'submitted') cell = { state: 'submitted', total: sheet.total };
      else if (sheet?.status === 'draft') cell = { state: 'draft', reopened: sheet.reopened !== null };
      else cell = { state: 'none' };
      return { member, cell };
    }),
  }));
}

/**
 * The vetting a conflict admits: one the server found (same employer or recommender) is not a record to
 * vet; one declared and not vetted yet is confirmed or dismissed; a vetted one can be dismissed while it
 * holds, and confirmed again once dismissed.
 */
export function vetChoices(conflict: Conflict): ConflictVet['decision'][] {
  if (conflict.id === null) return [];
  if (!conflict.vetted) return ['confirm', 'dismiss'];
  return conflict.status === 'active' ? ['dismiss'] : ['confirm'];
}

/** The specialties the pool's experts review, for the panel's draw to ask for. */
export function poolSpecialties(experts: readonly Expert[]): string[] {
  return [...new Set(experts.flatMap((e) => e.specialties))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

/** The pool's active experts not on the panel (neither seated nor having declined), for a manual seat. */
export function seatableExperts(experts: readonly Expert[], panel: Panel): Expert[] {
  const onPanel = new Set(panel.members.map((m) => m.expertId));
  return experts.filter((e) => e.active && !onPanel.has(e.id));
}

/** The rubric as its form edits it: each criterion's texts in both languages, as `PUT …/rubric` takes them. */
export function rubricFormValues(rubric: Rubric): RubricPayload {
  return {
    aggregation: rubric.aggregation,
    blind: rubric.blind,
    criteria: rubric.criteria.map((c) => ({
      code: c.code,
      nameZh: c.name.zh,
      nameEn: c.name.en,
      maxScore: c.maxScore,
      guidanceZh: c.guidance.zh,
      guidanceEn: c.guidance.en,
    })),
  };
}

/** The most points a sheet can give: the criteria's maxima added up. */
export function rubricMaximum(criteria: readonly { maxScore: number }[]): number {
  return criteria.reduce((sum, c) => sum + c.maxScore, 0);
}
