import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './days';
import { officialYears } from './official';
import { type CalendarOverride, overrideKinds, WorkingDayCalendar } from './working-day-calendar';

/**
 * Generated days stay inside the official years, with room at the end: from the first covered
 * January to the last covered 31 October, 30 working days (or a 20-day notice) never leave the data.
 */
const firstYear = officialYears[0] ?? 0;
const lastYear = officialYears[officialYears.length - 1] ?? 0;
const epochDay = (day: string) => Date.parse(`${day}T00:00:00Z`) / 864e5;
const dayOf = (n: number) => new Date(n * 864e5).toISOString().slice(0, 10);
const coveredDay = fc
  .integer({ min: epochDay(`${firstYear}-01-01`), max: epochDay(`${lastYear}-10-31`) })
  .map(dayOf);

const calendar = new WorkingDayCalendar();

describe('addWorkingDays', () => {
  it('always lands on a working day, on or after the day (strictly after for n ≥ 1)', () => {
    fc.assert(
      fc.property(coveredDay, fc.nat(30), (day, n) => {
        const result = calendar.addWorkingDays(day, n);
        expect(calendar.isWorkingDay(result)).toBe(true);
        expect(n === 0 ? result >= day : result > day).toBe(true);
      }),
    );
  });

  it('is monotonic: n < m ⇒ result(n) ≤ result(m), equal only for n = 0, m = 1 on a rest day', () => {
    fc.assert(
      fc.property(coveredDay, fc.nat(30), fc.nat(30), (day, a, b) => {
        fc.pre(a !== b);
        const [n, m] = a < b ? [a, b] : [b, a];
        const rn = calendar.addWorkingDays(day, n);
        const rm = calendar.addWorkingDays(day, m);
        const restDayTie = n === 0 && m === 1 && !calendar.isWorkingDay(day);
        if (restDayTie) expect(rn).toBe(rm);
        else expect(rn < rm).toBe(true);
      }),
    );
  });

  it('for n ≥ 1 skips exactly n working days: the working days after the day up to the result are n', () => {
    fc.assert(
      fc.property(coveredDay, fc.integer({ min: 1, max: 30 }), (day, n) => {
        const result = calendar.addWorkingDays(day, n);
        const counted = calendar.workingDaysBetween(addDays(day, 1), result);
        expect(counted).toHaveLength(n);
        expect(counted[counted.length - 1]).toBe(result);
      }),
    );
  });

  it('with n = 0 is nextWorkingDay', () => {
    fc.assert(
      fc.property(coveredDay, (day) => {
        expect(calendar.addWorkingDays(day, 0)).toBe(calendar.nextWorkingDay(day));
      }),
    );
  });
});

describe('noticePeriod', () => {
  it('has exactly N distinct ascending working days from the first working day on or after start', () => {
    fc.assert(
      fc.property(coveredDay, fc.integer({ min: 1, max: 20 }), (start, days) => {
        const notice = calendar.noticePeriod(start, days);
        const list = notice.workingDays;
        expect(list).toHaveLength(days);
        expect(list.every((day, i) => i === 0 || (list[i - 1] ?? '') < day)).toBe(true);
        expect(list.every((day) => day >= start && calendar.isWorkingDay(day))).toBe(true);
        expect(notice.start).toBe(calendar.nextWorkingDay(start));
        expect(notice.start).toBe(list[0]);
        expect(notice.end).toBe(list[days - 1]);
        // No working day is skipped in between.
        expect(calendar.workingDaysBetween(notice.start, notice.end)).toEqual(list);
        expect(notice.end).toBe(calendar.addWorkingDays(notice.start, days - 1));
      }),
    );
  });
});

describe('overrides', () => {
  const override = fc.record({ day: coveredDay, kind: fc.constantFrom(...overrideKinds) });
  /** One override per day: later entries for a day replace earlier ones. */
  const overrideSet = fc
    .array(override, { maxLength: 40 })
    .map((list) => [...new Map(list.map((o) => [o.day, o])).values()]);

  it('always win over the package, and leave every other day as the package has it', () => {
    fc.assert(
      fc.property(overrideSet, fc.array(coveredDay, { maxLength: 20 }), (overrides, probes) => {
        const corrected = new WorkingDayCalendar(overrides);
        for (const { day, kind } of overrides) expect(corrected.isWorkingDay(day)).toBe(kind === 'workday');
        const overridden = new Set(overrides.map((o) => o.day));
        for (const day of probes.filter((d) => !overridden.has(d))) {
          expect(corrected.isWorkingDay(day)).toBe(calendar.isWorkingDay(day));
        }
      }),
    );
  });

  it('cover a year the package lacks once at least one falls in it, and drive its working days', () => {
    const farYear = fc.integer({ min: lastYear + 5, max: 2999 });
    fc.assert(
      fc.property(
        farYear,
        fc.array(fc.integer({ min: 1, max: 365 }), { minLength: 1, maxLength: 10 }),
        fc.constantFrom(...overrideKinds),
        (year, ordinals, kind) => {
          const days = [...new Set(ordinals.map((o) => addDays(`${year}-01-01`, o - 1)))].filter((d) =>
            d.startsWith(`${year}-`),
          );
          fc.pre(days.length > 0);
          expect(new WorkingDayCalendar().coversYear(year)).toBe(false);
          const maintained = new WorkingDayCalendar(days.map((day): CalendarOverride => ({ day, kind })));
          expect(maintained.coversYear(year)).toBe(true);
          for (const day of days) expect(maintained.isWorkingDay(day)).toBe(kind === 'workday');
          // Every working day the year yields is a weekday or an override workday.
          const worked = maintained.workingDaysBetween(`${year}-01-01`, `${year}-12-31`);
          const weekday = (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
          expect(worked.every((d) => (days.includes(d) ? kind === 'workday' : weekday(d)))).toBe(true);
        },
      ),
    );
  });
});
