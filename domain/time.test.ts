import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, isIsoDate, isRealDate, shanghaiDate } from './time';

describe('shanghaiDate', () => {
  it('reads an instant as the Shanghai calendar date (UTC+8)', () => {
    expect(shanghaiDate(new Date('2025-10-23T15:59:59Z'))).toBe('2025-10-23');
    expect(shanghaiDate(new Date('2025-10-23T16:00:00Z'))).toBe('2025-10-24');
    expect(shanghaiDate('2025-10-23T16:00:00Z')).toBe('2025-10-24');
    expect(shanghaiDate('2025-10-24T07:30:00+08:00')).toBe('2025-10-24');
    expect(shanghaiDate('2025-10-24T07:30:00+0800')).toBe('2025-10-24');
    expect(shanghaiDate('2025-10-23T20:00:00-05:00')).toBe('2025-10-24');
  });

  it('takes a plain date, or a date-time without offset, as Shanghai wall-clock time', () => {
    expect(shanghaiDate('2025-10-24')).toBe('2025-10-24');
    expect(shanghaiDate('2025-10-24T23:59:59')).toBe('2025-10-24');
    expect(shanghaiDate('2025-10-24 00:00')).toBe('2025-10-24');
  });

  it('refuses values it cannot read', () => {
    expect(() => shanghaiDate('2025-02-30')).toThrow(RangeError);
    expect(() => shanghaiDate('yesterday')).toThrow(RangeError);
    expect(() => shanghaiDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('agrees with the Intl time zone database for every instant since 1992', () => {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1992-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (instant) => {
          expect(shanghaiDate(instant)).toBe(format.format(instant));
        },
      ),
    );
  });
});

describe('calendar dates', () => {
  it('knows leap years and month lengths', () => {
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2025, 4, 31)).toBe(false);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(isIsoDate('2025-10-24')).toBe(true);
    expect(isIsoDate('2025-1-24')).toBe(false);
  });

  it('accepts exactly the dates the platform calendar produces', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2200-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => isIsoDate(date.toISOString().slice(0, 10)),
      ),
    );
  });
});
