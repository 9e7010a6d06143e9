/**
 * Day arithmetic on `YYYY-MM-DD` strings, in UTC so the answer never depends on the time zone of the
 * machine (a browser abroad included). `setUTCFullYear` is used instead of `Date.UTC`, which reads
 * years 0–99 as 1900–1999.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

function toUtcDate(day: string): Date {
  const date = new Date(0);
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return date;
}

function format(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** `day` moved by `n` calendar days (n may be negative). `day` must satisfy `isIsoDate`. */
export function addDays(day: string, n: number): string {
  return format(new Date(toUtcDate(day).getTime() + n * DAY_MS));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return toUtcDate(day).getUTCDay();
}

export function isWeekend(day: string): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

/** The year of a `YYYY-MM-DD` day (or of `YYYYY-MM-DD` past 9999, which no calendar covers). */
export function yearOf(day: string): number {
  return Number(day.slice(0, day.length - 6));
}
