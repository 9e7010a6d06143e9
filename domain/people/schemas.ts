import type { z } from 'zod';
import type { Message } from '../message';
import { identifierText } from '../text';
import { normalizeBankAccount, parseBankAccount } from './bank-account';
import { isValidEmail, isValidLandline, isValidMobile, isValidPostalCode, normalizeMobile } from './contact';
import { normalizeIdNumber, parseIdNumber } from './id-number';
import {
  bankAccountReasonMessages,
  idNumberReasonMessages,
  type PersonFieldCode,
  personFieldMessages,
} from './messages';

/**
 * Zod schemas for the person fields, shared by the server's request parsing and the web forms. Each
 * starts from `identifierText`: control characters and broken characters are refused, and full-width
 * digits and letters (１３８…, ｘ) are folded to ASCII before the shape is checked, so what is stored
 * and validated is ASCII. Each refusal is a `custom` issue whose `params` carry the stable `code` and
 * the bilingual `message`; the issue's own `message` is the English text. The output is the
 * normalised value to store.
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
export const idNumberSchema = identifierText()
  .overwrite(normalizeIdNumber)
  .superRefine((value, ctx) => {
    const result = parseIdNumber(value);
    if (!result.ok) {
      ctx.addIssue({
        ...issue('id_number.invalid', idNumberReasonMessages[result.reason], result.reason),
        input: value,
      });
    }
  });

export const mobileSchema = identifierText()
  .superRefine(checked('mobile.invalid', isValidMobile))
  .overwrite(normalizeMobile);
export const landlineSchema = identifierText().superRefine(checked('landline.invalid', isValidLandline));
export const postalCodeSchema = identifierText().superRefine(
  checked('postal_code.invalid', isValidPostalCode),
);
export const emailSchema = identifierText().superRefine(checked('email.invalid', isValidEmail));

/** 16–19 digits → digits without spaces. A Luhn failure is only a warning: read it with `parseBankAccount`. */
export const bankAccountSchema = identifierText()
  .superRefine((value, ctx) => {
    const result = parseBankAccount(value);
    if (!result.ok) {
      ctx.addIssue({
        ...issue('bank_account.invalid', bankAccountReasonMessages[result.reason], result.reason),
        input: value,
      });
    }
  })
  .overwrite(normalizeBankAccount);
