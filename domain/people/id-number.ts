import { foldIdentifier } from '../text';
import { isRealDate, shanghaiDate } from '../time';
import type { Gender } from './enumerations';

/**
 * Mainland resident identity number (公民身份号码), GB 11643-1999:
 * 6-digit address code · 8-digit birth date · 3-digit order code (odd = male) · check character,
 * the check character computed with ISO 7064 MOD 11-2.
 */

/**
 * Province-level codes (the first two digits of the address code), incl. Taiwan, Hong Kong, Macao.
 * The residence permits of Hong Kong, Macao and Taiwan residents (港澳台居民居住证, issued since 2018)
 * carry a citizen identity number of the same format, with the address code 810000, 820000 or 830000.
 */
// biome-ignore format: one row per region of China keeps the table readable
export const provinceCodes = [
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
] as const;

/** Address codes of the residence permits: 83 is no province, so 830000 is accepted as a whole code. */
export const residencePermitRegionCodes = ['810000', '820000', '830000'] as const;

export type IdNumberFailure = 'format' | 'checksum' | 'birth_date' | 'region';

export interface IdNumberFacts {
  /** ASCII, upper-case, trimmed: the form to store and compare. */
  normalized: string;
  birthDate: string;
  gender: Gender;
  /** The six-digit address code. */
  regionCode: string;
}

export type IdNumberResult =
  | { ok: true; value: IdNumberFacts }
  | { ok: false; code: 'id_number.invalid'; reason: IdNumberFailure };

/** Weights 2^(17-i) mod 11 for positions i = 0…16. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character for each remainder 0…10 of the weighted sum mod 11. */
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;
const FIRST_17 = /^\d{17}$/;
const provinceSet: ReadonlySet<string> = new Set(provinceCodes);
const residencePermitSet: ReadonlySet<string> = new Set(residencePermitRegionCodes);

/** A known province-level code, or one of the residence permits' address codes. */
function isKnownRegion(regionCode: string): boolean {
  return provinceSet.has(regionCode.slice(0, 2)) || residencePermitSet.has(regionCode);
}

/** The check character for the first 17 digits. Throws `RangeError` unless given exactly 17 digits. */
export function idCheckChar(first17: string): string {
  if (!FIRST_17.test(first17)) throw new RangeError('idCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/**
 * Folds full-width digits to ASCII (a Chinese input method types １１０…), trims, and upper-cases the
 * check character (people type a lower-case x).
 */
export function normalizeIdNumber(id: string): string {
  return foldIdentifier(id).toUpperCase();
}

/**
 * Parses and checks an ID number. The checks run format → checksum → region → birth date, so a
 * mistyped digit is reported as a checksum failure (MOD 11-2 catches every single substitution).
 * `today` (default: now) bounds the birth date; it is read as a Shanghai calendar date.
 */
export function parseIdNumber(id: string, today: Date | string = new Date()): IdNumberResult {
  const normalized = normalizeIdNumber(id);
  if (!SHAPE.test(normalized)) return invalid('format');
  if (idCheckChar(normalized.slice(0, 17)) !== normalized[17]) return invalid('checksum');
  if (!isKnownRegion(normalized.slice(0, 6))) return invalid('region');

  const year = Number(normalized.slice(6, 10));
  const month = Number(normalized.slice(10, 12));
  const day = Number(normalized.slice(12, 14));
  if (year < 1900 || !isRealDate(year, month, day)) return invalid('birth_date');
  const birthDate = `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`;
  if (birthDate > shanghaiDate(today)) return invalid('birth_date');

  const gender: Gender = Number(normalized[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value: { normalized, birthDate, gender, regionCode: normalized.slice(0, 6) } };
}

/** The fields an ID number decides (出生日期, 性别): both derived from a valid number. */
export interface IdNumberDerivedFields {
  birthDate: string | null;
  gender: Gender | null;
}

/**
 * What the birth date and gender must be beside this ID number: those in the number when it is valid,
 * none (both cleared) when it is not, so that a corrected or broken number never leaves the old
 * person's birth date and gender behind (and rules such as retirement age judging them).
 */
export function idNumberDerivedFields(id: string, today?: Date | string): IdNumberDerivedFields {
  const parsed = parseIdNumber(id, today);
  return parsed.ok
    ? { birthDate: parsed.value.birthDate, gender: parsed.value.gender }
    : { birthDate: null, gender: null };
}

export function isValidIdNumber(id: string, today?: Date | string): boolean {
  return parseIdNumber(id, today).ok;
}

/**
 * `220102********123X`: the first 6 and last 4 characters, `*` between, same length as the input.
 * An input shorter than 15 characters is masked entirely: showing 6 + 4 of it would show most of it.
 */
export function maskIdNumber(id: string): string {
  if (id.length < 15) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/**
 * What stands in for the birth date wherever the ID number is masked: the year only. The masked number
 * keeps the region and the last four digits; with the exact date beside it the number could be rebuilt
 * (GB/T 35273 de-identification), with the year alone some 30 candidates remain.
 */
export function birthYearOf(birthDate: string | null | undefined): number | null {
  const year = birthDate ? Number(birthDate.slice(0, 4)) : Number.NaN;
  return Number.isInteger(year) && year > 0 ? year : null;
}

function invalid(reason: IdNumberFailure): IdNumberResult {
  return { ok: false, code: 'id_number.invalid', reason };
}
