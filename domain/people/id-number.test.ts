import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  idCheckChar,
  idNumberDerivedFields,
  isValidIdNumber,
  maskIdNumber,
  normalizeIdNumber,
  parseIdNumber,
  provinceCodes,
  residencePermitRegionCodes,
} from './id-number';
import { idNumberSpec, makeIdNumber, validIdNumber } from './id-number.testing';

const TODAY = '2025-10-24';
// The worked example of GB 11643-1999 itself.
const STANDARD_EXAMPLE = '11010519491231002X';

describe('idCheckChar', () => {
  it('computes the check character of the standard example', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
  });

  it('computes a digit check character', () => {
    // Σ(digit·weight) for 22010219800517001 is 196; 196 mod 11 = 9 → '3'
    expect(idCheckChar('22010219800517001')).toBe('3');
  });

  it('refuses anything but 17 digits', () => {
    expect(() => idCheckChar('1234')).toThrow(RangeError);
    expect(() => idCheckChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('idNumberDerivedFields', () => {
  it('takes the birth date and gender from a valid number', () => {
    expect(idNumberDerivedFields(STANDARD_EXAMPLE, TODAY)).toEqual({
      birthDate: '1949-12-31',
      gender: 'female',
    });
  });

  it('clears both for a number that is not valid (a mistyped digit, a half-typed number)', () => {
    expect(idNumberDerivedFields('110105194912310021', TODAY)).toEqual({ birthDate: null, gender: null });
    expect(idNumberDerivedFields('1101051949', TODAY)).toEqual({ birthDate: null, gender: null });
  });
});

describe('parseIdNumber', () => {
  it('derives birth date, gender and region from a valid number', () => {
    expect(parseIdNumber(STANDARD_EXAMPLE, TODAY)).toEqual({
      ok: true,
      value: {
        normalized: STANDARD_EXAMPLE,
        birthDate: '1949-12-31',
        gender: 'female',
        regionCode: '110105',
      },
    });
    expect(parseIdNumber('220102198005170013', TODAY)).toEqual({
      ok: true,
      value: {
        normalized: '220102198005170013',
        birthDate: '1980-05-17',
        gender: 'male',
        regionCode: '220102',
      },
    });
  });

  it('accepts a lower-case x and surrounding spaces, normalising them', () => {
    const result = parseIdNumber(` ${STANDARD_EXAMPLE.toLowerCase()} `, TODAY);
    expect(result.ok && result.value.normalized).toBe(STANDARD_EXAMPLE);
  });

  it.each([
    ['', 'empty'],
    ['11010519491231002', '17 characters'],
    ['11010519491231002X1', '19 characters'],
    ['110105491231002', 'old 15-digit number'],
    ['1101051949123100X2', 'X not in last place'],
    ['11010519491231002Y', 'letter other than X'],
    ['110105 19491231002X', 'space inside'],
    ['１１０１０５ １９４９１２３１００２X', 'full-width digits with a full-width space inside'],
  ])('refuses %s (%s) as format', (id) => {
    expect(parseIdNumber(id, TODAY)).toEqual({ ok: false, code: 'id_number.invalid', reason: 'format' });
  });

  it('reads full-width digits and a full-width ｘ (Chinese input methods) as their ASCII forms', () => {
    const fullWidth = '１１０１０５１９４９１２３１００２ｘ';
    expect(normalizeIdNumber(fullWidth)).toBe(STANDARD_EXAMPLE);
    const result = parseIdNumber(`\u3000${fullWidth}\u3000`, TODAY);
    expect(result.ok && result.value.normalized).toBe(STANDARD_EXAMPLE);
  });

  it('refuses a wrong check character as checksum', () => {
    expect(parseIdNumber('110105194912310021', TODAY)).toMatchObject({ ok: false, reason: 'checksum' });
  });

  it.each(['000000', '100101', '240101', '660101', '800101', '830101', '839999', '910101', '990101'])(
    'refuses address code %s as region',
    (region) => {
      expect(parseIdNumber(makeIdNumber({ region }), TODAY)).toMatchObject({ ok: false, reason: 'region' });
    },
  );

  it('accepts every province-level code, including Taiwan, Hong Kong and Macao', () => {
    for (const province of provinceCodes) {
      expect(isValidIdNumber(makeIdNumber({ region: `${province}0101` }), TODAY)).toBe(true);
    }
  });

  it('accepts the residence permits of Hong Kong, Macao and Taiwan residents (810000, 820000, 830000)', () => {
    expect(residencePermitRegionCodes).toEqual(['810000', '820000', '830000']);
    for (const region of residencePermitRegionCodes) {
      const id = makeIdNumber({ region, birthDate: '1990-03-08', gender: 'female', seq: 41 });
      expect(parseIdNumber(id, TODAY)).toEqual({
        ok: true,
        value: { normalized: id, birthDate: '1990-03-08', gender: 'female', regionCode: region },
      });
    }
    // a Taiwan resident's permit number, check character by hand: Σ = 170, 170 mod 11 = 5 → '7'
    expect(parseIdNumber('830000199201010017', TODAY)).toMatchObject({ ok: true });
  });

  it.each([
    ['1981-02-29', 'not a leap year'],
    ['1980-13-01', 'month 13'],
    ['1980-04-31', 'April 31'],
    ['1980-00-10', 'month 0'],
    ['1980-01-00', 'day 0'],
    ['1899-12-31', 'before 1900'],
    ['2025-10-25', 'after today'],
  ])('refuses birth date %s (%s)', (birthDate) => {
    const first17 = `220102${birthDate.replaceAll('-', '')}001`;
    const id = `${first17}${idCheckChar(first17)}`;
    expect(parseIdNumber(id, TODAY)).toMatchObject({ ok: false, reason: 'birth_date' });
  });

  it('accepts leap days and people born today', () => {
    expect(isValidIdNumber(makeIdNumber({ birthDate: '2000-02-29' }), TODAY)).toBe(true);
    expect(isValidIdNumber(makeIdNumber({ birthDate: '1900-01-01' }), TODAY)).toBe(true);
    expect(isValidIdNumber(makeIdNumber({ birthDate: TODAY }), TODAY)).toBe(true);
  });

  it('reads `today` as a Shanghai calendar date', () => {
    const id = makeIdNumber({ birthDate: '2025-10-24' });
    // 16:30 UTC on the 23rd is 00:30 on the 24th in Shanghai: the person is born "today".
    expect(isValidIdNumber(id, new Date('2025-10-23T16:30:00Z'))).toBe(true);
    expect(isValidIdNumber(id, new Date('2025-10-23T15:30:00Z'))).toBe(false);
  });

  it('defaults `today` to now, so a birth date next century is refused', () => {
    expect(isValidIdNumber(makeIdNumber({ birthDate: '2199-01-01' }))).toBe(false);
    expect(isValidIdNumber(STANDARD_EXAMPLE)).toBe(true);
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 characters', () => {
    expect(maskIdNumber(STANDARD_EXAMPLE)).toBe('110105********002X');
    expect(maskIdNumber('220102198005170013')).toBe('220102********0013');
  });

  it('keeps the length of malformed input but masks short input entirely', () => {
    expect(maskIdNumber('')).toBe('');
    expect(maskIdNumber('abc')).toBe('***');
    expect(maskIdNumber('12345678901234')).toBe('**************');
    expect(maskIdNumber('123456789012345')).toBe('123456*****2345');
    expect(maskIdNumber('12345678901234567890')).toBe('123456**********7890');
  });
});

describe('ID number properties', () => {
  it('a mask reveals at most the first 6 and last 4 characters, and keeps the length', () => {
    fc.assert(
      fc.property(fc.oneof(validIdNumber(), fc.string({ maxLength: 40 })), (id) => {
        const masked = maskIdNumber(id);
        expect(masked.length).toBe(id.length);
        for (let i = 0; i < id.length; i++) {
          if (masked[i] === '*') continue;
          expect(i < 6 || i >= id.length - 4).toBe(true);
          expect(masked[i]).toBe(id[i]);
        }
        expect(masked.replace(/\*/g, '').length).toBeLessThanOrEqual(10);
      }),
    );
  });

  it('every generated ID number is valid', () => {
    fc.assert(fc.property(validIdNumber(), (id) => isValidIdNumber(id, TODAY)));
  });

  it('the facts read back are the facts the number was made from', () => {
    fc.assert(
      fc.property(idNumberSpec(), (spec) => {
        const result = parseIdNumber(makeIdNumber(spec), TODAY);
        expect(result).toEqual({
          ok: true,
          value: expect.objectContaining({
            birthDate: spec.birthDate,
            gender: spec.gender,
            regionCode: spec.region,
          }),
        });
      }),
    );
  });

  it('the checksum catches every single substitution, check character included', () => {
    fc.assert(
      fc.property(validIdNumber(), (id) => {
        for (let position = 0; position < 18; position++) {
          for (const replacement of '0123456789X') {
            if (replacement === id[position]) continue;
            const changed = `${id.slice(0, position)}${replacement}${id.slice(position + 1)}`;
            const expected = replacement === 'X' && position < 17 ? 'format' : 'checksum';
            expect(parseIdNumber(changed, TODAY)).toEqual({
              ok: false,
              code: 'id_number.invalid',
              reason: expected,
            });
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('full-width forms (digits, ｘ, ideographic spaces) parse to the same ASCII number', () => {
    const toFullWidth = (text: string) =>
      text.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(validIdNumber(), fc.boolean(), (id, lower) => {
        const typed = `\u3000${toFullWidth(id)}`;
        const result = parseIdNumber(lower ? typed.toLowerCase() : typed, TODAY);
        expect(result.ok && result.value.normalized).toBe(id);
      }),
    );
  });

  it('upper- and lower-case forms parse to the same normalised number', () => {
    fc.assert(
      fc.property(validIdNumber(), (id) => {
        const lower = parseIdNumber(id.toLowerCase(), TODAY);
        expect(lower.ok && lower.value.normalized).toBe(id);
      }),
    );
  });
});
