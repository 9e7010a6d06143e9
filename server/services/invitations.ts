import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import {
  type ApplicationDraft,
  type ApplicationField,
  candidateFields,
  omitWhereMasked,
} from '../../domain/application';
import { DomainError } from '../../domain/errors';
import { editableStatuses } from '../../domain/workflow';
import type { Sealer } from '../crypto/sealed';
import type { Executor } from '../db/database';
import { applications, awards, editions, invitations, organisations } from '../db/schema';
import { columnValues, draftToStorage, maskedValues, replaceSections } from './application-draft';
import { assertUnitMayChange } from './application-edit';
import { type AuditActor, appendAudit } from './audit';
import { type Acting, lockScopedApplication } from './workflow';

export const INVITATION_DAYS = 7;

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

const expired = new DomainError('invitation.invalid', {
  zh: '邀请链接无效、已使用、已被新链接取代或已过期，请联系所在单位重新发送',
  en: 'This link is invalid, used, replaced by a newer one or expired; ask your unit for a new one',
});

export async function createInvitation(tx: Executor, acting: Acting, applicationId: string) {
  const row = await lockScopedApplication(tx, acting.actor, applicationId);
  assertUnitMayChange(acting, row, {
    code: 'invitation.not_allowed',
    message: { zh: '只有申报单位可以邀请候选人', en: 'Only the employer unit invites the candidate' },
  });
  // One live link per application: a new one revokes the older unused ones (sent to a wrong address,
  // forwarded, lost). The application row is locked above, so parallel invitations cannot both survive.
  const revoked = await tx
    .update(invitations)
    .set({ revokedAt: acting.now })
    .where(
      and(
        eq(invitations.applicationId, applicationId),
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, acting.now),
      ),
    )
    .returning({ id: invitations.id });
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(acting.now.getTime() + INVITATION_DAYS * 86_400_000);
  const [invitation] = await tx
    .insert(invitations)
    .values({
      applicationId,
      tokenHash: tokenHash(token),
      expiresAt,
      createdBy: acting.actor.userId,
      createdAt: acting.now,
    })
    .returning({ id: invitations.id });
  await appendAudit(
    tx,
    acting.audit,
    {
      action: 'invitation.create',
      objectType: 'application',
      objectId: applicationId,
      detail: { invitationId: invitation?.id, revoked: revoked.map((r) => r.id) },
    },
    acting.now,
  );
  return { token, expiresAt };
}

async function openInvitation(tx: Executor, token: string, now: Date, lock: boolean) {
  const query = tx
    .select({
      invitation: invitations,
      application: applications,
      award: awards.code,
      employerZh: organisations.nameZh,
      employerEn: organisations.nameEn,
    })
    .from(invitations)
    .innerJoin(applications, eq(applications.id, invitations.applicationId))
    .innerJoin(awards, eq(awards.id, applications.awardId))
    .innerJoin(organisations, eq(organisations.id, applications.employerId))
    .where(
      and(
        eq(invitations.tokenHash, tokenHash(token)),
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    );
  const [found] = lock ? await query.for('update') : await query;
  if (!found || !editableStatuses.includes(found.application.status)) throw expired;
  return found;
}

/** What the candidate sees: the personal part as the unit has it, personal numbers masked. */
export async function invitationView(tx: Executor, token: string, now: Date) {
  const { application, award, employerZh, employerEn, invitation } = await openInvitation(
    tx,
    token,
    now,
    false,
  );
  // The plain columns only: the sealed numbers are shown as masks beside them, the history not at all.
  const stored: Partial<Record<ApplicationField, unknown>> = omitWhereMasked(columnValues(application));
  const draft: Record<string, unknown> = {};
  for (const field of candidateFields) {
    const value = stored[field];
    if (value !== undefined && value !== '') draft[field] = value;
  }
  const [edition] = await tx
    .select({ referenceDate: editions.referenceDate })
    .from(editions)
    .where(eq(editions.id, application.editionId));
  return {
    application: { name: application.name, award, employer: { zh: employerZh, en: employerEn } },
    referenceDate: edition?.referenceDate ?? null,
    masked: maskedValues(application),
    draft,
    expiresAt: new Date(invitation.expiresAt).toISOString(),
  };
}

/** The candidate's answer: written into the draft once; the link is then used up. */
export async function submitInvitation(
  tx: Executor,
  sealer: Sealer,
  audit: AuditActor,
  token: string,
  draft: Partial<ApplicationDraft>,
  now: Date,
) {
  const { invitation, application } = await openInvitation(tx, token, now, true);
  const { columns, sections } = draftToStorage(sealer, draft, application);
  await tx
    .update(applications)
    .set({ ...columns, version: application.version + 1, updatedAt: now })
    .where(eq(applications.id, application.id));
  await replaceSections(tx, application.id, sections);
  await tx.update(invitations).set({ usedAt: now }).where(eq(invitations.id, invitation.id));
  await appendAudit(
    tx,
    { ...audit, userId: null, organisationId: null, role: 'candidate' },
    {
      action: 'application.candidate_update',
      objectType: 'application',
      objectId: application.id,
      detail: { invitationId: invitation.id, fields: Object.keys(draft).sort() },
    },
    now,
  );
}
