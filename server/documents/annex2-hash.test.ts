import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annex2DataFromDraft } from './annex2-data';
import { makeAnnex2Data, makeAnnex2Draft, portraitPng } from './annex2-data.testing';
import { annex2ContentHash, canonicalJson, shortHash, verificationLink } from './annex2-hash';

describe('annex2ContentHash', () => {
  const data = makeAnnex2Data();
  const hash = annex2ContentHash(data);

  it('is a SHA-256 in hex', () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores when and where the paper was produced', () => {
    expect(annex2ContentHash({ ...data, generatedAt: new Date('2030-01-01T00:00:00Z') })).toBe(hash);
    expect(annex2ContentHash({ ...data, verificationUrl: 'https://other.example/v/' })).toBe(hash);
  });

  it('changes with any printed content, the photo included', () => {
    expect(annex2ContentHash({ ...data, name: '周铁君' })).not.toBe(hash);
    expect(annex2ContentHash({ ...data, unitOpinion: `${data.unitOpinion}。` })).not.toBe(hash);
    expect(annex2ContentHash({ ...data, referenceDate: '2026-10-24' })).not.toBe(hash);
    const otherPhoto = { bytes: portraitPng(151, 210), mimeType: 'image/png' as const };
    expect(annex2ContentHash({ ...data, photo: otherPhoto })).not.toBe(hash);
    const { photo: _photo, ...withoutPhoto } = data;
    expect(annex2ContentHash(withoutPhoto)).not.toBe(hash);
    const rows = data.sections.workHistory;
    const swapped = { ...data.sections, workHistory: [...rows].reverse() };
    expect(annex2ContentHash({ ...data, sections: swapped })).not.toBe(hash);
  });

  it('is recomputed identically from the stored draft (what the verification page does)', () => {
    const context = {
      unitOpinion: data.unitOpinion,
      photo: data.photo && { bytes: Buffer.from(data.photo.bytes), mimeType: data.photo.mimeType },
      referenceDate: data.referenceDate,
      verificationUrl: 'https://jiangxuan.example/verify/',
      generatedAt: new Date(),
    };
    const draft = makeAnnex2Draft();
    // A database returns its keys in its own order; blank optional fields may come back as ''.
    const reordered = Object.fromEntries(Object.entries({ ...draft, landline: draft.landline }).reverse());
    expect(annex2ContentHash(annex2DataFromDraft(reordered, context))).toBe(hash);
  });

  it('short form and link', () => {
    expect(shortHash('0123456789abcdef0123')).toBe('0123 4567 89ab cdef');
    expect(verificationLink('http://h/verify/', hash)).toBe(`http://h/verify/${hash}`);
  });
});

describe('canonicalJson', () => {
  it('sorts keys and drops absent values, so equal content has one spelling', () => {
    expect(canonicalJson({ b: 1, a: { d: '', c: [1, 'x'] }, e: undefined, f: null, g: [] })).toBe(
      '{"a":{"c":[1,"x"]},"b":1}',
    );
  });

  it('keeps positions inside arrays', () => {
    expect(canonicalJson([undefined, 'a'])).toBe('[null,"a"]');
  });

  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean())), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
      }),
    );
  });
});
