/** Test data: the labels the printed Annex 2 must show, for the PDF and DOCX tests. Test-only. */
import { type ApplicationField, annex2ColumnLabels, annex2FieldLabels } from '../../domain/application';
import { annex2FormTexts } from './annex2-view';

/** The fields Annex 2 prints; the others are declarations the rules read, which the paper form lacks. */
export const printedFields = [
  'award',
  'name',
  'gender',
  'birthDate',
  'ethnicity',
  'politicalStatus',
  'education',
  'occupation',
  'skillLevel',
  'workStartDate',
  'occupationStartDate',
  'postalCode',
  'employerName',
  'idNumber',
  'bankAccount',
  'address',
  'landline',
  'mobile',
  'email',
  'workHistory',
  'patents',
  'sciTechAwards',
  'innovations',
  'uniqueSkills',
  'competitionPrizes',
  'honours',
  'otherAwards',
] as const satisfies readonly ApplicationField[];

export const notOnTheForm: readonly ApplicationField[] = [
  'professionalQualification', // printed inside the 技能水平 cell, under that label
  'post',
  'isUnitHead',
  'frontlinePost',
  'workplaceInChangchun',
  'conditions',
  'achievementsSummary', // goes to the summary table (Annex 3), not to Annex 2
  'declassified',
];

export const formLabels = [
  ...printedFields.map((field) => annex2FieldLabels[field].zh),
  ...Object.values(annex2ColumnLabels)
    .map((label) => label.zh)
    .filter((label) => label !== annex2ColumnLabels.untilNow.zh),
  annex2FormTexts.item,
  annex2FormTexts.unitOpinion,
  annex2FormTexts.countyOpinion,
  annex2FormTexts.cityOpinion,
  annex2FormTexts.signature,
  annex2FormTexts.issuer,
  annex2FormTexts.notesTitle,
  ...annex2FormTexts.titleLines,
  ...annex2FormTexts.notes,
];
