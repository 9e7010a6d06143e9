/** Eligibility: the seed's rules as data, judged on a (partial) application draft. */
export { EligibilityDraft, eligibilityDraftShape } from './draft';
export { blockingCodes, evaluate } from './evaluate';
export { defaultAwardSettings, EARLIEST_BIRTH_DATE } from './facts';
export {
  type RuleCatalogueEntry,
  type RuleCode,
  ruleCatalogue,
  ruleCatalogueMarkdown,
  ruleCodes,
  rules,
} from './rules';
export { isQualifyingQualification } from './skill';
export type { AwardSettings, EligibilityContext, Finding, Rule, Severity } from './types';
export { MINIMUM_WORKING_AGE } from './work';
