import { z } from 'zod';
import { isoDateSchema } from '../application/fields';
import type { Message } from '../message';
import { personName, textField } from '../text';

/**
 * The recommender's review (推荐单位组织评审, seed §三(一)3: 经推荐单位组织评审，集体研究确定的推荐对象):
 * before its collective decision a recommending organisation has its candidates reviewed by experts and
 * records who reviewed them, when, and their opinion (专家评审意见书) — written here, or the signed paper
 * uploaded, or both. One review per recommender and edition covers all its candidates, as the
 * recommendation report states it once (§四(一): 推荐报告…专家评议情况…专家评审意见书…作为附件附后).
 */

export const MAX_REVIEWERS = 30;
export const MAX_REVIEW_OPINION = 5000;

export const reviewerSchema = z.strictObject({
  name: personName({ min: 2, max: 50 }),
  /** 职称 (教授, 高级技师 …). */
  title: textField({ min: 0, max: 50 }).optional(),
  /** 工作单位. */
  employer: textField({ min: 0, max: 100 }).optional(),
});
export type Reviewer = z.output<typeof reviewerSchema>;

export const reviewOpinionMissing: Message = {
  zh: '请填写专家评审意见，或上传签字的专家评审意见书',
  en: "Write the experts' opinion or upload the signed opinion",
};

/** What a recommender's officer records (`PUT /api/recommender-review`). */
export const recommenderReviewInput = z
  .strictObject({
    reviewedOn: isoDateSchema,
    reviewers: z.array(reviewerSchema).min(1).max(MAX_REVIEWERS),
    opinion: textField({ min: 0, max: MAX_REVIEW_OPINION, multiline: true }).default(''),
    /** The signed opinion, uploaded first (`POST /api/recommender-review/opinion`). */
    opinionAttachmentId: z.uuid().nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (value.opinion.trim() === '' && value.opinionAttachmentId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['opinion'],
        message: reviewOpinionMissing.en,
        params: { code: 'review.opinion_missing', message: reviewOpinionMissing },
      });
    }
    const names = value.reviewers.map((reviewer) => reviewer.name);
    const repeated = names.findIndex((name, index) => names.indexOf(name) !== index);
    if (repeated >= 0) {
      const message = {
        zh: `评审专家“${names[repeated]}”重复填写`,
        en: `The reviewer ${names[repeated]} is listed twice`,
      };
      ctx.addIssue({
        code: 'custom',
        path: ['reviewers', repeated, 'name'],
        message: message.en,
        params: { code: 'review.reviewer_repeated', message },
      });
    }
  });
export type RecommenderReviewInput = z.input<typeof recommenderReviewInput>;
export type RecommenderReview = z.output<typeof recommenderReviewInput>;

/**
 * Whether a review dated `reviewedOn` can be recorded `today` (both `YYYY-MM-DD`, Asia/Shanghai): a review
 * is recorded after it took place, so a date in the future is refused.
 */
export function reviewDateProblem(reviewedOn: string, today: string): Message | null {
  if (reviewedOn <= today) return null;
  return {
    zh: `评审日期 ${reviewedOn} 晚于今天，请在评审后记录`,
    en: `The review date ${reviewedOn} is after today: record the review once it took place`,
  };
}

/**
 * Whether the collective decision of `decidedOn` may follow the review: 经推荐单位组织评审，集体研究确定
 * — the decision comes after the review, never before it.
 */
export function decisionBeforeReview(decidedOn: string, reviewedOn: string): Message | null {
  if (decidedOn >= reviewedOn) return null;
  return {
    zh: `集体研究日期 ${decidedOn} 早于专家评审日期 ${reviewedOn}：应先评审、再集体研究`,
    en: `The decision date ${decidedOn} is before the review of ${reviewedOn}: review first, then decide`,
  };
}
