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

  it('read what a Chinese input method types in full width as ASCII, and store that', () => {
    expect(idNumberSchema.parse('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
    expect(mobileSchema.parse('＋８６\u3000１３８－１２３４－５６７８')).toBe('13812345678');
    expect(landlineSchema.parse('（０４３１）８８５２２５５９')).toBe('(0431)88522559');
    expect(postalCodeSchema.parse('１３００００')).toBe('130000');
    expect(emailSchema.parse('ｙｕ＠ｃｃｒｓ．ｇｏｖ．ｃｎ')).toBe('yu@ccrs.gov.cn');
    expect(bankAccountSchema.parse('６２１７\u3000００００\u3000１０００\u3000１２３４\u3000５６７')).toBe(
      '6217000010001234567',
    );
    // a number copied from a phone's contact list comes wrapped in direction marks
    expect(mobileSchema.parse('\u202d+86 138 1234 5678\u202c')).toBe('13812345678');
  });

  it('refuse control characters and broken characters before judging the shape', () => {
    for (const schema of [idNumberSchema, mobileSchema, bankAccountSchema, postalCodeSchema, emailSchema]) {
      expect(firstIssue(schema.safeParse('1\u0000')).params).toMatchObject({
        code: 'text.control_character',
      });
      expect(firstIssue(schema.safeParse('1\ud800')).params).toMatchObject({
        code: 'text.unpaired_surrogate',
      });
    }
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
