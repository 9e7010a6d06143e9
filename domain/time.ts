/**
 * Calendar dates in the edition's time zone (Asia/Shanghai).
 *
 * Dates are handled as `YYYY-MM-DD` strings: they compare correctly as strings and carry no hidden
 * time zone. China has used a fixed UTC+08:00 offset with no daylight saving since September 1991,
 * so a fixed offset gives the exact Shanghai date for every instant this product deals with, with no
 * dependence on the ICU data a browser or Node build happens to ship.
 */
export const EDITION_TIME_ZONE = 'Asia/Shanghai';

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** True when year/month/day name a real day of the Gregorian calendar (leap years included). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True for a `YYYY-MM-DD` string naming a real day. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Whole years from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier: an anniversary
 * counts on its day, and one of 29 February counts on 1 March in a common year (the day after 28
 * February, as 周岁 are reckoned), never on 28 February.
 */
export function fullYearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}

/**
 * The Shanghai calendar date (`YYYY-MM-DD`) of an instant.
 *
 * Accepts a `Date`, a date-time string with `Z` or an offset (an instant), a date-time string without
 * offset (read as Shanghai wall-clock time) or a plain `YYYY-MM-DD` (already a Shanghai date).
 * Throws `RangeError` for anything else: a clock value that cannot be read is a programming error.
 */
export function shanghaiDate(instant: Date | string): string {
  if (typeof instant === 'string') {
    const text = instant.trim();
    if (ISO_DATE.test(text)) {
      if (!isIsoDate(text)) throw new RangeError(`Not a real date: ${instant}`);
      return text;
    }
    const local = LOCAL_DATE_TIME.exec(text);
    if (local) {
      const date = local[1] ?? '';
      if (!isIsoDate(date)) throw new RangeError(`Not a real date: ${instant}`);
      return date;
    }
    if (!ZONED_DATE_TIME.test(text)) throw new RangeError(`Not a date-time: ${instant}`);
    // Only the ECMAScript date-time format is parsed the same everywhere: `T`, and `±HH:mm`.
    const standard = text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    return shanghaiDate(new Date(standard));
  }
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The instant a clock value names: a `Date`, a date-time with `Z` or an offset, a date-time without
 * offset (Shanghai wall-clock time) or a plain `YYYY-MM-DD` (its first moment in Shanghai). Throws
 * `RangeError` for anything else, as `shanghaiDate` does.
 */
export function instantOf(value: Date | string): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Invalid Date');
    return value;
  }
  const text = value.trim();
  shanghaiDate(text); // validates the shape and the day
  if (ISO_DATE.test(text)) return shanghaiInstant(text, '00:00');
  if (LOCAL_DATE_TIME.test(text)) return new Date(`${text.replace(' ', 'T')}+08:00`);
  return new Date(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/** The instant of a Shanghai wall-clock time (`HH:MM`) on a Shanghai date (`YYYY-MM-DD`). */
export function shanghaiInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

/** `HH:MM`, a time of day on the 24-hour clock. */
export function isTimeOfDay(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}
