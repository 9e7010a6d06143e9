/** Test data: the labels the printed Annex 2 must show, for the PDF and DOCX tests. Test-only. */
import {
  type ApplicationField,
  annex2ColumnLabels,
  annex2FieldLabels,
  applicationFields,
  printedFields,
} from '../../domain/application';
import { annex2FormTexts } from './annex2-view';

/** The fields the registry marks as printed (Annex 2 prints them under their labels). */
export { printedFields };

/**
 * The declarations the rules read, which the paper form lacks; the professional qualification is printed
 * inside the 技能水平 cell, under that label, and the achievements summary goes to Annex 3.
 */
export const notOnTheForm: readonly ApplicationField[] = applicationFields.filter(
  (field) => !(printedFields as readonly ApplicationField[]).includes(field),
);

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
