/** Quotas (Annex 1): places per recommender kind and award, minus penalties carried from the previous edition. */

export {
  awardPlaceIfProposed,
  awardPlaceStatuses,
  holdsQuotaPlace,
  placeHoldingIfReported,
  placeHoldingStatuses,
  summaryTableStatuses,
} from './places';
export {
  checkWithinQuota,
  type Quota,
  type QuotaCheck,
  type QuotaPenalty,
  type QuotaQuery,
  type QuotaTable,
  quotaFor,
} from './quota';
export {
  type PenaltyKind,
  penaltyKinds,
  type QuotaPenaltyInput,
  quotaPenaltySchema,
  quotaPlacesSchema,
  quotaTableSchema,
} from './schemas';
