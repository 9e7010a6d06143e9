import { and, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { completeness, missingAttachmentKinds } from '../../domain/application';
import { blockingCodes, type Finding } from '../../domain/eligibility';
import {
  placeHoldingIfReported,
  placeHoldingStatuses,
  type QuotaPenalty,
  quotaFor,
} from '../../domain/quotas';
import type { AwardCode, RecommenderKind } from '../../domain/roles';
import {
  type ApplicationStatus,
  assertTransition,
  statusHolder,
  type TransitionContext,
  type TransitionName,
  transitions,
} from '../../domain/workflow';
import type { Sealer } from '../crypto/sealed';
import type { Executor } from '../db/database';
import {
  applications,
  attachments,
  awards,
  editions,
  noticeItems,
  notices,
  objections,
  organisations,
  penalties,
  quotaRules,
  workflowEvents,
} from '../db/schema';
import type { Actor } from '../plugins/context';
import { notFound } from '../plugins/errors';
import { applicationScope } from '../policies/application';
import { entriesOf, storageToDraft } from './application-draft';
import { type AuditActor, appendAudit } from './audit';
import { checkEligibility } from './eligibility';

export interface Acting {
  actor: Actor;
  audit: AuditActor;
  now: Date;
  sealer: Sealer;
}

type ApplicationRow = typeof applications.$inferSelect;

/** Loads an application in the actor's scope and locks it for the rest of the transaction (404 outside). */
export async function lockScopedApplication(tx: Executor, actor: Actor, id: string): Promise<ApplicationRow> {
  const [row] = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.id, id), applicationScope(actor)))
    .for('update');
  if (!row) throw notFound();
  return row;
}

const noticeLevelOf = { employer: 'unit', recommender: 'recommender', bureau: 'city' } as const;

/** The newest notice of the level that holds the application, with the objections still open on it. */
export async function currentNotice(tx: Executor, row: ApplicationRow) {
  const holder = statusHolder[row.status as ApplicationStatus];
  const level = holder in noticeLevelOf ? noticeLevelOf[holder as keyof typeof noticeLevelOf] : undefined;
  if (!level) return undefined;
  const [notice] = await tx
    .select({
      id: notices.id,
      endDate: notices.endDate,
      startDate: notices.startDate,
      status: notices.status,
    })
    .from(noticeItems)
    .innerJoin(notices, eq(notices.id, noticeItems.noticeId))
    .where(
      and(eq(noticeItems.applicationId, row.id), eq(notices.level, level), ne(notices.status, 'withdrawn')),
    )
    .orderBy(desc(notices.createdAt))
    .limit(1);
  if (!notice) return undefined;
  const [open] = await tx
    .select({ n: count() })
    .from(objections)
    .where(
      and(
        eq(objections.noticeId, notice.id),
        eq(objections.status, 'open'),
        sql`(${objections.applicationId} is null or ${objections.applicationId} = ${row.id})`,
      ),
    );
  return { ...notice, openObjections: Number(open?.n ?? 0) };
}

async function quotaFacts(tx: Executor, row: ApplicationRow) {
  const [award] = await tx.select().from(awards).where(eq(awards.id, row.awardId));
  const [recommender] = await tx.select().from(organisations).where(eq(organisations.id, row.recommenderId));
  const [edition] = await tx.select().from(editions).where(eq(editions.id, row.editionId));
  if (!award || !recommender?.recommenderKind || !edition) return undefined;
  const rules = await tx
    .select({ kind: quotaRules.recommenderKind, code: awards.code, places: quotaRules.places })
    .from(quotaRules)
    .innerJoin(awards, eq(awards.id, quotaRules.awardId))
    .where(eq(quotaRules.editionId, row.editionId));
  const table = {} as Record<RecommenderKind, Record<AwardCode, number>>;
  for (const rule of rules) {
    table[rule.kind as RecommenderKind] ??= {} as Record<AwardCode, number>;
    table[rule.kind as RecommenderKind][rule.code as AwardCode] = rule.places;
  }
  // Penalties imposed in the previous edition bind this one (seed §三(二)4).
  const carried = edition.previousEditionId
    ? await tx
        .select()
        .from(penalties)
        .where(
          and(
            eq(penalties.organisationId, recommender.id),
            eq(penalties.imposedInEditionId, edition.previousEditionId),
          ),
        )
    : [];
  const quota = quotaFor({
    table,
    recommenderKind: recommender.recommenderKind as RecommenderKind,
    award: award.code as AwardCode,
    penalties: carried.map(
      (p): QuotaPenalty =>
        p.kind === 'disqualification'
          ? { kind: 'disqualification', reason: p.reason }
          : {
              kind: 'quota_reduction',
              reduction: p.reduction,
              reason: p.reason,
              ...(p.awardCode ? { awardCode: p.awardCode as AwardCode } : {}),
            },
    ),
  });
  // domain/quotas `holdsQuotaPlace`, as SQL: a place is held only by what reached the bureau.
  const [used] = await tx
    .select({ n: count() })
    .from(applications)
    .where(
      and(
        eq(applications.recommenderId, row.recommenderId),
        eq(applications.awardId, row.awardId),
        ne(applications.id, row.id),
        sql`(${inArray(applications.status, [...placeHoldingStatuses])} or (${inArray(applications.status, [...placeHoldingIfReported])} and exists (
          select 1 from ${workflowEvents} where ${workflowEvents.applicationId} = ${applications.id}
          and ${workflowEvents.toStatus} = 'at_bureau')))`,
      ),
    );
  return { used: Number(used?.n ?? 0), places: quota.places };
}

/** Everything the guards of the workflow read, gathered from the database for one application. */
export async function transitionContext(
  tx: Executor,
  row: ApplicationRow,
  acting: Pick<Acting, 'now' | 'sealer'>,
  options: {
    guards: readonly string[];
    reason?: string;
    notice?: TransitionContext['notice'];
    /** The eligibility findings when the caller has just computed them (the detail view does). */
    findings?: readonly Finding[];
  },
): Promise<TransitionContext> {
  const [edition] = await tx.select().from(editions).where(eq(editions.id, row.editionId));
  const [award] = await tx.select({ code: awards.code }).from(awards).where(eq(awards.id, row.awardId));
  const { guards } = options;
  const context: TransitionContext = {
    now: acting.now,
    reason: options.reason,
    editionOpen: edition?.status === 'published',
    submissionWindow: edition && { start: edition.submissionStart, end: edition.submissionEnd },
    bankAccountPresent: Boolean(row.bankAccountEnc),
  };
  const holder = statusHolder[row.status as ApplicationStatus];
  context.rank = holder === 'recommender' ? row.recommenderRank : row.unitRank;
  if (options.notice) context.notice = options.notice;
  else {
    const notice = await currentNotice(tx, row);
    if (notice) context.notice = { endDate: notice.endDate, openObjections: notice.openObjections };
  }
  if (guards.includes('materials_complete') || guards.includes('eligibility_clean')) {
    const draft = storageToDraft(row, await entriesOf(tx, row.id), award?.code as AwardCode, {
      sealer: acting.sealer,
      reveal: true,
    });
    const kinds = await tx
      .select({ kind: attachments.kind })
      .from(attachments)
      .where(eq(attachments.applicationId, row.id));
    context.materialsComplete =
      completeness(draft).missing.length === 0 &&
      missingAttachmentKinds(kinds.map((k) => k.kind)).length === 0;
    const findings =
      options.findings ??
      (await checkEligibility(tx, acting.sealer, draft, {
        now: acting.now,
        editionId: row.editionId,
        excludeApplicationId: row.id,
      }));
    // A warning needs a written justification (e.g. a grand-award candidate who is not a former expert).
    const unjustified = findings
      .filter((f) => f.severity === 'warning' && !row.warningJustifications[f.code]?.trim())
      .map((f) => f.code);
    context.eligibilityErrors = blockingCodes(findings);
    context.unjustifiedWarnings = unjustified;
  }
  if (guards.includes('within_quota')) context.quota = await quotaFacts(tx, row);
  return context;
}

/**
 * Moves one application through one transition: checks it with the domain machine (refusing with the
 * rule's code), writes the new status, the history event and the audit entry — in the caller's transaction.
 */
export async function applyTransition(
  tx: Executor,
  acting: Acting,
  row: ApplicationRow,
  name: TransitionName,
  input: {
    reason?: string;
    data?: Record<string, unknown>;
    notice?: TransitionContext['notice'];
    set?: Partial<typeof applications.$inferInsert>;
  } = {},
): Promise<ApplicationRow> {
  const context = await transitionContext(tx, row, acting, {
    guards: transitions[name].guards,
    reason: input.reason,
    notice: input.notice,
  });
  const result = assertTransition(
    name,
    {
      status: row.status as ApplicationStatus,
      employerOrgId: row.employerId,
      recommenderOrgId: row.recommenderId,
    },
    { role: acting.actor.role, organisationId: acting.actor.organisationId },
    context,
  );
  const [updated] = await tx
    .update(applications)
    .set({
      ...input.set,
      status: result.to,
      statusReason: input.reason ?? null,
      version: row.version + 1,
      updatedAt: acting.now,
    })
    .where(eq(applications.id, row.id))
    .returning();
  if (!updated) throw new Error('application vanished during a transition');
  await tx.insert(workflowEvents).values({
    applicationId: row.id,
    transition: name,
    fromStatus: result.from,
    toStatus: result.to,
    actorUserId: acting.actor.userId,
    actorOrganisationId: acting.actor.organisationId,
    actorRole: acting.actor.role,
    reason: input.reason ?? null,
    data: input.data ?? {},
    at: acting.now,
  });
  await appendAudit(
    tx,
    acting.audit,
    {
      action: `application.${name}`,
      objectType: 'application',
      objectId: row.id,
      detail: {
        from: result.from,
        to: result.to,
        ...(input.reason ? { reason: input.reason } : {}),
        ...input.data,
      },
    },
    acting.now,
  );
  return updated;
}
