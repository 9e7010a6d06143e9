import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidEmail,
  isValidLandline,
  isValidMobile,
  isValidPostalCode,
  maskLandline,
  maskMobile,
  normalizeMobile,
} from './contact';

const digits = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));
const mobile = () =>
  fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([second, rest]) => `1${second}${rest}`);
const areaCode = () =>
  fc.oneof(
    fc.constant('010'),
    digits(1).map((d) => `02${d}`),
    fc.tuple(fc.integer({ min: 3, max: 9 }), digits(2)).map(([first, rest]) => `0${first}${rest}`),
  );
const localNumber = () =>
  fc
    .tuple(fc.integer({ min: 2, max: 9 }), fc.oneof(digits(6), digits(7)))
    .map(([first, rest]) => `${first}${rest}`);

describe('isValidMobile', () => {
  it.each([
    '13812345678',
    '19912345678',
    '138 1234 5678',
    '138-1234-5678',
    '+8613812345678',
    '008613812345678',
  ])('accepts %s', (value) => expect(isValidMobile(value)).toBe(true));

  it.each(['12812345678', '1381234567', '138123456789', '23812345678', '1381234567a', '', '+86 1381234567'])(
    'refuses %s',
    (value) => expect(isValidMobile(value)).toBe(false),
  );

  it('normalises to the 11 bare digits', () => {
    expect(normalizeMobile('+86 138-1234-5678')).toBe('13812345678');
  });
});

describe('isValidLandline', () => {
  it.each([
    '0431-88522559',
    '043188522559',
    '(0431)88522559',
    '(0431) 88522559',
    '0431 88522559',
    '0431-88522559-123',
    '010-62345678',
    '01062345678',
    '020-8765432',
    '0433-2345678',
  ])('accepts %s', (value) => expect(isValidLandline(value)).toBe(true));

  it.each([
    ['88522559', 'no area code'],
    ['431-88522559', 'area code without 0'],
    ['0431-08522559', 'local number starting 0'],
    ['0431-18522559', 'local number starting 1'],
    ['0431-885225', 'local number too short'],
    ['0431-885225591', 'local number too long'],
    ['011-62345678', 'no such 3-digit area code'],
    ['0431-88522559-', 'empty extension'],
    ['0431-88522559-1234567', 'extension too long'],
    ['(0431-88522559', 'unbalanced parenthesis'],
    ['13812345678', 'a mobile number'],
  ])('refuses %s (%s)', (value) => expect(isValidLandline(value)).toBe(false));
});

describe('isValidPostalCode', () => {
  it('accepts six digits', () => {
    expect(isValidPostalCode('130000')).toBe(true);
    expect(isValidPostalCode('130022')).toBe(true);
  });

  it.each(['13000', '1300000', '13000a', '', '130 000'])('refuses %s', (value) =>
    expect(isValidPostalCode(value)).toBe(false),
  );
});

describe('isValidEmail', () => {
  it.each(['yuhaochen@ccrs.gov.cn', '12345@qq.com', 'a.b+tag@mail.example.org', '张三@例子.中国'])(
    'accepts %s',
    (value) => expect(isValidEmail(value)).toBe(true),
  );

  it.each([
    ['plain', 'no @'],
    ['a@b@c.com', 'two @'],
    ['a b@c.com', 'space'],
    ['a@localhost', 'no dot in domain'],
    ['@c.com', 'empty local part'],
    ['a@.com', 'empty domain label'],
    ['a@c..com', 'double dot in domain'],
    ['a@-c.com', 'label starting with hyphen'],
    ['a@c.c', 'one-letter top-level domain'],
    ['.a@c.com', 'local part starting with dot'],
    [`${'a'.repeat(65)}@c.com`, 'local part over 64'],
    [`a@${'b'.repeat(250)}.com`, 'over 254 characters'],
  ])('refuses %s (%s)', (value) => expect(isValidEmail(value)).toBe(false));
});

describe('maskMobile', () => {
  it('keeps the first 3 and last 4 digits', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskMobile('+86 138 1234 5678')).toBe('138****5678');
  });

  it('masks anything that is not a mobile number entirely', () => {
    expect(maskMobile('0431-88522559')).toBe('*************');
    expect(maskMobile('12')).toBe('****');
  });

  it('never shows more than the first 3 and last 4 digits', () => {
    fc.assert(
      fc.property(mobile(), (value) => {
        const masked = maskMobile(value);
        expect(masked).toBe(`${value.slice(0, 3)}****${value.slice(7)}`);
        expect(isValidMobile(value)).toBe(true);
      }),
    );
  });
});

describe('maskLandline', () => {
  it('keeps the area code as written and the last 4 digits', () => {
    expect(maskLandline('0431-88522559')).toBe('0431-****2559');
    expect(maskLandline('043188522559')).toBe('0431****2559');
    expect(maskLandline('(0431)88522559')).toBe('(0431)****2559');
    expect(maskLandline('010-6234567')).toBe('010-***4567');
    expect(maskLandline('01062345678')).toBe('010****5678');
  });

  it('masks the extension', () => {
    expect(maskLandline('0431-88522559-123')).toBe('0431-****2559-***');
  });

  it('reveals little of unrecognised input', () => {
    expect(maskLandline('88522559')).toBe('********');
    expect(maskLandline('phone: 88522559')).toBe('***********2559');
  });

  it('keeps validity, length, area code and last 4 for every landline format', () => {
    fc.assert(
      fc.property(
        areaCode(),
        localNumber(),
        fc.constantFrom('-', '', ' ', 'paren'),
        fc.option(digits(3), { nil: undefined }),
        (area, local, separator, extension) => {
          const head = separator === 'paren' ? `(${area})` : `${area}${separator}`;
          const value = `${head}${local}${extension === undefined ? '' : `-${extension}`}`;
          expect(isValidLandline(value)).toBe(true);
          const masked = maskLandline(value);
          expect(masked.length).toBe(value.length);
          expect(masked.startsWith(`${head}${'*'.repeat(local.length - 4)}${local.slice(-4)}`)).toBe(true);
          expect(masked.replace(/[^0-9]/g, '')).toBe(`${area}${local.slice(-4)}`);
        },
      ),
    );
  });
});
