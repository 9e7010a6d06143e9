import type { Readable } from 'node:stream';
import { and, eq, inArray, isNull, lt, notExists, sql } from 'drizzle-orm';
import { MAX_ATTACHMENT_BYTES } from '../../domain/application';
import { DomainError } from '../../domain/errors';
import { stepLevelNames, stepLevels } from '../../domain/workflow';
import type { Db, Executor } from '../db/database';
import { attachments, collectiveDecisions, recommenderReviews, workflowEvents } from '../db/schema';
import type { FileStorage } from '../storage/storage';
import { appendAudit } from './audit';
import { receiveFile } from './received-file';
import type { Acting } from './workflow';

/**
 * The minutes of a collective decision (领导集体研究会议纪要) belong to the decision, not to one candidate:
 * they are uploaded on their own, owned by the deciding organisation and on no application, and the decision
 * that names them links them to every application it covers. Minutes no decision took up within a day
 * (a refused decision, an abandoned form) are removed the next time the organisation uploads minutes.
 */
const UNCLAIMED_HOURS = 24;

/** The moves that record a level's collective decision (the city level has none). */
const decideTransitions = stepLevelNames.flatMap((level) => {
  const decide = stepLevels[level].decide;
  return decide === null ? [] : [decide];
});

const fileTooLarge = () =>
  new DomainError('attachment.too_large', {
    zh: '单个文件不能超过 20 MB',
    en: 'A file may be at most 20 MB',
  });

/**
 * The files of an organisation's steps, each with the record that takes it up: the minutes of a decision,
 * the experts' signed review opinion (专家评审意见书) of a recommender's review. A file no record names is
 * unclaimed.
 */
const stepFiles = {
  decision_minutes: {
    unclaimed: () =>
      notExists(
        sql`(select 1 from ${collectiveDecisions} where ${collectiveDecisions.minutesAttachmentId} = ${attachments.id})`,
      ),
    auditAction: 'decision.minutes_upload',
  },
  review_opinion: {
    unclaimed: () =>
      notExists(
        sql`(select 1 from ${recommenderReviews} where ${recommenderReviews.opinionAttachmentId} = ${attachments.id})`,
      ),
    auditAction: 'recommender_review.opinion_upload',
  },
} as const;
export type StepFileKind = keyof typeof stepFiles;

export function storeDecisionMinutes(
  db: Db,
  storage: FileStorage,
  acting: Acting,
  upload: { fileName: string; stream: Readable },
) {
  return storeStepFile(db, storage, acting, upload, 'decision_minutes');
}

/** Stores a step's file on its own, owned by the caller's organisation and on no application. */
export async function storeStepFile(
  db: Db,
  storage: FileStorage,
  acting: Acting,
  upload: { fileName: string; stream: Readable },
  kind: StepFileKind,
) {
  const { staged, mimeType } = await receiveFile(storage, upload.stream, {
    maxBytes: MAX_ATTACHMENT_BYTES,
    photo: false,
    tooLarge: fileTooLarge,
  });
  let stale: string[] = [];
  try {
    const created = await db.transaction(async (tx) => {
      const cutoff = new Date(acting.now.getTime() - UNCLAIMED_HOURS * 3_600_000);
      const removed = await tx
        .delete(attachments)
        .where(
          and(
            eq(attachments.ownerOrganisationId, acting.actor.organisationId),
            eq(attachments.kind, kind),
            isNull(attachments.applicationId),
            lt(attachments.createdAt, cutoff),
            stepFiles[kind].unclaimed(),
          ),
        )
        .returning({ id: attachments.id, storageKey: attachments.storageKey });
      stale = removed.map((r) => r.storageKey);
      const [row] = await tx
        .insert(attachments)
        .values({
          applicationId: null,
          ownerOrganisationId: acting.actor.organisationId,
          kind,
          fileName: upload.fileName,
          mimeType,
          sizeBytes: staged.sizeBytes,
          sha256: staged.sha256,
          storageKey: staged.key,
          uploadedBy: acting.actor.userId,
          createdAt: acting.now,
        })
        .returning();
      if (!row) throw new Error('step file insert returned nothing');
      await appendAudit(
        tx,
        acting.audit,
        {
          action: stepFiles[kind].auditAction,
          objectType: 'attachment',
          objectId: row.id,
          detail: { sizeBytes: staged.sizeBytes, sha256: staged.sha256, removedUnclaimed: removed.length },
        },
        acting.now,
      );
      await staged.commit();
      return row;
    });
    // the rows are gone: their files follow (a failure here leaves a file no row names, never the reverse)
    await Promise.all(stale.map((key) => storage.delete(key).catch(() => undefined)));
    return created;
  } catch (error) {
    await staged.discard();
    throw error;
  }
}

/** The minutes of the decisions recorded on these applications, per application (one file for all). */
export async function minutesOfApplications(tx: Executor, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return [];
  return tx
    .selectDistinct({ applicationId: workflowEvents.applicationId, attachment: attachments })
    .from(workflowEvents)
    .innerJoin(
      collectiveDecisions,
      sql`${collectiveDecisions.id} = (${workflowEvents.data} ->> 'decisionId')::uuid`,
    )
    .innerJoin(attachments, eq(attachments.id, collectiveDecisions.minutesAttachmentId))
    .where(
      and(
        inArray(workflowEvents.applicationId, [...applicationIds]),
        isNull(attachments.applicationId),
        inArray(workflowEvents.transition, decideTransitions),
      ),
    );
}
