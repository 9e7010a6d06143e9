import { z } from 'zod';
import type { Message } from '../message';
import { normalizeBankAccount, parseBankAccount } from './bank-account';
import { isValidEmail, isValidLandline, isValidMobile, isValidPostalCode, normalizeMobile } from './contact';
import { parseIdNumber } from './id-number';
import {
  bankAccountReasonMessages,
  idNumberReasonMessages,
  type PersonFieldCode,
  personFieldMessages,
} from './messages';

/**
 * Zod schemas for the person fields, shared by the server's request parsing and the web forms.
 * Each refusal is a `custom` issue whose `params` carry the stable `code` and the bilingual `message`;
 * the issue's own `message` is the English text. The output is the normalised value to store.
 */

function issue(code: PersonFieldCode, message: Message = personFieldMessages[code], reason?: string) {
  return {
    code: 'custom' as const,
    message: message.en,
    params: { code, message, ...(reason ? { reason } : {}) },
  };
}

function checked(code: PersonFieldCode, isValid: (value: string) => boolean) {
  return (value: string, ctx: z.RefinementCtx) => {
    if (!isValid(value)) ctx.addIssue({ ...issue(code), input: value });
  };
}

/** Valid ID number → upper-case normalised form. The birth date must not be after today. */
export const idNumberSchema = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const result = parseIdNumber(value);
    if (!result.ok) {
      ctx.addIssue({
        ...issue('id_number.invalid', idNumberReasonMessages[result.reason], result.reason),
        input: value,
      });
    }
  });

export const mobileSchema = z
  .string()
  .trim()
  .superRefine(checked('mobile.invalid', isValidMobile))
  .transform(normalizeMobile);
export const landlineSchema = z.string().trim().superRefine(checked('landline.invalid', isValidLandline));
export const postalCodeSchema = z
  .string()
  .trim()
  .superRefine(checked('postal_code.invalid', isValidPostalCode));
export const emailSchema = z.string().trim().superRefine(checked('email.invalid', isValidEmail));

/** 16–19 digits → digits without spaces. A Luhn failure is only a warning: read it with `parseBankAccount`. */
export const bankAccountSchema = z
  .string()
  .superRefine((value, ctx) => {
    const result = parseBankAccount(value);
    if (!result.ok) {
      ctx.addIssue({
        ...issue('bank_account.invalid', bankAccountReasonMessages[result.reason], result.reason),
        input: value,
      });
    }
  })
  .transform(normalizeBankAccount);
