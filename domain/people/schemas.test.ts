import { describe, expect, it } from 'vitest';
import { isLuhnValid } from './bank-account';
import { makeIdNumber } from './id-number.testing';
import { idNumberReasonMessages, personFieldMessages } from './messages';
import {
  bankAccountSchema,
  emailSchema,
  idNumberSchema,
  landlineSchema,
  mobileSchema,
  postalCodeSchema,
} from './schemas';

function firstIssue(result: { success: boolean; error?: { issues: readonly unknown[] } }) {
  expect(result.success).toBe(false);
  return result.error?.issues[0] as { code: string; message: string; params: Record<string, unknown> };
}

describe('person field schemas', () => {
  it('normalise what they accept', () => {
    expect(idNumberSchema.parse(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(mobileSchema.parse('+86 138 1234 5678')).toBe('13812345678');
    expect(landlineSchema.parse(' 0431-88522559 ')).toBe('0431-88522559');
    expect(postalCodeSchema.parse('130000')).toBe('130000');
    expect(emailSchema.parse(' yu@ccrs.gov.cn ')).toBe('yu@ccrs.gov.cn');
    expect(bankAccountSchema.parse('6217 0000 1000 1234 567')).toBe('6217000010001234567');
  });

  it('refuse an ID number with the stable code, the reason and its bilingual message', () => {
    const issue = firstIssue(idNumberSchema.safeParse(makeIdNumber({ region: '990101' })));
    expect(issue.code).toBe('custom');
    expect(issue.params).toEqual({
      code: 'id_number.invalid',
      reason: 'region',
      message: idNumberReasonMessages.region,
    });
    expect(issue.message).toBe(idNumberReasonMessages.region.en);
  });

  it.each([
    [mobileSchema, '12812345678', 'mobile.invalid'],
    [landlineSchema, '88522559', 'landline.invalid'],
    [postalCodeSchema, '13000', 'postal_code.invalid'],
    [emailSchema, 'yu@localhost', 'email.invalid'],
  ] as const)('refuse a bad value with its code (%#)', (schema, value, code) => {
    const issue = firstIssue(schema.safeParse(value));
    expect(issue.params).toEqual({ code, message: personFieldMessages[code] });
  });

  it('refuse a short bank account but let a Luhn failure through', () => {
    expect(firstIssue(bankAccountSchema.safeParse('6217 0000')).params).toMatchObject({
      code: 'bank_account.invalid',
      reason: 'length',
    });
    expect(isLuhnValid('6217000010001234560')).toBe(false);
    expect(bankAccountSchema.safeParse('6217000010001234560').success).toBe(true);
  });
});
