/** The recommendation form (Annex 2): its field registry, the shared schema, labels, completeness and character counting. */

export { characterCount } from '../text';
export * from './attachments';
export {
  annex2FieldLabels,
  annex2FieldSchemas,
  type CandidateField,
  type ColumnField,
  candidateFields,
  columnFields,
  omitWhereMasked,
  type PrintedField,
  printedFields,
  type RequiredField,
  requiredApplicationFields,
  type SecretField,
  type SectionName,
  secretFields,
  sectionNames,
} from './field-lists';
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
export { annex2ColumnLabels, awardLabels, witnessLabel } from './labels';
export {
  type ApplicationFieldCode,
  applicationFieldMessages,
  MAX_APPLICATIONS_PER_UNIT_AND_AWARD,
  SECTION_MAX_ROWS,
  SUMMARY_MAX_CHARACTERS,
  summaryTooLongMessage,
} from './messages';
export { yearsInOccupation } from './occupation';
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
  type Annex2Registry,
  type ApplicationField,
  annex2Fields,
  applicationFields,
  type FieldColumn,
  type FieldSpec,
} from './registry';
export {
  ApplicationDraft,
  type ApplicationDraftInput,
  ApplicationSubmission,
  alternativeRequirements,
  type Completeness,
  completeness,
} from './schema';
export {
  type SectionRow,
  sectionRowSchema,
  sectionSchema,
  type WorkHistoryRow,
  workHistoryRowSchema,
  workHistorySchema,
} from './sections';
