import type { Readable } from 'node:stream';
import { and, eq, sql, sum } from 'drizzle-orm';
import {
  attachmentKinds,
  MAX_APPLICATION_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_APPLICATION,
} from '../../domain/application';
import { DomainError } from '../../domain/errors';
import { blindFileName, isWithheldInBlindReview } from '../../domain/review/blind';
import { isOneOf } from '../../domain/validation';
import type { Db, Executor, Tx } from '../db/database';
import { type applications, attachments, collectiveDecisions } from '../db/schema';
import { notFound } from '../plugins/errors';
import { type AttachmentAction, can, ownsMinutes } from '../policies/attachment';
import type { FileStorage } from '../storage/storage';
import { assertEditable } from './application-edit';
import { appendAudit } from './audit';
import { readsBlind } from './blind-labels';
import { minutesOfApplications } from './decision-minutes';
import { receiveFile } from './received-file';
import { type Acting, loadScopedApplication, lockScopedApplication } from './workflow';

export interface Upload {
  kind: string;
  declassified: boolean;
  /** Checked and shortened by `attachmentFileNameSchema`. */
  fileName: string;
  stream: Readable;
}

const tooMany = () =>
  new DomainError('attachment.too_many', {
    zh: `每份申报最多 ${MAX_ATTACHMENTS_PER_APPLICATION} 个文件`,
    en: `At most ${MAX_ATTACHMENTS_PER_APPLICATION} files per application`,
  });
const applicationFull = () =>
  new DomainError('attachment.application_too_large', {
    zh: '该申报的材料总量已超过 100 MB',
    en: 'The attachments of this application exceed 100 MB',
  });
const fileTooLarge = () =>
  new DomainError('attachment.too_large', {
    zh: '单个文件不能超过 20 MB',
    en: 'A file may be at most 20 MB',
  });

/**
 * Locks the application (in the actor's scope, editable by them) and answers how many bytes its files
 * may still take; refuses when no file fits any more. Under the lock the answer holds until commit.
 */
async function lockRoom(tx: Tx, acting: Acting, applicationId: string, kind: string) {
  const row = await lockScopedApplication(tx, acting.actor, applicationId);
  assertMayChangeAttachments(acting, row, 'add', kind);
  const [totals] = await tx
    .select({ used: sum(attachments.sizeBytes), n: sql<number>`count(*)` })
    .from(attachments)
    .where(eq(attachments.applicationId, applicationId));
  if (Number(totals?.n ?? 0) >= MAX_ATTACHMENTS_PER_APPLICATION) throw tooMany();
  return { row, room: MAX_APPLICATION_ATTACHMENT_BYTES - Number(totals?.used ?? 0) };
}

/**
 * Stores an uploaded file of an application: recognised by its bytes, an image decoded whole, within the
 * per-file and per-application limits. The bytes are written aside first; then one transaction locks the
 * application, checks the room again (parallel uploads wait for each other here), inserts the row and its
 * audit entry and gives the file its name. A refused or broken upload leaves neither a file nor a row.
 */
export async function storeAttachment(
  db: Db,
  storage: FileStorage,
  acting: Acting,
  applicationId: string,
  upload: Upload,
) {
  const { kind } = upload;
  if (!isOneOf(attachmentKinds, kind)) {
    throw new DomainError(
      'attachment.kind_unknown',
      { zh: '未知的材料类型', en: 'Unknown kind of attachment' },
      {
        fields: [
          {
            path: 'kind',
            code: 'attachment.kind_unknown',
            message: { zh: '未知的材料类型', en: 'Unknown kind' },
          },
        ],
      },
    );
  }
  // Permission and room are checked before a byte is written, to refuse early; the check that counts
  // is the one at the insert.
  let room: number;
  try {
    ({ room } = await db.transaction((tx) => lockRoom(tx, acting, applicationId, upload.kind)));
    if (room <= 0) throw applicationFull();
  } catch (error) {
    upload.stream.resume();
    throw error;
  }
  const { staged, mimeType } = await receiveFile(storage, upload.stream, {
    maxBytes: Math.min(MAX_ATTACHMENT_BYTES, room),
    photo: kind === 'photo',
    tooLarge: (maxBytes) => (maxBytes < MAX_ATTACHMENT_BYTES ? applicationFull() : fileTooLarge()),
  });
  try {
    return await db.transaction(async (tx) => {
      const { row, room } = await lockRoom(tx, acting, applicationId, upload.kind);
      if (staged.sizeBytes > room) throw applicationFull();
      const [created] = await tx
        .insert(attachments)
        .values({
          applicationId,
          // the minutes of a level's collective decision are that level's own paper
          ownerOrganisationId: ownsMinutes(acting.actor, row, upload.kind)
            ? acting.actor.organisationId
            : row.employerId,
          kind,
          fileName: upload.fileName,
          mimeType,
          sizeBytes: staged.sizeBytes,
          sha256: staged.sha256,
          storageKey: staged.key,
          declassified: upload.declassified,
          uploadedBy: acting.actor.userId,
          createdAt: acting.now,
        })
        .returning();
      if (!created) throw new Error('attachment insert returned nothing');
      await appendAudit(
        tx,
        acting.audit,
        {
          action: 'attachment.upload',
          objectType: 'attachment',
          objectId: created.id,
          detail: { applicationId, kind, sizeBytes: staged.sizeBytes, sha256: staged.sha256 },
        },
        acting.now,
      );
      // Last, so that the file has its name when the row commits; if the commit fails it goes again.
      await staged.commit();
      return created;
    });
  } catch (error) {
    // no row, so no file either
    await staged.discard();
    throw error;
  }
}

/**
 * The attachments policy says who may add or remove (`policies/attachment.ts`); an addition other than a
 * level's own minutes, and every removal, also needs a status in which the unit may still edit.
 */
export function assertMayChangeAttachments(
  acting: Acting,
  row: typeof applications.$inferSelect,
  action: AttachmentAction,
  kind?: string,
) {
  if (action === 'add' && ownsMinutes(acting.actor, row, kind)) return;
  if (!can(acting.actor, action, row, kind)) {
    throw new DomainError('attachment.not_allowed', {
      zh: '只有申报单位可以上传或删除材料',
      en: 'Only the employer unit adds or removes attachments',
    });
  }
  assertEditable(row);
}

export async function findAttachment(db: Db, acting: Acting, applicationId: string, attachmentId: string) {
  return db.transaction(async (tx) => {
    // a read: the application is not locked
    const row = await loadScopedApplication(tx, acting.actor, applicationId);
    const [file] = await tx
      .select()
      .from(attachments)
      .where(and(eq(attachments.id, attachmentId), eq(attachments.applicationId, applicationId)));
    // a blind review withholds the identity papers: to its expert they are not there
    if (await readsBlind(tx, acting, row.awardId)) {
      if (!file || isWithheldInBlindReview(file.kind)) throw notFound();
      const shown = await audited(tx, acting, applicationId, file);
      return { ...shown, fileName: blindFileName(file.kind, file.fileName) };
    }
    // or the minutes of a decision recorded on it (the decision's one file for all it covers)
    const minutes = file
      ? undefined
      : (await minutesOfApplications(tx, [applicationId])).find((m) => m.attachment.id === attachmentId)
          ?.attachment;
    if (!file && !minutes) throw notFound();
    return audited(tx, acting, applicationId, (file ?? minutes) as typeof attachments.$inferSelect);
  });
}

async function audited(
  tx: Executor,
  acting: Acting,
  applicationId: string,
  file: typeof attachments.$inferSelect,
) {
  // attachments are ID card scans, certificates, bank papers: every read of one is on record
  await appendAudit(
    tx,
    acting.audit,
    {
      action: 'attachment.download',
      objectType: 'attachment',
      objectId: file.id,
      detail: { applicationId, kind: file.kind },
    },
    acting.now,
  );
  return file;
}

export async function deleteAttachment(
  db: Db,
  storage: FileStorage,
  acting: Acting,
  applicationId: string,
  attachmentId: string,
) {
  const key = await db.transaction(async (tx) => {
    const row = await lockScopedApplication(tx, acting.actor, applicationId);
    assertMayChangeAttachments(acting, row, 'remove');
    const [file] = await tx
      .select()
      .from(attachments)
      .where(and(eq(attachments.id, attachmentId), eq(attachments.applicationId, applicationId)));
    if (!file) throw notFound();
    const [minutesOf] = await tx
      .select({ id: collectiveDecisions.id })
      .from(collectiveDecisions)
      .where(eq(collectiveDecisions.minutesAttachmentId, attachmentId));
    if (minutesOf) {
      throw new DomainError('attachment.in_use', {
        zh: '该会议纪要已用于集体研究决定，不能删除',
        en: 'These minutes belong to a recorded decision and cannot be removed',
      });
    }
    await tx.delete(attachments).where(eq(attachments.id, attachmentId));
    await appendAudit(
      tx,
      acting.audit,
      {
        action: 'attachment.delete',
        objectType: 'attachment',
        objectId: attachmentId,
        detail: { applicationId, kind: file.kind, sha256: file.sha256 },
      },
      acting.now,
    );
    return file.storageKey;
  });
  await storage.delete(key);
}
