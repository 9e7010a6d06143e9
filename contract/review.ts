import { z } from 'zod';
import { awardCodes } from '../domain/roles';
import { recommenderReviewInput, reviewerSchema } from '../domain/workflow/review';
import { AttachmentView } from './attachments';
import { MessageSchema } from './common';

/** `PUT /api/recommender-review`: the experts' review of the caller's recommending organisation. */
export const RecommenderReviewBody = recommenderReviewInput;

/**
 * The recommender's review as recorded (`review: null` before it is), and whether it may still change:
 * once a candidate is reported to the bureau the report has stated it (`locked`).
 */
export const RecommenderReviewView = z.object({
  recommender: z.object({ id: z.string(), name: z.string() }),
  review: z
    .object({
      reviewedOn: z.string(),
      reviewers: z.array(reviewerSchema),
      opinion: z.string(),
      opinionFile: AttachmentView.nullable(),
      recordedAt: z.string(),
    })
    .nullable(),
  locked: z.boolean(),
});
export type RecommenderReviewView = z.infer<typeof RecommenderReviewView>;

/**
 * `GET /api/quota`: the recommender's places per award this edition (Annex 1 minus the penalties carried
 * into it, with why), how many its reports already hold, and how many are left.
 */
export const QuotaOverview = z.object({
  recommender: z.object({ id: z.string(), name: z.string() }),
  awards: z.array(
    z.object({
      award: z.enum(awardCodes),
      base: z.number().int(),
      places: z.number().int(),
      used: z.number().int(),
      left: z.number().int(),
      disqualified: z.boolean(),
      reasons: z.array(MessageSchema),
    }),
  ),
});
export type QuotaOverview = z.infer<typeof QuotaOverview>;
