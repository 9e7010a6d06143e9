import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveKeys, generateMasterKey } from './keys';
import { Sealer } from './sealed';

const sealer = new Sealer(deriveKeys(generateMasterKey()));

describe('Sealer (SM4-CBC + HMAC-SM3)', () => {
  it('round-trips any text and never stores it in the clear', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (plain) => {
        const sealed = sealer.seal(plain);
        expect(sealer.open(sealed)).toBe(plain);
        expect(sealed.startsWith('v1:')).toBe(true);
        if (plain.length >= 4) expect(sealed).not.toContain(plain);
      }),
    );
  });

  it('uses a fresh IV: the same value seals differently each time', () => {
    expect(sealer.seal('220102198005170011')).not.toBe(sealer.seal('220102198005170011'));
  });

  it('refuses a tampered value', () => {
    const sealed = sealer.seal('6217000010001234567');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[20] = (raw[20] ?? 0) ^ 1;
    expect(() => sealer.open(`v1:${raw.toString('base64')}`)).toThrow(/integrity/);
  });

  it('refuses a value sealed under another key', () => {
    const other = new Sealer(deriveKeys(generateMasterKey()));
    expect(() => other.open(sealer.seal('x'))).toThrow();
  });

  it('lookup hash is stable, keyed and case-insensitive for the check character', () => {
    expect(sealer.lookupHash('22010219800517001x')).toBe(sealer.lookupHash('22010219800517001X'));
    const other = new Sealer(deriveKeys(generateMasterKey()));
    expect(other.lookupHash('a')).not.toBe(sealer.lookupHash('a'));
  });

  it('rejects a malformed master key', () => {
    expect(() => deriveKeys('short')).toThrow(/64 hexadecimal/);
  });
});
