/**
 * Test helpers for ID numbers: deterministic valid numbers for factories and a fast-check arbitrary
 * for properties. Test-only (imports fast-check); not re-exported from the package index.
 */
import fc from 'fast-check';
import { isIsoDate } from '../time';
import type { Gender } from './enumerations';
import { idCheckChar, provinceCodes, residencePermitRegionCodes } from './id-number';

export interface IdNumberSpec {
  /** Six-digit address code. */
  region: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  gender: Gender;
  /** Ordinal among people of that gender, 0…498; becomes the 3-digit order code. */
  seq: number;
}

/**
 * A valid ID number for the given facts. The order code is `2·seq + 1` for a man and `2·seq + 2` for a
 * woman, so its last digit always carries the requested gender (odd = male).
 */
export function makeIdNumber(spec: Partial<IdNumberSpec> = {}): string {
  const { region = '220102', birthDate = '1980-05-17', gender = 'male', seq = 0 } = spec;
  if (!/^\d{6}$/.test(region)) throw new RangeError(`region must be 6 digits: ${region}`);
  if (!isIsoDate(birthDate)) throw new RangeError(`birthDate must be YYYY-MM-DD: ${birthDate}`);
  if (!Number.isInteger(seq) || seq < 0 || seq > 498) throw new RangeError(`seq must be 0…498: ${seq}`);
  const order = String(2 * seq + (gender === 'male' ? 1 : 2)).padStart(3, '0');
  const first17 = `${region}${birthDate.replaceAll('-', '')}${order}`;
  return `${first17}${idCheckChar(first17)}`;
}

/**
 * Facts of a valid ID number: a real province or a residence permit's address code, a birth date
 * 1900-01-01…2015-12-31, either gender.
 */
export function idNumberSpec(): fc.Arbitrary<IdNumberSpec> {
  return fc.record({
    region: fc.oneof(
      fc
        .tuple(fc.constantFrom(...provinceCodes), fc.integer({ min: 0, max: 9999 }))
        .map(([province, rest]) => `${province}${String(rest).padStart(4, '0')}`),
      fc.constantFrom(...residencePermitRegionCodes),
    ),
    birthDate: fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2015-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10)),
    gender: fc.constantFrom<Gender>('male', 'female'),
    seq: fc.integer({ min: 0, max: 498 }),
  });
}

/** Valid ID numbers (upper-case check character). */
export function validIdNumber(): fc.Arbitrary<string> {
  return idNumberSpec().map(makeIdNumber);
}
