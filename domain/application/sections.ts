import { z } from 'zod';
import { textField } from '../text';
import { optionalField, yearMonthSchema } from './fields';
import { applicationFieldMessages, SECTION_MAX_ROWS } from './messages';

/**
 * The rows of the structured sections of Annex 2 (which sections there are: `sectionNames` of the
 * registry): a period (`to` empty = 至今, up to now), what happened, and who or what proves it
 * (证明人或证明材料). The work history also says where (在何单位学习、工作).
 */
const rowFields = {
  from: optionalField(yearMonthSchema),
  to: optionalField(yearMonthSchema),
  content: textField({ max: 300, multiline: true }),
  witness: optionalField(textField({ max: 50 })),
};

function periodInOrder(row: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (row.from && row.to && row.to < row.from) {
    const message = applicationFieldMessages['period.reversed'];
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: message.en,
      params: { code: 'period.reversed', message },
      input: row.to,
    });
  }
}

export const sectionRowSchema = z.strictObject(rowFields).superRefine(periodInOrder);
export const workHistoryRowSchema = z
  .strictObject({ ...rowFields, place: textField({ max: 100 }) })
  .superRefine(periodInOrder);

export type SectionRow = z.output<typeof sectionRowSchema>;
export type WorkHistoryRow = z.output<typeof workHistoryRowSchema>;

export const sectionSchema = z.array(sectionRowSchema).max(SECTION_MAX_ROWS);
export const workHistorySchema = z.array(workHistoryRowSchema).max(SECTION_MAX_ROWS);
