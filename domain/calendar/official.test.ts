import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { addDays, isWeekend } from './days';
import { isOfficialYear, officialDayKind, officialYears } from './official';

describe('the official arrangements held by chinese-days', () => {
  it('covers a contiguous run of years up to the current edition, derived from the data', () => {
    expect(officialYears.length).toBeGreaterThan(0);
    const [first] = officialYears;
    expect(officialYears).toEqual(officialYears.map((_, i) => (first ?? 0) + i));
    // chinese-days 1.5.7: 2004–2026. An upgrade may add years but must keep these.
    expect(first).toBeLessThanOrEqual(2004);
    expect(officialYears).toContain(2025);
    expect(officialYears).toContain(2026);
    expect(isOfficialYear(2031)).toBe(false);
  });

  it('lists New Year’s Day as a holiday in every covered year', () => {
    for (const year of officialYears) expect(officialDayKind(`${year}-01-01`)).toBe('holiday');
  });

  it('holds the 2026 National Day arrangement: 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 worked', () => {
    for (let day = '2026-10-01'; day <= '2026-10-07'; day = addDays(day, 1)) {
      expect(officialDayKind(day)).toBe('holiday');
    }
    expect(officialDayKind('2026-09-20')).toBe('workday');
    expect(officialDayKind('2026-10-10')).toBe('workday');
    expect(officialDayKind('2026-10-09')).toBeUndefined();
  });

  // West of Greenwich the package's own tables come out shifted by a day (it builds them by parsing
  // dates as UTC and formatting them in local time), which is why we read its data file: the
  // comparison is meaningful only where the package itself works.
  const westOfGreenwich = [0, 6].some((month) => new Date(2026, month, 1).getTimezoneOffset() > 0);

  it.skipIf(westOfGreenwich)(
    'agrees with the package’s own isWorkday on every day of every covered year',
    () => {
      // A local-time Date at noon: the package reads it in local time throughout.
      const disagreements: string[] = [];
      for (const year of officialYears) {
        for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1)) {
          const kind = officialDayKind(day);
          const ours = kind === undefined ? !isWeekend(day) : kind === 'workday';
          const local = new Date(
            Number(day.slice(0, 4)),
            Number(day.slice(5, 7)) - 1,
            Number(day.slice(8)),
            12,
          );
          if (ours !== chineseDays.isWorkday(local)) disagreements.push(day);
        }
      }
      expect(disagreements).toEqual([]);
    },
  );

  it('shows the guess we refuse: the package answers Monday–Friday for a year it does not hold', () => {
    const unknownYear = (officialYears[officialYears.length - 1] ?? 0) + 1;
    // The first Monday of that year: a plain weekday, so the package calls it a working day.
    let day = `${unknownYear}-01-01`;
    while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 1) day = addDays(day, 1);
    const local = new Date(unknownYear, 0, Number(day.slice(8)), 12);
    expect(chineseDays.isWorkday(local)).toBe(true);
    expect(isOfficialYear(unknownYear)).toBe(false);
  });
});
