import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awardCodes } from '../roles';
import { certificateNumber, parseCertificateNumber } from './index';

describe('certificate numbers', () => {
  it('prints the award prefix, the year and a serial of three digits at least', () => {
    expect(certificateNumber('grand_award', 2026, 1)).toBe('CCJNDJ-2026-001');
    expect(certificateNumber('technical_expert', 2026, 12)).toBe('CCJSNS-2026-012');
    expect(certificateNumber('technical_expert', 2026, 1234)).toBe('CCJSNS-2026-1234');
    expect(() => certificateNumber('grand_award', 2026, 0)).toThrow(RangeError);
  });

  it('reads back what it prints, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...awardCodes),
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 99999 }),
        (award, year, serial) => {
          expect(parseCertificateNumber(certificateNumber(award, year, serial))).toEqual({
            award,
            year,
            serial,
          });
        },
      ),
    );
    expect(parseCertificateNumber(' ccjsns-2023-011 ')).toEqual({
      award: 'technical_expert',
      year: 2023,
      serial: 11,
    });
    for (const bad of ['', 'CCJSNS-23-011', 'CCXXXX-2026-001', 'CCJSNS-2026-01', 'CCJSNS-2026-001; drop'])
      expect(parseCertificateNumber(bad)).toBeNull();
  });
});
