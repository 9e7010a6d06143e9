import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeApplication } from '../application/application.testing';
import { idNumberSpec, makeIdNumber } from '../people/id-number.testing';
import { findingsOf } from './eligibility.testing';

const context = { referenceDate: '2025-10-24', today: '2025-12-31' };

describe('eligibility properties', () => {
  it('a draft built from a valid ID number (its birth date and gender) has no id_number.* findings', () => {
    fc.assert(
      fc.property(idNumberSpec(), fc.boolean(), (spec, lowerCaseX) => {
        const id = makeIdNumber(spec);
        const draft = {
          ...makeApplication(),
          idNumber: lowerCaseX ? id.toLowerCase() : id,
          birthDate: spec.birthDate,
          gender: spec.gender,
        };
        const codes = findingsOf(draft, context).map((finding) => finding.code);
        expect(codes.filter((code) => code.startsWith('id_number.'))).toEqual([]);
      }),
    );
  });

  it('any summary of at most 300 code points, astral characters and emoji included, is never too long', () => {
    const character = fc.oneof(
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((cp) => String.fromCodePoint(cp)),
      fc.integer({ min: 0x10000, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
      fc.constantFrom('😀', '👷', '🏆', '𠮷', '\u200d', '\ufe0f'),
    );
    fc.assert(
      fc.property(fc.array(character, { maxLength: 300 }), (characters) => {
        const achievementsSummary = characters.join('');
        const codes = findingsOf({ achievementsSummary }, context).map((finding) => finding.code);
        expect(codes).not.toContain('summary.too_long');
      }),
    );
  });

  it('one character over 300 is always too long', () => {
    const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));
    fc.assert(
      fc.property(fc.array(astral, { minLength: 301, maxLength: 320 }), (characters) => {
        const [finding] = findingsOf({ achievementsSummary: characters.join('') }, context);
        expect(finding?.params).toMatchObject({ count: characters.length });
      }),
      { numRuns: 50 },
    );
  });
});
