import { z } from 'zod';
import { awardCodes, recommenderKinds } from '../roles';

/**
 * A penalty imposed on a recommender in one edition and carried into the next (seed §三(二)4:
 * forged identities or recommendations outside the conditions or procedure may cost the recommender
 * its eligibility for the next edition or part of its quota).
 *
 * `awardCode` absent or null: the reduction applies to every award. `reason` is the bureau's own
 * wording of the decision, shown with the penalty. Unknown keys (a database row's id, dates) are dropped.
 */
export const quotaPenaltySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('quota_reduction'),
    awardCode: z
      .enum(awardCodes)
      .nullish()
      .transform((code) => code ?? undefined),
    reduction: z.number().int().min(1),
    reason: z.string().trim().max(500).optional(),
  }),
  z.object({
    kind: z.literal('disqualification'),
    reason: z.string().trim().max(500).optional(),
  }),
]);
export type QuotaPenaltyInput = z.input<typeof quotaPenaltySchema>;

/** The kinds of penalty (the `kind` of each member of `quotaPenaltySchema`). */
export const penaltyKinds = [
  'quota_reduction',
  'disqualification',
] as const satisfies readonly QuotaPenaltyInput['kind'][];
export type PenaltyKind = (typeof penaltyKinds)[number];

/** Places per recommender kind and award (Annex 1): a whole number, 0 or more, for every pair. */
export const quotaPlacesSchema = z.number().int().min(0);

const placesPerAward = z.object(
  Object.fromEntries(awardCodes.map((award) => [award, quotaPlacesSchema])) as Record<
    (typeof awardCodes)[number],
    typeof quotaPlacesSchema
  >,
);

export const quotaTableSchema = z.object(
  Object.fromEntries(recommenderKinds.map((kind) => [kind, placesPerAward])) as Record<
    (typeof recommenderKinds)[number],
    typeof placesPerAward
  >,
);
