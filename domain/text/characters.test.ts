import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterCount } from './characters';

describe('characterCount', () => {
  it('counts code points, not UTF-16 units or bytes', () => {
    expect(characterCount('')).toBe(0);
    expect(characterCount('长春技能大奖')).toBe(6);
    expect(characterCount('𠮷野家')).toBe(3); // 𠮷 is outside the BMP: two UTF-16 units
    expect('𠮷野家'.length).toBe(4);
    expect(characterCount('👷‍♀️')).toBe(4); // woman construction worker: 👷 ZWJ ♀ VS16
    expect(characterCount('a\u0301')).toBe(2); // a combining accent is a code point of its own
  });

  it('matches the code points of any string and never exceeds its UTF-16 length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(characterCount(text)).toBe(Array.from(text).length);
        expect(characterCount(text)).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  it('counts n astral characters as n', () => {
    const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));
    fc.assert(
      fc.property(fc.array(astral, { maxLength: 400 }), (characters) => {
        const text = characters.join('');
        expect(characterCount(text)).toBe(characters.length);
        expect(text.length).toBe(2 * characters.length);
      }),
    );
  });
});
