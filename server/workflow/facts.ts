import { and, count, desc, eq, inArray, ne, not, sql } from 'drizzle-orm';
import { type ApplicationDraft, completeness, missingAttachmentKinds } from '../../domain/application';
import { blockingCodes, type Finding } from '../../domain/eligibility';
import { awardPlaceIfProposed, awardPlaceStatuses } from '../../domain/quotas';
import type { AwardCode } from '../../domain/roles';
import {
  type GuardCode,
  type NoticeOutcome,
  type StepLevel,
  statusHolder,
  stepLevelOf,
  stepLevels,
  type TransitionContext,
} from '../../domain/workflow';
import type { Sealer } from '../crypto/sealed';
import type { Executor } from '../db/database';
import {
  applications,
  approvals,
  attachments,
  awards,
  editions,
  noticeItems,
  notices,
  objections,
  panelMembers,
  panels,
  quotaPlaces,
  recommenderReviews,
  scoreSheets,
  workflowEvents,
} from '../db/schema';
import { expertConflicted, seatedOn } from '../policies/review';
import { entriesOf, storageToDraft } from '../services/application-draft';
import { submissionWindowOf } from '../services/editions-query';
import { checkEligibility } from '../services/eligibility';
import { awardSelection, outcomeOf } from '../services/review-selection';
import { placesUsed, recommenderQuota } from './quota';

type ApplicationRow = typeof applications.$inferSelect;

/** What a loader may use besides the database. */
export interface FactEnv {
  now: Date;
  sealer: Sealer;
  /**
   * The write path: a loader that counts against a limit (a recommender's quota, an award's places) first
   * locks the row that guards that limit, so two moves at the same moment cannot both pass. Reads (the
   * detail view's offered moves) do not lock.
   */
  lock: boolean;
  /** Facts the move's record brings with it (the period of the notice being started). */
  pending?: Partial<TransitionContext>;
  /** The application as the caller already decoded and judged it (the detail and the step checks do). */
  decoded?: DecodedApplication;
  /** Work shared by several loaders of one application (the decrypted draft), per application. */
  memo?: Map<string, Promise<unknown>>;
}

type Loader = (tx: Executor, row: ApplicationRow, env: FactEnv) => Promise<Partial<TransitionContext>>;

function memoised<T>(env: FactEnv, key: string, make: () => Promise<T>): Promise<T> {
  if (!env.memo) return make();
  const known = env.memo.get(key) as Promise<T> | undefined;
  if (known) return known;
  const made = make();
  env.memo.set(key, made);
  return made;
}

/** The level whose notice, ranking and report apply in the application's current status. */
export function currentStepLevel(row: ApplicationRow): StepLevel | undefined {
  return stepLevelOf(statusHolder[row.status]);
}

const edition = (tx: Executor, row: ApplicationRow, env: FactEnv) =>
  memoised(env, `edition:${row.editionId}`, async () => {
    const [found] = await tx.select().from(editions).where(eq(editions.id, row.editionId));
    return found;
  });

/** The warnings among `findings` that still lack the unit's written justification. */
export function unjustifiedFindings(findings: readonly Finding[], justifications: Record<string, string>) {
  return findings.filter((f) => f.severity === 'warning' && !justifications[f.code]?.trim());
}

/**
 * An application as the rules read it: its draft in clear (decrypted on the server, never returned by
 * this), the kinds of its own papers, and what the eligibility rules find.
 */
export interface DecodedApplication {
  draft: ApplicationDraft;
  attachmentKinds: readonly string[];
  findings: readonly Finding[];
}

/** Decodes and judges one stored application, for a move whose caller has not done so already. */
async function decodeApplication(
  tx: Executor,
  row: ApplicationRow,
  env: Pick<FactEnv, 'now' | 'sealer'>,
): Promise<DecodedApplication> {
  const [award] = await tx.select({ code: awards.code }).from(awards).where(eq(awards.id, row.awardId));
  const draft = storageToDraft(row, await entriesOf(tx, row.id), award?.code as AwardCode, {
    sealer: env.sealer,
    reveal: true,
  });
  const kinds = await tx
    .select({ kind: attachments.kind })
    .from(attachments)
    .where(eq(attachments.applicationId, row.id));
  const findings = await checkEligibility(tx, env.sealer, draft, {
    now: env.now,
    editionId: row.editionId,
    excludeApplicationId: row.id,
  });
  return { draft, attachmentKinds: kinds.map((k) => k.kind), findings };
}

/** Completeness and eligibility of the application as stored, decoded once per version of it. */
const draftFacts = (tx: Executor, row: ApplicationRow, env: FactEnv) =>
  memoised(env, `draft:${row.id}:${row.version}`, async () => {
    const { draft, attachmentKinds, findings } = env.decoded ?? (await decodeApplication(tx, row, env));
    return {
      materialsComplete:
        completeness(draft).missing.length === 0 && missingAttachmentKinds(attachmentKinds).length === 0,
      eligibilityErrors: blockingCodes(findings),
      // a warning needs a written justification (e.g. a grand-award candidate who is not a former expert)
      unjustifiedWarnings: unjustifiedFindings(findings, row.warningJustifications).map((f) => f.code),
    };
  });

/** The newest notice of the level that holds the application, with the objections still open on it. */
export async function currentNotice(tx: Executor, row: ApplicationRow, options: { lock?: boolean } = {}) {
  const level = currentStepLevel(row);
  if (!level) return undefined;
  const query = tx
    .select({
      id: notices.id,
      level: notices.level,
      endDate: notices.endDate,
      startDate: notices.startDate,
      workingDays: notices.workingDays,
      status: notices.status,
    })
    .from(noticeItems)
    .innerJoin(notices, eq(notices.id, noticeItems.noticeId))
    .where(
      and(eq(noticeItems.applicationId, row.id), eq(notices.level, level), ne(notices.status, 'withdrawn')),
    )
    .orderBy(desc(notices.createdAt))
    .limit(1);
  const [notice] = options.lock ? await query.for('update', { of: notices }) : await query;
  if (!notice) return undefined;
  // open ones about the candidate or the whole notice; upheld ones about the candidate
  const [counted] = await tx
    .select({
      open: sql<number>`count(*) filter (where ${objections.status} = 'open')`,
      upheld: sql<number>`count(*) filter (where ${objections.status} = 'upheld' and ${objections.applicationId} = ${row.id})`,
    })
    .from(objections)
    .where(
      and(
        eq(objections.noticeId, notice.id),
        sql`(${objections.applicationId} is null or ${objections.applicationId} = ${row.id})`,
      ),
    );
  return {
    ...notice,
    openObjections: Number(counted?.open ?? 0),
    upheldObjections: Number(counted?.upheld ?? 0),
  };
}

/**
 * How the notice the candidate is on (`currentNotice`, loaded by the caller) went: its length and each
 * objection about them or the whole notice.
 */
export async function noticeOutcome(
  tx: Executor,
  row: ApplicationRow,
  notice: { id: string; workingDays: number } | undefined,
): Promise<NoticeOutcome | null> {
  if (!notice) return null;
  const received = await tx
    .select({ status: objections.status })
    .from(objections)
    .where(
      and(
        eq(objections.noticeId, notice.id),
        sql`(${objections.applicationId} is null or ${objections.applicationId} = ${row.id})`,
      ),
    );
  return { workingDays: notice.workingDays, objections: received };
}

const noticeFacts: Loader = async (tx, row, env) => {
  // the notice being closed was locked by the close; a new objection waits for it
  const notice = await currentNotice(tx, row, { lock: env.lock });
  return notice
    ? {
        notice: {
          endDate: notice.endDate,
          openObjections: notice.openObjections,
          upheldObjections: notice.upheldObjections,
        },
      }
    : {};
};

/** Places of the recommender's quota used by the other applications of this award that reached the bureau. */
async function quotaFacts(tx: Executor, row: ApplicationRow, env: FactEnv) {
  if (env.lock) {
    const key = { editionId: row.editionId, recommenderId: row.recommenderId, awardId: row.awardId };
    await tx.insert(quotaPlaces).values(key).onConflictDoNothing();
    await tx
      .select({ editionId: quotaPlaces.editionId })
      .from(quotaPlaces)
      .where(
        and(
          eq(quotaPlaces.editionId, key.editionId),
          eq(quotaPlaces.recommenderId, key.recommenderId),
          eq(quotaPlaces.awardId, key.awardId),
        ),
      )
      .for('update');
  }
  const quota = await recommenderQuota(tx, row);
  if (!quota) return {};
  const used = await placesUsed(tx, row, row.id);
  return { quota: { used, places: quota.places, reasons: quota.reasons } };
}

/** The award's panel (one per award and edition) and its seated members not in conflict with the candidate. */
export async function panelOf(tx: Executor, row: ApplicationRow) {
  const [panel] = await tx
    .select({ id: panels.id })
    .from(panels)
    .where(and(eq(panels.editionId, row.editionId), eq(panels.awardId, row.awardId)))
    .limit(1);
  if (!panel) return undefined;
  const members = await tx
    .select({ expertId: panelMembers.expertId })
    .from(panelMembers)
    .where(and(seatedOn(panel.id), not(expertConflicted(panelMembers.expertId, row))));
  return { id: panel.id, experts: members.map((m) => m.expertId) };
}

/** The submitted score sheets of the candidate's scoring experts (the panel's members who count for them). */
export async function submittedScores(tx: Executor, row: ApplicationRow) {
  const panel = await panelOf(tx, row);
  const given = panel?.experts.length
    ? await tx
        .select({ expertId: scoreSheets.expertId, total: scoreSheets.total })
        .from(scoreSheets)
        .where(
          and(
            eq(scoreSheets.applicationId, row.id),
            eq(scoreSheets.panelId, panel.id),
            inArray(scoreSheets.expertId, panel.experts),
            eq(scoreSheets.status, 'submitted'),
          ),
        )
    : [];
  return { panel, given: given.map((g) => ({ expertId: g.expertId, total: Number(g.total) })) };
}

/** The award's selection (ranking, vote, proposal), computed once per award for a batch of moves. */
async function selectionFacts(tx: Executor, row: ApplicationRow, env: FactEnv) {
  const selection = await memoised(env, `selection:${row.awardId}`, () => awardSelection(tx, row.awardId));
  return { selection: { complete: selection.complete, outcome: outcomeOf(selection, row.id) } };
}

/**
 * One loader per guard: where each guard's facts come from. A guard without a loader does not compile,
 * and a transition loads only what its guards read.
 */
export const factLoaders = {
  materials_complete: async (tx, row, env) => {
    const { materialsComplete } = await draftFacts(tx, row, env);
    return { materialsComplete };
  },
  eligibility_clean: async (tx, row, env) => {
    const { eligibilityErrors, unjustifiedWarnings } = await draftFacts(tx, row, env);
    return { eligibilityErrors, unjustifiedWarnings };
  },
  recommender_reviewed: async (tx, row) => {
    const review = await recommenderReviewOf(tx, row.editionId, row.recommenderId);
    return { review: review ? { reviewedOn: review.reviewedOn } : null };
  },
  // the notice about to start: its period comes with the move's record
  notice_scheduled: async (_tx, _row, env) => (env.pending?.notice ? { notice: env.pending.notice } : {}),
  notice_ended_without_open_objection: noticeFacts,
  ranked: async (_tx, row) => {
    const level = currentStepLevel(row);
    const column = level ? stepLevels[level].rankColumn : null;
    return { rank: column ? row[column] : null };
  },
  edition_open: async (tx, row, env) => ({
    editionOpen: (await edition(tx, row, env))?.status === 'published',
  }),
  within_quota: quotaFacts,
  within_submission_window: async (tx, row, env) => {
    const found = await edition(tx, row, env);
    return found ? { submissionWindow: submissionWindowOf(found) } : {};
  },
  panel_assigned: async (tx, row) => ({ panelAssigned: Boolean((await panelOf(tx, row))?.experts.length) }),
  scores_complete: async (tx, row) => {
    const { panel, given } = await submittedScores(tx, row);
    const expected = panel?.experts.length ?? 0;
    return { scoresComplete: expected > 0 && given.length === expected };
  },
  ranked_among_winners: async (tx, row, env) => selectionFacts(tx, row, env),
  ranked_outside_winners: async (tx, row, env) => selectionFacts(tx, row, env),
  within_award_places: async (tx, row, env) => {
    const award = tx.select({ places: awards.places }).from(awards).where(eq(awards.id, row.awardId));
    const [found] = env.lock ? await award.for('update') : await award;
    const [proposed] = await tx
      .select({ n: count() })
      .from(applications)
      .where(
        and(
          eq(applications.awardId, row.awardId),
          ne(applications.id, row.id),
          sql`(${inArray(applications.status, [...awardPlaceStatuses])} or (${inArray(applications.status, [...awardPlaceIfProposed])} and exists (
            select 1 from ${workflowEvents} where ${workflowEvents.applicationId} = ${applications.id}
            and ${workflowEvents.toStatus} = 'proposed')))`,
        ),
      );
    return found ? { awardPlaces: { proposed: Number(proposed?.n ?? 0), places: found.places } } : {};
  },
  approval_given: async (tx, row) => {
    const [approved] = await tx
      .select({ id: approvals.id })
      .from(approvals)
      .where(
        and(
          eq(approvals.status, 'approved'),
          sql`${approvals.applicationIds} @> ${JSON.stringify([row.id])}::jsonb`,
        ),
      )
      .limit(1);
    return { approvalGiven: Boolean(approved) };
  },
  bank_account_present: async (_tx, row) => ({ bankAccountPresent: Boolean(row.bankAccountEnc) }),
} satisfies Record<GuardCode, Loader>;

/** The review a recommender recorded for its candidates of an edition, if any. */
export async function recommenderReviewOf(tx: Executor, editionId: string, recommenderId: string) {
  const [review] = await tx
    .select()
    .from(recommenderReviews)
    .where(
      and(eq(recommenderReviews.editionId, editionId), eq(recommenderReviews.recommenderId, recommenderId)),
    );
  return review;
}

/** Guards judged only with the move's record: the detail view does not show them as blocking. */
export const deferredGuards: readonly GuardCode[] = ['notice_scheduled'];

/** The facts the listed guards read, for one application. */
export async function loadFacts(
  tx: Executor,
  row: ApplicationRow,
  guards: readonly GuardCode[],
  env: FactEnv & { reason?: string },
): Promise<TransitionContext> {
  const context: TransitionContext = { now: env.now, reason: env.reason };
  for (const guard of new Set(guards)) Object.assign(context, await factLoaders[guard](tx, row, env));
  return context;
}
