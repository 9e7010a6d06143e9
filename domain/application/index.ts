/** The recommendation form (Annex 2): the shared schema, its labels, completeness and character counting. */

export { characterCount } from '../text';
export * from './attachments';
export { type CandidateField, candidateFields } from './candidate';
export {
  blankToAbsent,
  conditionNumbersSchema,
  isoDateSchema,
  isYearMonth,
  optionalField,
  requiredField,
  summarySchema,
  unclearableField,
  yearMonthSchema,
} from './fields';
export * from './images';
export { annex2ColumnLabels, annex2FieldLabels, awardLabels, witnessLabel } from './labels';
export {
  type ApplicationFieldCode,
  applicationFieldMessages,
  MAX_APPLICATIONS_PER_UNIT_AND_AWARD,
  SECTION_MAX_ROWS,
  SUMMARY_MAX_CHARACTERS,
  summaryTooLongMessage,
} from './messages';
export {
  type ProfessionalQualification,
  professionalQualificationSchema,
  type QualificationField,
  type QualificationLevel,
  qualificationFieldSchema,
  qualificationFields,
  qualificationLevelRank,
  qualificationLevelSchema,
  qualificationLevels,
} from './qualification';
export {
  ApplicationDraft,
  type ApplicationDraftInput,
  type ApplicationField,
  ApplicationSubmission,
  alternativeRequirements,
  annex2FieldSchemas,
  applicationFields,
  type Completeness,
  completeness,
  requiredApplicationFields,
} from './schema';
export {
  type SectionName,
  type SectionRow,
  sectionNames,
  sectionRowSchema,
  sectionSchema,
  type WorkHistoryRow,
  workHistoryRowSchema,
  workHistorySchema,
} from './sections';
