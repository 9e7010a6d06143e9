import type { Message } from '../message';
import type { BankAccountResult } from './bank-account';
import type { IdNumberFailure } from './id-number';

/** Bilingual texts for the codes the people validators produce. */
export const personFieldMessages = {
  'id_number.invalid': { zh: '身份证号码不正确', en: 'The ID number is not valid' },
  'mobile.invalid': {
    zh: '手机号码应为以 13–19 开头的 11 位数字',
    en: 'A mobile number has 11 digits starting 13–19',
  },
  'landline.invalid': {
    zh: '座机号码应为区号加 7–8 位号码，如 0431-88522559',
    en: 'A landline is an area code and a 7–8 digit number, e.g. 0431-88522559',
  },
  'postal_code.invalid': { zh: '邮政编码应为 6 位数字', en: 'A postal code has 6 digits' },
  'email.invalid': { zh: '电子邮箱格式不正确', en: 'The e-mail address is not valid' },
  'bank_account.invalid': { zh: '银行账号应为 16–19 位数字', en: 'A bank account number has 16–19 digits' },
  'bank_account.luhn': {
    zh: '银行账号校验位不符，请与申报人核对账号',
    en: 'The account number fails its check digit: please confirm it with the candidate',
  },
} as const satisfies Record<string, Message>;
export type PersonFieldCode = keyof typeof personFieldMessages;

/** Why an ID number was refused, for the field hint. */
export const idNumberReasonMessages: Record<IdNumberFailure, Message> = {
  format: {
    zh: '身份证号码应为 18 位：前 17 位为数字，最后一位为数字或 X',
    en: 'An ID number has 18 characters: 17 digits, then a digit or X',
  },
  checksum: {
    zh: '身份证号码校验位不符，请核对是否输错',
    en: 'The check character does not match: please look for a typing error',
  },
  birth_date: { zh: '身份证号码中的出生日期无效', en: 'The birth date in the ID number is not valid' },
  region: { zh: '身份证号码中的地区代码无效', en: 'The region code in the ID number is not valid' },
};

type BankAccountFailure = Extract<BankAccountResult, { ok: false }>['reason'];

export const bankAccountReasonMessages: Record<BankAccountFailure, Message> = {
  format: {
    zh: '银行账号只能包含数字（可用空格分组）',
    en: 'An account number has digits only (spaces allowed)',
  },
  length: { zh: '银行账号应为 16–19 位数字', en: 'An account number has 16–19 digits' },
};
