import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isWeekend, weekdayOf, yearOf } from './days';

describe('day arithmetic', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-09-30', 1)).toBe('2026-10-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('keeps four-digit years below 100 (Date.UTC would read them as 19xx)', () => {
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
    expect(yearOf('0050-01-01')).toBe(50);
  });

  it('reads the year past 9999 too, so no calendar claims to cover it', () => {
    expect(addDays('9999-12-31', 1)).toBe('10000-01-01');
    expect(yearOf('10000-01-01')).toBe(10000);
  });

  it('knows the weekdays', () => {
    expect(weekdayOf('2026-09-28')).toBe(1); // Monday
    expect(weekdayOf('2026-10-10')).toBe(6); // Saturday
    expect(isWeekend('2026-09-20')).toBe(true); // Sunday
    expect(isWeekend('2026-10-09')).toBe(false);
  });

  it('agrees with the Date object at UTC midnight for every day 1970–2100', () => {
    const first = Date.UTC(1970, 0, 1);
    const last = Date.UTC(2100, 11, 31);
    fc.assert(
      fc.property(
        fc.integer({ min: first / 864e5, max: last / 864e5 }),
        fc.integer({ min: -400, max: 400 }),
        (d, n) => {
          const day = new Date(d * 864e5).toISOString().slice(0, 10);
          expect(addDays(day, n)).toBe(new Date((d + n) * 864e5).toISOString().slice(0, 10));
          expect(weekdayOf(day)).toBe(new Date(d * 864e5).getUTCDay());
        },
      ),
    );
  });
});
