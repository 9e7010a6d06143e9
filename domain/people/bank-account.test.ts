import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isLuhnValid,
  isValidBankAccount,
  luhnCheckDigit,
  maskBankAccount,
  normalizeBankAccount,
  parseBankAccount,
} from './bank-account';

const digitString = (minLength: number, maxLength: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength, maxLength }).map((d) => d.join(''));
/** Luhn-valid account numbers of 16–19 digits. */
const luhnAccount = () => digitString(15, 18).map((payload) => `${payload}${luhnCheckDigit(payload)}`);

describe('Luhn', () => {
  it('recognises known numbers', () => {
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
    expect(isLuhnValid('')).toBe(false);
    expect(isLuhnValid('4111 1111')).toBe(false);
  });

  it('computes the check digit of a known number', () => {
    expect(luhnCheckDigit('7992739871')).toBe('3');
    expect(luhnCheckDigit('411111111111111')).toBe('1');
    expect(() => luhnCheckDigit('12a')).toThrow(RangeError);
  });

  it('a payload with its check digit appended always passes, and only that digit does', () => {
    fc.assert(
      fc.property(digitString(1, 30), (payload) => {
        const check = luhnCheckDigit(payload);
        for (const candidate of '0123456789') {
          expect(isLuhnValid(`${payload}${candidate}`)).toBe(candidate === check);
        }
      }),
    );
  });

  it('catches every single-digit substitution', () => {
    fc.assert(
      fc.property(luhnAccount(), fc.nat(), fc.integer({ min: 1, max: 9 }), (account, at, shift) => {
        const position = at % account.length;
        const changed = (Number(account[position]) + shift) % 10;
        const typo = `${account.slice(0, position)}${changed}${account.slice(position + 1)}`;
        expect(isLuhnValid(typo)).toBe(false);
      }),
    );
  });

  it('catches every swap of two adjacent digits except 09 ↔ 90', () => {
    fc.assert(
      fc.property(luhnAccount(), fc.nat(), (account, at) => {
        const position = at % (account.length - 1);
        const a = account[position] ?? '';
        const b = account[position + 1] ?? '';
        fc.pre(a !== b && `${a}${b}` !== '09' && `${a}${b}` !== '90');
        const swapped = `${account.slice(0, position)}${b}${a}${account.slice(position + 2)}`;
        expect(isLuhnValid(swapped)).toBe(false);
      }),
    );
  });
});

describe('parseBankAccount', () => {
  const account = `621700001000123456${luhnCheckDigit('621700001000123456')}`;

  it('accepts 16–19 digits, normalising spaces', () => {
    const grouped = account.replace(/(\d{4})/g, '$1 ');
    expect(parseBankAccount(grouped)).toEqual({
      ok: true,
      value: { normalized: account, luhnValid: true },
      warnings: [],
    });
    expect(normalizeBankAccount('6217\u30000000 1000\t1234')).toBe('6217000010001234');
  });

  it('only warns when the Luhn check fails', () => {
    const typo = `${account.slice(0, -1)}${(Number(account.at(-1)) + 1) % 10}`;
    expect(parseBankAccount(typo)).toEqual({
      ok: true,
      value: { normalized: typo, luhnValid: false },
      warnings: [{ code: 'bank_account.luhn' }],
    });
    expect(isValidBankAccount(typo)).toBe(true);
  });

  it.each([
    ['621700001000123', 'length'],
    ['62170000100012345678', 'length'],
    ['', 'format'],
    ['6217-0000-1000-1234', 'format'],
    ['621700001000123X', 'format'],
  ] as const)('refuses %s (%s)', (input, reason) => {
    expect(parseBankAccount(input)).toEqual({ ok: false, code: 'bank_account.invalid', reason });
    expect(isValidBankAccount(input)).toBe(false);
  });

  it('accepts every generated 16–19 digit account without warning', () => {
    fc.assert(
      fc.property(luhnAccount(), (value) => {
        const result = parseBankAccount(value);
        expect(result.ok && result.warnings).toEqual([]);
      }),
    );
  });
});

describe('maskBankAccount', () => {
  it('shows the first and last 4 digits in groups of 4', () => {
    expect(maskBankAccount('6217000010001234567')).toBe('6217 **** **** 4567');
    expect(maskBankAccount('6217 0000 1000 1234')).toBe('6217 **** **** 1234');
  });

  it('reveals nothing of malformed input', () => {
    expect(maskBankAccount('123456789')).toBe('**** **** **** ****');
    expect(maskBankAccount('6217-0000-1000-1234')).toBe('**** **** **** ****');
  });

  it('shows exactly 4 + 4 digits of any account, whatever its length', () => {
    fc.assert(
      fc.property(digitString(16, 19), (account) => {
        const masked = maskBankAccount(account);
        expect(masked).toMatch(/^\d{4} \*{4} \*{4} \d{4}$/);
        expect(masked.replace(/\D/g, '')).toBe(`${account.slice(0, 4)}${account.slice(-4)}`);
      }),
    );
  });
});
