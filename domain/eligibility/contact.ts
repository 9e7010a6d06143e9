import type { ApplicationField } from '../application';
import {
  BANK_ACCOUNT_MAX_LENGTH,
  BANK_ACCOUNT_MIN_LENGTH,
  bankAccountReasonMessages,
  isValidEmail,
  isValidLandline,
  isValidMobile,
  isValidPostalCode,
  normalizeBankAccount,
  type PersonFieldCode,
  parseBankAccount,
  personFieldMessages,
} from '../people';
import type { EligibilityDraft } from './draft';
import { defineRule } from './types';

/**
 * Contact and bank details, checked by the validators of `domain/people` with their messages. The
 * values themselves never go into a message: they are personal data, and the user has them on screen.
 */

type ContactField = 'mobile' | 'landline' | 'postalCode' | 'email';

function formatRule<const C extends PersonFieldCode>(
  code: C,
  field: ContactField & ApplicationField,
  isValid: (value: string) => boolean,
  description: { zh: string; en: string },
) {
  return defineRule({
    code,
    severity: 'error',
    fields: [field],
    description,
    message: (_params: Record<string, never>) => personFieldMessages[code],
    check: (draft: EligibilityDraft) => {
      const value = draft[field];
      return value === undefined || isValid(value) ? [] : [{ field, params: {} }];
    },
  });
}

export const mobileInvalid = formatRule('mobile.invalid', 'mobile', isValidMobile, {
  zh: '手机号码为以 13–19 开头的 11 位数字',
  en: 'A mobile number has 11 digits starting 13–19',
});
export const landlineInvalid = formatRule('landline.invalid', 'landline', isValidLandline, {
  zh: '座机号码为区号加 7–8 位号码',
  en: 'A landline is an area code and a 7–8 digit number',
});
export const postalCodeInvalid = formatRule('postal_code.invalid', 'postalCode', isValidPostalCode, {
  zh: '邮政编码为 6 位数字',
  en: 'A postal code has 6 digits',
});
export const emailInvalid = formatRule('email.invalid', 'email', isValidEmail, {
  zh: '电子邮箱须为有效的地址，如 name@example.com',
  en: 'The e-mail address is well formed, e.g. name@example.com',
});

type BankProblem = { reason: 'format' | 'length'; length: number };

export const bankAccountInvalid = defineRule({
  code: 'bank_account.invalid',
  severity: 'error',
  fields: ['bankAccount'],
  description: {
    zh: `银行账号为 ${BANK_ACCOUNT_MIN_LENGTH}–${BANK_ACCOUNT_MAX_LENGTH} 位数字`,
    en: `A bank account number has ${BANK_ACCOUNT_MIN_LENGTH}–${BANK_ACCOUNT_MAX_LENGTH} digits`,
  },
  message: ({ reason, length }: BankProblem) => {
    if (reason === 'format') return bankAccountReasonMessages.format;
    const rule = bankAccountReasonMessages.length;
    return { zh: `${rule.zh}，当前为 ${length} 位`, en: `${rule.en}; this one has ${length}` };
  },
  check: (draft) => {
    if (draft.bankAccount === undefined) return [];
    const result = parseBankAccount(draft.bankAccount);
    if (result.ok) return [];
    const length = normalizeBankAccount(draft.bankAccount).length;
    return [{ field: 'bankAccount', params: { reason: result.reason, length } }];
  },
});

export const bankAccountLuhn = defineRule({
  code: 'bank_account.luhn',
  severity: 'warning',
  fields: ['bankAccount'],
  description: {
    zh: '银行账号校验位（Luhn）不符：部分账号没有校验位，请与申报人核对（警告）',
    en: 'The account number fails its Luhn check digit: some accounts carry none, so confirm it (warning)',
  },
  message: (_params: Record<string, never>) => personFieldMessages['bank_account.luhn'],
  check: (draft) => {
    if (draft.bankAccount === undefined) return [];
    const result = parseBankAccount(draft.bankAccount);
    return result.ok && !result.value.luhnValid ? [{ field: 'bankAccount', params: {} }] : [];
  },
});
