import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLeapYear } from '../time';
import { yearsInOccupation } from './occupation';

/** A real day between 1950 and 2099 as `YYYY-MM-DD`. */
const isoDate = () =>
  fc
    .date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The day before a `YYYY-MM-DD` (UTC arithmetic on a plain date: no time zone involved). */
function dayBefore(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`) - 24 * 60 * 60 * 1000;
  return new Date(ms).toISOString().slice(0, 10);
}

describe('yearsInOccupation', () => {
  it('counts whole years up to the reference date', () => {
    expect(yearsInOccupation('1997-07-01', '2026-10-24')).toBe(29);
    expect(yearsInOccupation('1996-10-01', '2026-10-24')).toBe(30);
    expect(yearsInOccupation('2007-10-25', '2025-10-24')).toBe(17);
    expect(yearsInOccupation('2007-10-25', '2025-10-25')).toBe(18);
    expect(yearsInOccupation('2025-03-01', '2025-10-24')).toBe(0);
  });

  it('is null while the start date is absent or not a real day, and refuses a bad reference date', () => {
    for (const start of [undefined, null, '', '1997-7-1', '1997-02-30', '1997-07']) {
      expect(yearsInOccupation(start, '2026-10-24')).toBeNull();
    }
    expect(() => yearsInOccupation('1997-07-01', '2026-02-30')).toThrow(RangeError);
  });

  it('counts an anniversary of 29 February on 1 March in a common year', () => {
    expect(yearsInOccupation('2000-02-29', '2001-02-28')).toBe(0);
    expect(yearsInOccupation('2000-02-29', '2001-03-01')).toBe(1);
    expect(yearsInOccupation('2000-02-29', '2004-02-28')).toBe(3);
    expect(yearsInOccupation('2000-02-29', '2004-02-29')).toBe(4);
    expect(yearsInOccupation('1999-02-28', '2000-02-28')).toBe(1);
    expect(yearsInOccupation('1999-03-01', '2000-02-29')).toBe(0);
  });

  it('is never negative: a start after the reference date counts 0', () => {
    fc.assert(
      fc.property(isoDate(), isoDate(), (start, reference) => {
        const years = yearsInOccupation(start, reference);
        expect(years).not.toBeNull();
        expect(years).toBeGreaterThanOrEqual(0);
        if (start > reference) expect(years).toBe(0);
      }),
    );
  });

  it('never decreases as the reference date moves later', () => {
    fc.assert(
      fc.property(isoDate(), isoDate(), isoDate(), (start, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        expect(yearsInOccupation(start, earlier)).toBeLessThanOrEqual(yearsInOccupation(start, later) ?? -1);
      }),
    );
  });

  it('is exact on every anniversary and one less on the day before', () => {
    fc.assert(
      fc.property(isoDate(), fc.integer({ min: 1, max: 60 }), (start, n) => {
        const [year, month, day] = start.split('-').map(Number) as [number, number, number];
        const target = year + n;
        // 29 February has its anniversary on 1 March in a common year.
        const anniversary =
          month === 2 && day === 29 && !isLeapYear(target)
            ? `${pad(target, 4)}-03-01`
            : `${pad(target, 4)}-${pad(month)}-${pad(day)}`;
        expect(yearsInOccupation(start, anniversary)).toBe(n);
        expect(yearsInOccupation(start, dayBefore(anniversary))).toBe(n - 1);
      }),
    );
  });
});
