import { and, count, eq, ne } from 'drizzle-orm';
import type { ApplicationDraft } from '../../domain/application';
import { annex2FieldLabels, MAX_APPLICATIONS_PER_UNIT_AND_AWARD } from '../../domain/application';
import { DomainError } from '../../domain/errors';
import type { Message } from '../../domain/message';
import { editableStatuses } from '../../domain/workflow';
import type { Executor } from '../db/database';
import {
  applicationEntries,
  applications,
  attachments,
  invitations,
  issuedDocuments,
  organisations,
  workflowEvents,
} from '../db/schema';
import { can } from '../policies/application';
import { draftToStorage, replaceSections } from './application-draft';
import { appendAudit } from './audit';
import { currentEdition, editionById } from './editions-query';
import type { Acting } from './workflow';

type ApplicationRow = typeof applications.$inferSelect;

/**
 * Only the officer of the unit that owns the application changes it (form, attachments), and only while it
 * is a draft or back with the unit. `notYours` says what the caller may not do, in their language.
 */
export function assertUnitMayChange(
  acting: Acting,
  row: ApplicationRow,
  notYours: { code: string; message: Message },
) {
  if (!can(acting.actor, 'change', row)) {
    throw new DomainError(notYours.code, notYours.message);
  }
  assertEditable(row);
}

/** The form and its papers change only while the application is a draft or back with the unit. */
export function assertEditable(row: ApplicationRow) {
  if (!editableStatuses.includes(row.status)) {
    throw new DomainError('application.not_editable', {
      zh: '申报已提交，不能再修改；如需修改请由上级退回',
      en: 'The application has moved on and can no longer be changed',
    });
  }
}

const onePersonPerEdition = new DomainError(
  'person.both_awards',
  {
    zh: '该身份证号码在本届评选中已有申报（同一候选人不得同时申报长春技能大奖和长春技术能手）',
    en: 'This ID number already has an application in this edition (one person, one award)',
  },
  {
    fields: [
      {
        path: 'idNumber',
        code: 'person.both_awards',
        message: { zh: '本届已有申报', en: 'Already applied this edition' },
      },
    ],
  },
);

/** The database's unique index is the last word on "one person, one application per edition". */
function translateConflict(error: unknown): never {
  const cause =
    (error as { cause?: { code?: string; constraint?: string } }).cause ??
    (error as { code?: string; constraint?: string });
  if (
    cause?.code === '23505' &&
    String(cause.constraint ?? (error as Error).message).includes('applications_one_per_person')
  ) {
    throw onePersonPerEdition;
  }
  throw error;
}

function requireField(draft: Partial<ApplicationDraft>, field: 'award' | 'name') {
  if (draft[field]) return;
  const message = {
    zh: `请填写${annex2FieldLabels[field]?.zh ?? field}`,
    en: `${annex2FieldLabels[field]?.en ?? field} is required`,
  };
  throw new DomainError('validation.failed', message, {
    fields: [
      {
        path: field,
        code: 'validation.required',
        message: { zh: '此项为必填项', en: 'This field is required' },
      },
    ],
  });
}

/** Refuses a unit's next application for an award once it holds the maximum (the unit row is locked). */
async function assertRoomForApplication(tx: Executor, unitId: string, awardId: string) {
  const [held] = await tx
    .select({ n: count() })
    .from(applications)
    .where(
      and(
        eq(applications.employerId, unitId),
        eq(applications.awardId, awardId),
        ne(applications.status, 'withdrawn'),
      ),
    );
  if (Number(held?.n ?? 0) < MAX_APPLICATIONS_PER_UNIT_AND_AWARD) return;
  throw new DomainError('application.too_many', {
    zh: `本单位该奖项已有 ${MAX_APPLICATIONS_PER_UNIT_AND_AWARD} 份申报（不含已撤回的），不能再新建；请先删除不用的草稿`,
    en: `This unit already has ${MAX_APPLICATIONS_PER_UNIT_AND_AWARD} applications for this award (withdrawn ones aside); delete unused drafts first`,
  });
}

/** A new draft in the current edition, owned by the caller's unit (an SOE or school recommends itself). */
export async function createApplication(tx: Executor, acting: Acting, draft: Partial<ApplicationDraft>) {
  requireField(draft, 'award');
  requireField(draft, 'name');
  const edition = await currentEdition(tx);
  const award = edition.awards.find((a) => a.code === draft.award);
  if (!award)
    throw new DomainError('award.unknown', { zh: '本届没有该奖项', en: 'No such award in this edition' });
  // Locked so that parallel creates of one unit count one after the other (NO KEY UPDATE: rows that
  // merely reference the unit are not held up).
  const [unit] = await tx
    .select()
    .from(organisations)
    .where(eq(organisations.id, acting.actor.organisationId))
    .for('no key update');
  const recommenderId = unit?.kind === 'recommender' ? unit.id : unit?.recommenderId;
  if (!unit || !recommenderId) {
    throw new DomainError('organisation.no_recommender', {
      zh: '本单位尚未归属推荐单位，请联系市人社局',
      en: 'This unit has no recommender yet; contact the bureau',
    });
  }
  await assertRoomForApplication(tx, unit.id, award.id);
  const { columns, sections } = draftToStorage(acting.sealer, draft);
  const [row] = await tx
    .insert(applications)
    .values({
      name: draft.name ?? '',
      ...columns,
      employerName: columns.employerName ?? unit.nameZh,
      editionId: edition.id,
      awardId: award.id,
      employerId: unit.id,
      recommenderId,
      status: 'draft',
      createdBy: acting.actor.userId,
      createdAt: acting.now,
      updatedAt: acting.now,
    })
    .returning()
    .catch(translateConflict);
  if (!row) throw new Error('application insert returned nothing');
  await replaceSections(tx, row.id, sections);
  await appendAudit(
    tx,
    acting.audit,
    {
      action: 'application.create',
      objectType: 'application',
      objectId: row.id,
      detail: { award: award.code },
    },
    acting.now,
  );
  return row;
}

export async function updateApplication(
  tx: Executor,
  acting: Acting,
  row: ApplicationRow,
  input: {
    version: number;
    draft: Partial<ApplicationDraft>;
    warningJustifications?: Record<string, string>;
  },
) {
  assertUnitMayChange(acting, row, {
    code: 'application.not_editable_by_role',
    message: { zh: '只有申报单位可以修改申报表', en: 'Only the employer unit edits the form' },
  });
  if (input.version !== row.version) {
    throw new DomainError(
      'application.version_conflict',
      {
        zh: '该申报已被他人修改，请刷新后再保存',
        en: 'Someone else changed this application; reload it and save again',
      },
      { params: { current: row.version } },
    );
  }
  const { columns, sections } = draftToStorage(acting.sealer, input.draft, row);
  if (input.draft.award) {
    // the award of the application's own edition, not of whatever edition is current now
    const edition = await editionById(tx, row.editionId);
    const award = edition.awards.find((a) => a.code === input.draft.award);
    if (award) columns.awardId = award.id;
  }
  const [updated] = await tx
    .update(applications)
    .set({
      ...columns,
      ...(input.warningJustifications ? { warningJustifications: input.warningJustifications } : {}),
      version: row.version + 1,
      updatedAt: acting.now,
    })
    .where(eq(applications.id, row.id))
    .returning()
    .catch(translateConflict);
  if (!updated) throw new Error('application vanished during an update');
  await replaceSections(tx, row.id, sections);
  await appendAudit(
    tx,
    acting.audit,
    {
      action: 'application.update',
      objectType: 'application',
      objectId: row.id,
      // which fields changed, never their values (personal data stays out of the log)
      detail: { fields: Object.keys(input.draft).sort(), version: updated.version },
    },
    acting.now,
  );
  return updated;
}

/** A draft with nothing in its history (no decision recorded on it): it may go entirely. */
export function isUntouchedDraft(row: ApplicationRow, hasHistory: boolean): boolean {
  return row.status === 'draft' && !hasHistory;
}

/** A draft the unit never decided on can go entirely; afterwards only the withdraw step (kept in history). */
export async function deleteDraft(tx: Executor, acting: Acting, row: ApplicationRow) {
  if (!can(acting.actor, 'delete', row)) {
    throw new DomainError('application.not_editable_by_role', {
      zh: '只有申报单位可以删除草稿',
      en: 'Only the employer unit deletes a draft',
    });
  }
  const [event] = await tx
    .select({ id: workflowEvents.id })
    .from(workflowEvents)
    .where(eq(workflowEvents.applicationId, row.id))
    .limit(1);
  if (!isUntouchedDraft(row, event !== undefined)) {
    throw new DomainError('application.not_deletable', {
      zh: '已进入评选程序的申报不能删除，请使用“撤回”',
      en: 'An application past the draft stage cannot be deleted; withdraw it instead',
    });
  }
  const files = await tx.select().from(attachments).where(eq(attachments.applicationId, row.id));
  await tx.delete(attachments).where(eq(attachments.applicationId, row.id));
  await tx.delete(invitations).where(eq(invitations.applicationId, row.id));
  await tx.delete(issuedDocuments).where(eq(issuedDocuments.applicationId, row.id));
  await tx.delete(applicationEntries).where(eq(applicationEntries.applicationId, row.id));
  await tx.delete(applications).where(eq(applications.id, row.id));
  await appendAudit(
    tx,
    acting.audit,
    {
      action: 'application.delete',
      objectType: 'application',
      objectId: row.id,
      detail: { attachments: files.length },
    },
    acting.now,
  );
  return files.map((f) => f.storageKey);
}
