import { foldIdentifier } from '../text';

/**
 * The candidate's bank account for the prize (吉林银行一类账户账号, Annex 2 and 3).
 *
 * Bank card numbers are 16–19 digits and normally end in a Luhn check digit; account numbers that are
 * not card numbers need not, so a Luhn failure is a warning the clerk confirms, never a refusal.
 */

export const BANK_ACCOUNT_MIN_LENGTH = 16;
export const BANK_ACCOUNT_MAX_LENGTH = 19;

export type BankAccountResult =
  | {
      ok: true;
      value: { normalized: string; luhnValid: boolean };
      warnings: readonly { code: 'bank_account.luhn' }[];
    }
  | { ok: false; code: 'bank_account.invalid'; reason: 'format' | 'length' };

/** Folds full-width digits to ASCII and removes the spaces people type to group digits. */
export function normalizeBankAccount(input: string): string {
  return foldIdentifier(input).replace(/\s/g, '');
}

/** True when the digit string passes the Luhn (mod 10) check. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  return luhnSum(digits, false) % 10 === 0;
}

/** The digit to append to `payload` so that the result passes the Luhn check. */
export function luhnCheckDigit(payload: string): string {
  if (!/^\d*$/.test(payload)) throw new RangeError('luhnCheckDigit needs digits');
  return String((10 - (luhnSum(payload, true) % 10)) % 10);
}

export function parseBankAccount(input: string): BankAccountResult {
  const normalized = normalizeBankAccount(input);
  if (!/^\d+$/.test(normalized)) return { ok: false, code: 'bank_account.invalid', reason: 'format' };
  if (normalized.length < BANK_ACCOUNT_MIN_LENGTH || normalized.length > BANK_ACCOUNT_MAX_LENGTH) {
    return { ok: false, code: 'bank_account.invalid', reason: 'length' };
  }
  const luhnValid = isLuhnValid(normalized);
  return {
    ok: true,
    value: { normalized, luhnValid },
    warnings: luhnValid ? [] : [{ code: 'bank_account.luhn' }],
  };
}

/** No error (a Luhn warning still counts as valid). */
export function isValidBankAccount(input: string): boolean {
  return parseBankAccount(input).ok;
}

/**
 * `6217 **** **** 4567`: the first and last 4 digits with two groups of stars between, whatever the
 * length, so the mask reveals neither the middle digits nor how many there are. Input that is not
 * 16–19 digits reveals nothing.
 */
export function maskBankAccount(input: string): string {
  const normalized = normalizeBankAccount(input);
  const shaped =
    /^\d+$/.test(normalized) &&
    normalized.length >= BANK_ACCOUNT_MIN_LENGTH &&
    normalized.length <= BANK_ACCOUNT_MAX_LENGTH;
  if (!shaped) return '**** **** **** ****';
  return `${normalized.slice(0, 4)} **** **** ${normalized.slice(-4)}`;
}

/**
 * Sum of the digits with every second digit from the right doubled (minus 9 when over 9).
 * `forCheckDigit`: the check digit is still to come, so doubling starts at the rightmost digit.
 */
function luhnSum(digits: string, forCheckDigit: boolean): number {
  let sum = 0;
  for (let i = digits.length - 1, double = forCheckDigit; i >= 0; i--, double = !double) {
    let digit = Number(digits[i]);
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum;
}
