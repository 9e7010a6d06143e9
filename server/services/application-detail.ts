import { and, asc, eq, sql } from 'drizzle-orm';
import { awardLabels, completeness, missingAttachmentKinds } from '../../domain/application';
import type { AttachmentKind } from '../../domain/application/attachments';
import type { ApplicationDraft } from '../../domain/application/schema';
import { birthYearOf } from '../../domain/people';
import { blindDraft, blindFileName, isWithheldInBlindReview } from '../../domain/review/blind';
import type { AwardCode } from '../../domain/roles';
import { editableStatuses, stepLevels, suggestedReportOpinion } from '../../domain/workflow';
import type { Executor } from '../db/database';
import {
  type applications,
  attachments,
  awards,
  noticeItems,
  notices,
  objections,
  users,
  workflowEvents,
} from '../db/schema';
import { can } from '../policies/application';
import { currentNotice, noticeOutcome } from '../workflow/facts';
import { entriesOf, maskedValues, storageToDraft } from './application-draft';
import { isUntouchedDraft } from './application-edit';
import { type ApplicationSummaryRow, blindSummary, loadScopedSummary } from './applications';
import { appendAudit } from './audit';
import { blindLabelOf } from './blind-labels';
import { minutesOfApplications } from './decision-minutes';
import { checkEligibility } from './eligibility';
import { judgeOfferedMoves } from './move-checks';
import type { Acting } from './workflow';

type ApplicationRow = typeof applications.$inferSelect;

export function attachmentView(a: typeof attachments.$inferSelect) {
  return {
    id: a.id,
    kind: a.kind,
    fileName: a.fileName,
    mimeType: a.mimeType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    declassified: a.declassified,
    createdAt: new Date(a.createdAt).toISOString(),
  };
}

/**
 * The opinion pre-filled for the level about to report the candidate upwards (the unit or the recommender:
 * whichever the caller is offered the report of), stating how its notice went; null for anyone else.
 */
async function opinionToSuggest(
  tx: Executor,
  row: ApplicationRow,
  offered: readonly string[],
  award: AwardCode | undefined,
  notice: Awaited<ReturnType<typeof currentNotice>>,
): Promise<string | null> {
  const level = (['unit', 'recommender'] as const).find((l) => offered.includes(stepLevels[l].report));
  if (!level || !award) return null;
  return suggestedReportOpinion(level, {
    name: row.name,
    award: awardLabels[award].zh,
    notice: await noticeOutcome(tx, row, notice),
  });
}

/**
 * The full view of one application for its form and detail page: the draft, what the rules find, what is
 * missing, what the caller may do next and why not, and its history. A read of personal data in clear
 * is audited.
 */
export async function applicationDetail(tx: Executor, acting: Acting, row: ApplicationRow) {
  const summary = await loadScopedSummary(tx, acting.actor, row.id);
  const [award] = await tx
    .select({ code: awards.code, blind: awards.blind })
    .from(awards)
    .where(eq(awards.id, row.awardId));
  const reveal = can(acting.actor, 'revealPersonal', row);
  const entries = await entriesOf(tx, row.id);
  const draft = storageToDraft(row, entries, award?.code as AwardCode, { sealer: acting.sealer, reveal });
  const clearDraft = reveal
    ? draft
    : storageToDraft(row, entries, award?.code as AwardCode, { sealer: acting.sealer, reveal: true });
  const files = await tx
    .select()
    .from(attachments)
    .where(eq(attachments.applicationId, row.id))
    .orderBy(asc(attachments.createdAt));
  const attachmentKinds = files.map((file) => file.kind);
  // the minutes of the decisions taken on it: the decision's one file, listed with each application it covers
  for (const { attachment } of await minutesOfApplications(tx, [row.id])) files.push(attachment);
  const findings = await checkEligibility(tx, acting.sealer, clearDraft, {
    now: acting.now,
    editionId: row.editionId,
    excludeApplicationId: row.id,
  });
  // only the moves this caller is offered, and only the facts their guards read; a read locks nothing
  const { actor } = acting;
  const { offered, allowed } = await judgeOfferedMoves(tx, acting, row, {
    draft: clearDraft,
    attachmentKinds,
    findings,
  });
  const notice = await currentNotice(tx, row);
  const suggestedOpinion = await opinionToSuggest(tx, row, offered, award?.code, notice);
  const history = await tx
    .select({
      transition: workflowEvents.transition,
      fromStatus: workflowEvents.fromStatus,
      toStatus: workflowEvents.toStatus,
      actorRole: workflowEvents.actorRole,
      actorName: users.displayName,
      reason: workflowEvents.reason,
      at: workflowEvents.at,
    })
    .from(workflowEvents)
    .leftJoin(users, eq(users.id, workflowEvents.actorUserId))
    .where(eq(workflowEvents.applicationId, row.id))
    .orderBy(asc(workflowEvents.at));
  const objectionEvents = await tx
    .select({
      level: notices.level,
      receivedAt: objections.receivedAt,
      status: objections.status,
      handledAt: objections.handledAt,
      handling: objections.handling,
    })
    .from(objections)
    .innerJoin(notices, eq(notices.id, objections.noticeId))
    .innerJoin(noticeItems, and(eq(noticeItems.noticeId, notices.id), eq(noticeItems.applicationId, row.id)))
    .where(sql`(${objections.applicationId} is null or ${objections.applicationId} = ${row.id})`)
    .orderBy(asc(objections.receivedAt));
  if (reveal) {
    await appendAudit(
      tx,
      acting.audit,
      { action: 'application.personal_data_read', objectType: 'application', objectId: row.id },
      acting.now,
    );
  }
  const detail = {
    ...summary,
    version: row.version,
    draft,
    masked: {
      ...maskedValues(row),
      // where the ID number is masked the exact birth date is left out too: the year is enough to read
      birthYear: birthYearOf(row.birthDate),
    },
    findings,
    warningJustifications: row.warningJustifications,
    completeness: completeness(clearDraft),
    attachments: files.map(attachmentView),
    missingAttachments: missingAttachmentKinds(files.map((f) => f.kind)),
    unitOpinion: row.unitOpinion,
    notice: notice
      ? {
          id: notice.id,
          startDate: notice.startDate,
          endDate: notice.endDate,
          status: notice.status,
          openObjections: notice.openObjections,
        }
      : null,
    allowedTransitions: allowed.map((t) => ({
      name: t.name,
      to: t.to,
      label: t.label,
      requiresReason: t.requiresReason,
      blockedBy: t.blockedBy.map((b) => ({ code: b.code, message: b.message })),
    })),
    suggestedOpinion,
    may: {
      change: can(actor, 'change', row),
      edit: can(actor, 'change', row) && editableStatuses.includes(row.status),
      delete: can(actor, 'delete', row) && isUntouchedDraft(row, history.length > 0),
      seePersonal: reveal,
    },
    history: history.map((h) => ({ ...h, at: new Date(h.at).toISOString() })),
    objections: objectionEvents.map((o) => ({
      ...o,
      receivedAt: new Date(o.receivedAt).toISOString(),
      handledAt: o.handledAt ? new Date(o.handledAt).toISOString() : null,
    })),
  };
  return actor.role === 'expert' && award?.blind ? blindDetail(detail, await blindLabelOf(tx, row)) : detail;
}

/**
 * The detail as an expert of a blind review sees it (domain/review `blindDraft`): the label for the name,
 * no unit, no masked numbers, no opinions or names of those who moved it, the identity papers withheld.
 */
function blindDetail<
  D extends ApplicationSummaryRow & {
    draft: ApplicationDraft;
    masked: object;
    attachments: { kind: AttachmentKind; fileName: string }[];
    history: { actorName: string | null; reason: string | null }[];
  },
>(detail: D, label: string): D {
  const seen = new Map<AttachmentKind, number>();
  return {
    ...blindSummary(detail, label),
    suggestedOpinion: null,
    draft: blindDraft(detail.draft, label),
    masked: { ...detail.masked, idNumber: null, bankAccount: null, mobile: null, landline: null },
    attachments: detail.attachments
      .filter((a) => !isWithheldInBlindReview(a.kind))
      .map((a) => {
        const n = (seen.get(a.kind) ?? 0) + 1;
        seen.set(a.kind, n);
        return { ...a, fileName: blindFileName(a.kind, a.fileName, n) };
      }),
    history: detail.history.map((h) => ({ ...h, actorName: null, reason: null })),
  };
}
