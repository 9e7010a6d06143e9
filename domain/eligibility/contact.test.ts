import { describe, expect, it } from 'vitest';
import { validBankAccount } from '../application/application.testing';
import { personFieldMessages } from '../people';
import { findingsOf, findingsWith } from './eligibility.testing';

describe.each([
  ['mobile.invalid', 'mobile', '1380431012', '+86 138 0431 0123'],
  ['landline.invalid', 'landline', '88522559', '(0431)88522559'],
  ['postal_code.invalid', 'postalCode', '13000a', '130000'],
  ['email.invalid', 'email', 'yu@localhost', '12345@qq.com'],
] as const)('%s', (code, field, bad, good) => {
  it(`fires for ${bad} with the people message`, () => {
    expect(findingsWith(code, { [field]: bad })).toEqual([
      { code, severity: 'error', field, message: personFieldMessages[code], params: {} },
    ]);
  });

  it(`stays silent for ${good} and when absent`, () => {
    expect(findingsWith(code, { [field]: good })).toEqual([]);
    expect(findingsWith(code, {})).toEqual([]);
  });
});

describe('bank account', () => {
  it('bank_account.invalid: fires for a short number with its length, and for letters', () => {
    const [short] = findingsWith('bank_account.invalid', { bankAccount: '6217 0000 1000 123' });
    expect(short?.message.zh).toBe('银行账号应为 16–19 位数字，当前为 15 位');
    expect(short?.params).toEqual({ reason: 'length', length: 15 });
    expect(
      findingsWith('bank_account.invalid', { bankAccount: '6217-0000-1000-1234' })[0]?.params,
    ).toMatchObject({
      reason: 'format',
    });
  });

  it('bank_account.luhn: only a warning, and no invalid error, for a number failing Luhn', () => {
    const findings = findingsOf({ bankAccount: '6217000010001234560' });
    expect(findings).toEqual([
      {
        code: 'bank_account.luhn',
        severity: 'warning',
        field: 'bankAccount',
        message: personFieldMessages['bank_account.luhn'],
        params: {},
      },
    ]);
  });

  it('neither fires for a valid account or an absent one; an invalid one gets no Luhn warning', () => {
    expect(findingsOf({ bankAccount: validBankAccount })).toEqual([]);
    expect(findingsOf({})).toEqual([]);
    expect(findingsOf({ bankAccount: '123' }).map((finding) => finding.code)).toEqual([
      'bank_account.invalid',
    ]);
  });
});
