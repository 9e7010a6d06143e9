/**
 * The official State Council holiday arrangements (法定节假日及调休安排), as published by the
 * `chinese-days` package.
 *
 * We read the package's compiled data file, not its `isWorkday` function, for two reasons:
 * - `isWorkday` answers Monday–Friday for a year it holds no arrangement for (a guess we must refuse),
 *   and the data file is what tells which years it does hold;
 * - its functions (and the tables it builds at load time) parse `YYYY-MM-DD` as UTC but read and
 *   format it in the machine's local time zone, so in a browser west of Greenwich its answers are a
 *   day off. The data file is plain strings; weekdays are computed in UTC in `days.ts`.
 * A test checks that this module and the package's own `isWorkday` agree on every covered day (where
 * the package works, i.e. at UTC or east of it).
 */
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

interface OfficialData {
  /** Days off (public holidays and the weekdays moved into them), `YYYY-MM-DD` → name. */
  holidays: Readonly<Record<string, string>>;
  /** Make-up working days (调休上班), usually a Saturday or Sunday. */
  workdays: Readonly<Record<string, string>>;
}

const official: OfficialData = data;

/**
 * The years the package holds an official arrangement for, derived from its data at import time:
 * a year is covered when at least one holiday or make-up workday of it is listed (every arrangement
 * lists New Year's Day). For chinese-days 1.5.7 this is 2004–2026.
 */
export const officialYears: readonly number[] = [
  ...new Set(
    [...Object.keys(official.holidays), ...Object.keys(official.workdays)].map((day) =>
      Number(day.slice(0, 4)),
    ),
  ),
].sort((a, b) => a - b);

const officialYearSet: ReadonlySet<number> = new Set(officialYears);

export function isOfficialYear(year: number): boolean {
  return officialYearSet.has(year);
}

/** What the official arrangement says of a day, or undefined when it lists nothing (weekday rules apply). */
export function officialDayKind(day: string): 'holiday' | 'workday' | undefined {
  if (Object.hasOwn(official.workdays, day)) return 'workday';
  if (Object.hasOwn(official.holidays, day)) return 'holiday';
  return undefined;
}
