import { isIsoDate } from '../time';
import { addDays, isWeekend, yearOf } from './days';
import {
  conflictingOverride,
  invalidInput,
  invalidOverride,
  NOTICE_DAYS_MAX,
  NOTICE_DAYS_MIN,
  yearUnknown,
} from './errors';
import { isOfficialYear, officialDayKind } from './official';

export const overrideKinds = ['holiday', 'workday'] as const;
export type OverrideKind = (typeof overrideKinds)[number];

/** An administrator's correction or extension of the official calendar (table `calendar_overrides`). */
export interface CalendarOverride {
  /** `YYYY-MM-DD` */
  day: string;
  kind: OverrideKind;
  note?: string;
}

export interface NoticePeriod {
  /** The first day of the notice: the publication day if it is a working day, else the next one. */
  start: string;
  /** The last (N-th) working day. The notice has ended from the following day on. */
  end: string;
  /** The N working days, ascending. */
  workingDays: string[];
}

/**
 * Working days under the official holiday arrangements (holidays and make-up working days 调休)
 * corrected by the administrators' overrides.
 *
 * Coverage rule: a year is covered when the package holds its official arrangement, or when at least
 * one override falls in it. Entering any override for a year is the administrator's statement that
 * they maintain that year: its holidays and make-up working days are then exactly the overrides, and
 * every other day follows the weekday (Monday–Friday work, weekend rest). A day in a year that is not
 * covered is never guessed: every method refuses with `calendar.year_unknown` as soon as its
 * computation needs such a day.
 *
 * An override always wins over the package for its day.
 */
export class WorkingDayCalendar {
  readonly #overrides: ReadonlyMap<string, OverrideKind>;
  readonly #overrideYears: ReadonlySet<number>;

  constructor(overrides: readonly CalendarOverride[] = []) {
    const byDay = new Map<string, OverrideKind>();
    for (const { day, kind } of overrides) {
      if (typeof day !== 'string' || !isIsoDate(day) || !overrideKinds.includes(kind)) {
        throw invalidOverride(day, kind);
      }
      const earlier = byDay.get(day);
      if (earlier !== undefined && earlier !== kind) throw conflictingOverride(day);
      byDay.set(day, kind);
    }
    this.#overrides = byDay;
    this.#overrideYears = new Set([...byDay.keys()].map(yearOf));
  }

  coversYear(year: number): boolean {
    return isOfficialYear(year) || this.#overrideYears.has(year);
  }

  isWorkingDay(day: string): boolean {
    return this.#isWorking(requireDay('day', day));
  }

  /**
   * n ≥ 1: the n-th working day after `day` (`day` itself is not counted and need not be covered);
   * n = 0: `day` if it is a working day, else the next working day.
   */
  addWorkingDays(day: string, n: number): string {
    requireDay('day', day);
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
      throw invalidInput('n', 'working_days', n);
    if (n === 0) return this.#firstWorkingDayFrom(day);
    let current = day;
    for (let remaining = n; remaining > 0; ) {
      current = addDays(current, 1);
      if (this.#isWorking(current)) remaining -= 1;
    }
    return current;
  }

  /** The first working day on or after `day`. */
  nextWorkingDay(day: string): string {
    return this.#firstWorkingDayFrom(requireDay('day', day));
  }

  /**
   * A notice of `days` working days published on `start`: a working publication day counts as day 1,
   * a rest day moves the start to the next working day.
   */
  noticePeriod(start: string, days: number): NoticePeriod {
    requireDay('start', start);
    if (
      typeof days !== 'number' ||
      !Number.isInteger(days) ||
      days < NOTICE_DAYS_MIN ||
      days > NOTICE_DAYS_MAX
    ) {
      throw invalidInput('days', 'notice_days', days);
    }
    const first = this.#firstWorkingDayFrom(start);
    const workingDays = [first];
    for (let current = first; workingDays.length < days; ) {
      current = addDays(current, 1);
      if (this.#isWorking(current)) workingDays.push(current);
    }
    return { start: first, end: workingDays[workingDays.length - 1] ?? first, workingDays };
  }

  /** The working days from `from` to `to`, both included, ascending. */
  workingDaysBetween(from: string, to: string): string[] {
    requireDay('from', from);
    requireDay('to', to);
    if (from > to) throw invalidInput('to', 'range', to);
    const result: string[] = [];
    for (let current = from; current <= to; current = addDays(current, 1)) {
      if (this.#isWorking(current)) result.push(current);
    }
    return result;
  }

  #firstWorkingDayFrom(day: string): string {
    let current = day;
    while (!this.#isWorking(current)) current = addDays(current, 1);
    return current;
  }

  /** Override, then the official arrangement, then the weekday; a year not covered is refused. */
  #isWorking(day: string): boolean {
    const override = this.#overrides.get(day);
    if (override !== undefined) return override === 'workday';
    const year = yearOf(day);
    if (!this.coversYear(year)) throw yearUnknown(year);
    const official = officialDayKind(day);
    if (official !== undefined) return official === 'workday';
    return !isWeekend(day);
  }
}

function requireDay(field: string, value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw invalidInput(field, 'date', value);
  return value;
}
