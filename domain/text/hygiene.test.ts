import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointLabel,
  findUnsafeCharacter,
  findUnstorableCharacter,
  foldIdentifier,
  isInvisibleCharacter,
  isSafeText,
} from './hygiene';

const controlCodePoint = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
/** Text fit for any field, a name included: letters, CJK, punctuation, astral characters (paired). */
const safeCharacter = fc
  .oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0xa0, max: 0xd7ff }),
    fc.integer({ min: 0xe000, max: 0x10ffff }),
  )
  .filter((cp) => !isInvisibleCharacter(cp))
  .map((cp) => String.fromCodePoint(cp));
const safeText = fc.array(safeCharacter, { maxLength: 30 }).map((chars) => chars.join(''));
/** Splices a character into a text at some place. */
const spliced = (inserted: fc.Arbitrary<string>) =>
  fc
    .tuple(safeText, inserted, safeText)
    // a lone high surrogate next to a low one would pair up: keep the neighbours surrogate-free
    .map(([before, character, after]) => ({ text: `${before}${character}${after}`, before, character }));

describe('findUnsafeCharacter', () => {
  it('refuses NUL and other control characters, saying where', () => {
    expect(findUnsafeCharacter('张\u0000三')).toEqual({ kind: 'control', position: 2, codePoint: 0 });
    expect(findUnsafeCharacter('a\u001bb')).toMatchObject({ kind: 'control', codePoint: 0x1b });
    expect(findUnsafeCharacter('\u007f')).toMatchObject({ kind: 'control' });
    expect(findUnsafeCharacter('x\u0085')).toMatchObject({ kind: 'control', position: 2 });
  });

  it('lets a text area keep line breaks and tabs, never a single-line field', () => {
    expect(findUnsafeCharacter('第一行\n第二行\r\n\t第三行', { multiline: true })).toBeUndefined();
    expect(findUnsafeCharacter('第一行\n第二行')).toMatchObject({ kind: 'control', position: 4 });
    expect(findUnsafeCharacter('a\u0000', { multiline: true })).toMatchObject({ kind: 'control' });
  });

  it('refuses an unpaired surrogate and accepts a paired one, counting positions in characters', () => {
    expect(findUnsafeCharacter('张\ud800三')).toEqual({
      kind: 'unpaired_surrogate',
      position: 2,
      codePoint: 0xd800,
    });
    expect(findUnsafeCharacter('\udc00')).toMatchObject({ kind: 'unpaired_surrogate', position: 1 });
    expect(findUnsafeCharacter('𠮷野\ud83d')).toMatchObject({ kind: 'unpaired_surrogate', position: 3 });
    expect(findUnsafeCharacter('𠮷野家 👷‍♀️')).toBeUndefined();
  });

  it('keeps Chinese prose as typed: full-width punctuation, zero-width joiners in emoji', () => {
    expect(findUnsafeCharacter('主持改造（一期），节约成本１５０万元；带徒１０人。')).toBeUndefined();
    expect(findUnsafeCharacter('👷\u200d♀️')).toBeUndefined();
  });

  it.each([
    ['\u200b', 'zero-width space'],
    ['\u200c', 'zero-width non-joiner'],
    ['\u200d', 'zero-width joiner'],
    ['\u2060', 'word joiner'],
    ['\ufeff', 'byte-order mark'],
    ['\u200e', 'left-to-right mark'],
    ['\u200f', 'right-to-left mark'],
    ['\u061c', 'Arabic letter mark'],
    ['\u202a', 'left-to-right embedding'],
    ['\u202e', 'right-to-left override'],
    ['\u2066', 'left-to-right isolate'],
    ['\u2069', 'pop directional isolate'],
    ['\u00ad', 'soft hyphen'],
    ['\u2028', 'line separator'],
  ])('refuses %j (%s) in a name, and only there', (character) => {
    expect(findUnsafeCharacter(`周${character}军`, { name: true })).toEqual({
      kind: 'invisible',
      position: 2,
      codePoint: character.codePointAt(0),
    });
    expect(isInvisibleCharacter(character.codePointAt(0) ?? 0)).toBe(true);
  });

  it.each(['迪丽热巴·迪力木拉提', '阿依古丽・买买提', '𠮷田', '欧阳　修', "O'Neil Smith-Jones", '豈'])(
    'accepts the name %s as typed',
    (name) => {
      expect(findUnsafeCharacter(name, { name: true })).toBeUndefined();
    },
  );

  it('refuses any text with a control character, whatever surrounds it', () => {
    fc.assert(
      fc.property(spliced(controlCodePoint.map((cp) => String.fromCodePoint(cp))), ({ text, before }) => {
        const found = findUnsafeCharacter(text);
        expect(found?.kind).toBe('control');
        expect(found?.position).toBe([...before].length + 1);
        expect(isSafeText(text)).toBe(false);
      }),
    );
  });

  it('refuses any text with a lone surrogate, even in a text area or a name', () => {
    fc.assert(
      fc.property(spliced(loneSurrogate), fc.boolean(), fc.boolean(), ({ text, before }, multiline, name) => {
        const found = findUnsafeCharacter(text, { multiline, name });
        expect(found).toMatchObject({ kind: 'unpaired_surrogate', position: [...before].length + 1 });
        expect(findUnstorableCharacter(text)).toEqual(found);
      }),
    );
  });

  it('accepts any text of safe characters, in every kind of field', () => {
    fc.assert(
      fc.property(safeText, fc.boolean(), fc.boolean(), (text, multiline, name) => {
        expect(findUnsafeCharacter(text, { multiline, name })).toBeUndefined();
      }),
    );
  });
});

describe('findUnstorableCharacter', () => {
  it('finds only what the database cannot store: U+0000 and unpaired surrogates', () => {
    expect(findUnstorableCharacter('a\u0000')).toEqual({ kind: 'control', position: 2, codePoint: 0 });
    expect(findUnstorableCharacter('a\ud800')).toMatchObject({ kind: 'unpaired_surrogate' });
    expect(findUnstorableCharacter('a\u001b\n\u200b𠮷')).toBeUndefined();
  });
});

describe('foldIdentifier', () => {
  const toFullWidth = (text: string) =>
    text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

  it('turns full-width digits, letters and signs into ASCII', () => {
    expect(foldIdentifier('１３８ １２３４ ５６７８')).toBe('138 1234 5678');
    expect(foldIdentifier('＋８６－１３８')).toBe('+86-138');
    expect(foldIdentifier('ｙｕ＠ｃｃｒｓ．ｇｏｖ．ｃｎ')).toBe('yu@ccrs.gov.cn');
    expect(foldIdentifier('\u3000１３００００\u3000')).toBe('130000');
  });

  it('drops the invisible marks contact lists wrap phone numbers in', () => {
    expect(foldIdentifier('\u202d+86 138 1234 5678\u202c')).toBe('+86 138 1234 5678');
    expect(foldIdentifier('138\u200b12345678')).toBe('13812345678');
  });

  it('maps every full-width ASCII character to its ASCII form, and is idempotent', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0x21, max: 0x7e }).map((cp) => String.fromCharCode(cp)),
    });
    fc.assert(
      fc.property(ascii, (text) => {
        expect(foldIdentifier(toFullWidth(text))).toBe(text);
        expect(foldIdentifier(foldIdentifier(text))).toBe(foldIdentifier(text));
      }),
    );
  });

  it('makes the full-width form of any digit string its ASCII digits (NFKC)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,20}$/), (digits) => {
        expect(toFullWidth(digits).normalize('NFKC')).toBe(digits);
        expect(foldIdentifier(toFullWidth(digits))).toBe(digits);
      }),
    );
  });
});

describe('codePointLabel', () => {
  it('writes U+ and at least four hex digits', () => {
    expect(codePointLabel(0)).toBe('U+0000');
    expect(codePointLabel(0xd800)).toBe('U+D800');
    expect(codePointLabel(0x20bb7)).toBe('U+20BB7');
  });
});
