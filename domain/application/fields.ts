import { z } from 'zod';
import type { Message } from '../message';
import { characterCount, identifierText, plainText } from '../text';
import { isIsoDate } from '../time';
import { type ApplicationFieldCode, applicationFieldMessages, summaryTooLongMessage } from './messages';

/**
 * Building blocks of the Annex 2 schema, on top of the text blocks of `domain/text` (prose kept as
 * typed, identifiers folded to ASCII, nothing unsafe in either). Lengths are counted in characters
 * (code points, see `characterCount`), not UTF-16 units. Every refusal that is not a plain length or
 * enum problem is a `custom` issue carrying its stable `code` and bilingual `message` in `params`,
 * which `issuesToFields` keeps.
 */

function customIssue(code: ApplicationFieldCode, message: Message, input: unknown) {
  return { code: 'custom' as const, message: message.en, params: { code, message }, input };
}

/** A real calendar day, `YYYY-MM-DD`. */
export const isoDateSchema = identifierText().superRefine((value, ctx) => {
  if (!isIsoDate(value)) {
    ctx.addIssue(customIssue('date.invalid', applicationFieldMessages['date.invalid'], value));
  }
});

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for `YYYY-MM` with a month 01–12. */
export function isYearMonth(value: string): boolean {
  return YEAR_MONTH.test(value);
}

/** A month, `YYYY-MM` (the periods of the structured sections). */
export const yearMonthSchema = identifierText().superRefine((value, ctx) => {
  if (!isYearMonth(value)) {
    ctx.addIssue(customIssue('month.invalid', applicationFieldMessages['month.invalid'], value));
  }
});

/** The achievements summary (主要业绩成果), at most 300 characters; it feeds the summary table (Annex 3). */
export function summarySchema(max: number) {
  return plainText({ multiline: true }).superRefine((value, ctx) => {
    const count = characterCount(value);
    if (count > max) ctx.addIssue(customIssue('summary.too_long', summaryTooLongMessage(count, max), value));
  });
}

/** The numbers of the award conditions met: each 1–5, each at most once. */
export const conditionNumbersSchema = z
  .array(z.number().int().min(1).max(5))
  .max(5)
  .superRefine((numbers, ctx) => {
    if (new Set(numbers).size !== numbers.length) {
      ctx.addIssue(
        customIssue('conditions.duplicate', applicationFieldMessages['conditions.duplicate'], numbers),
      );
    }
  });

/**
 * A form sends a cleared field as `null` or an empty string: both mean "not filled in", so a draft
 * never fails on a field the user has not reached, and a submission reports it as required.
 */
export function blankToAbsent(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

/** May be absent (or blank); when present it must be valid. */
export function optionalField<S extends z.ZodType>(schema: S) {
  return z.preprocess<unknown, z.ZodOptional<S>, z.input<S> | null | undefined>(
    blankToAbsent,
    schema.optional(),
  );
}

/**
 * Must be present and valid. A missing or blank value is reported as zod's "required" issue
 * (`invalid_type` of an absent input, "此项为必填项") whatever the field's type, instead of, say, an enum's
 * "not one of the allowed values".
 */
export function requiredField<S extends z.ZodType>(schema: S) {
  return z.preprocess<unknown, S, z.input<S> | null>((value, ctx) => {
    const present = blankToAbsent(value);
    if (present === undefined)
      ctx.addIssue({ code: 'invalid_type', expected: 'nonoptional', input: undefined });
    return present;
  }, schema);
}

/**
 * May be left out of a draft (the stored value stays) but not cleared: a present blank or `null` is
 * reported as required. For the candidate's name, which every application is listed, printed and
 * noticed under from its first save on.
 */
export function unclearableField<S extends z.ZodType>(schema: S) {
  return requiredField(schema).optional();
}
