import { and, eq } from 'drizzle-orm';
import type { RecommenderReviewView } from '../../contract/review';
import { DomainError } from '../../domain/errors';
import { shanghaiDate } from '../../domain/time';
import { type RecommenderReview, reviewDateProblem } from '../../domain/workflow';
import type { Db, Executor } from '../db/database';
import { applications, attachments, recommenderReviews, workflowEvents } from '../db/schema';
import { notFound } from '../plugins/errors';
import { recommenderReviewOf } from '../workflow/facts';
import { refuse } from '../workflow/record-types';
import { attachmentView } from './application-detail';
import { appendAudit } from './audit';
import { currentEdition } from './editions-query';
import { papersRecommender } from './recommender-papers';
import type { Acting } from './workflow';

type OrganisationRow = Awaited<ReturnType<typeof papersRecommender>>;
type ReviewRow = typeof recommenderReviews.$inferSelect;

/**
 * Whether the review may still change: not once a candidate of the recommender went to the bureau in this
 * edition (the recommendation report stated the review; the bureau has the papers).
 */
async function reviewLocked(tx: Executor, editionId: string, recommenderId: string): Promise<boolean> {
  const [reported] = await tx
    .select({ id: workflowEvents.id })
    .from(workflowEvents)
    .innerJoin(applications, eq(applications.id, workflowEvents.applicationId))
    .where(
      and(
        eq(applications.editionId, editionId),
        eq(applications.recommenderId, recommenderId),
        eq(workflowEvents.transition, 'reportToBureau'),
      ),
    )
    .limit(1);
  return reported !== undefined;
}

/** The signed opinion a review names, if it names one. */
export async function opinionFileOf(tx: Executor, review: ReviewRow | undefined) {
  if (!review?.opinionAttachmentId) return null;
  const [file] = await tx.select().from(attachments).where(eq(attachments.id, review.opinionAttachmentId));
  return file ?? null;
}

async function viewOf(
  tx: Executor,
  recommender: OrganisationRow,
  editionId: string,
): Promise<RecommenderReviewView> {
  const review = await recommenderReviewOf(tx, editionId, recommender.id);
  const file = await opinionFileOf(tx, review);
  return {
    recommender: { id: recommender.id, name: recommender.nameZh },
    review: review
      ? {
          reviewedOn: review.reviewedOn,
          reviewers: review.reviewers,
          opinion: review.opinion,
          opinionFile: file ? attachmentView(file) : null,
          recordedAt: new Date(review.recordedAt).toISOString(),
        }
      : null,
    locked: await reviewLocked(tx, editionId, recommender.id),
  };
}

/** The review of the caller's recommending organisation (the bureau names one) in the current edition. */
export async function readReview(db: Db, acting: Acting, requested: string | undefined) {
  return db.transaction(async (tx) => {
    const recommender = await papersRecommender(tx, acting.actor, requested);
    const edition = await currentEdition(tx);
    return viewOf(tx, recommender, edition.id);
  });
}

/**
 * Records (or corrects, until a candidate is reported) the review of the caller's recommending
 * organisation: the day, the experts, their opinion written or uploaded. Audited with what changed.
 */
export async function saveReview(db: Db, acting: Acting, input: RecommenderReview) {
  return db.transaction(async (tx) => {
    const recommender = await papersRecommender(tx, acting.actor, undefined);
    const edition = await currentEdition(tx);
    const future = reviewDateProblem(input.reviewedOn, shanghaiDate(acting.now));
    if (future) refuse('review.in_future', future.zh, future.en, { path: 'reviewedOn' });
    if (await reviewLocked(tx, edition.id, recommender.id)) {
      throw new DomainError('review.locked', {
        zh: '已有候选人报送市人社局，专家评审记录不能再修改',
        en: 'A candidate has been reported to the bureau: the review can no longer change',
      });
    }
    if (input.opinionAttachmentId) {
      const [file] = await tx.select().from(attachments).where(eq(attachments.id, input.opinionAttachmentId));
      if (
        !file ||
        file.ownerOrganisationId !== recommender.id ||
        file.kind !== 'review_opinion' ||
        file.applicationId !== null
      ) {
        refuse(
          'review.opinion_file_missing',
          '请先上传专家评审意见书（PDF 或图片）',
          "Upload the experts' signed opinion first (PDF or image)",
          { path: 'opinionAttachmentId' },
        );
      }
    }
    const previous = await recommenderReviewOf(tx, edition.id, recommender.id);
    const values = {
      reviewedOn: input.reviewedOn,
      reviewers: input.reviewers,
      opinion: input.opinion,
      opinionAttachmentId: input.opinionAttachmentId,
      recordedBy: acting.actor.userId,
      recordedAt: acting.now,
    };
    const [saved] = await tx
      .insert(recommenderReviews)
      .values({ editionId: edition.id, recommenderId: recommender.id, ...values })
      .onConflictDoUpdate({
        target: [recommenderReviews.editionId, recommenderReviews.recommenderId],
        set: values,
      })
      .returning();
    if (!saved) throw new Error('review upsert returned nothing');
    await appendAudit(
      tx,
      acting.audit,
      {
        action: previous ? 'recommender_review.update' : 'recommender_review.create',
        objectType: 'recommender_review',
        objectId: saved.id,
        detail: {
          reviewedOn: saved.reviewedOn,
          reviewers: saved.reviewers.map((r) => r.name),
          opinionCharacters: [...saved.opinion].length,
          opinionAttachmentId: saved.opinionAttachmentId,
          ...(previous
            ? {
                previous: {
                  reviewedOn: previous.reviewedOn,
                  reviewers: previous.reviewers.map((r) => r.name),
                  opinionAttachmentId: previous.opinionAttachmentId,
                },
              }
            : {}),
        },
      },
      acting.now,
    );
    return viewOf(tx, recommender, edition.id);
  });
}

/** The uploaded opinion of the caller's recommender (the bureau names one), to download. */
export async function reviewOpinionFile(db: Db, acting: Acting, requested: string | undefined) {
  return db.transaction(async (tx) => {
    const recommender = await papersRecommender(tx, acting.actor, requested);
    const edition = await currentEdition(tx);
    const file = await opinionFileOf(tx, await recommenderReviewOf(tx, edition.id, recommender.id));
    if (!file) throw notFound();
    return file;
  });
}
