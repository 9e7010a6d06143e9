import { fullYearsBetween, isIsoDate } from '../time';

/**
 * 从事本职业（工种）时间 as a number of years: the whole years from the occupation start date to the
 * edition's reference date (评选基准日, the date retirement is judged on), so the form on screen and
 * the printed Annex 2 say the same number whatever day either is looked at. A start after the reference
 * date counts 0 years, never fewer. Null while the start date is absent or not a real day (being typed).
 */
export function yearsInOccupation(
  occupationStartDate: string | null | undefined,
  referenceDate: string,
): number | null {
  if (!isIsoDate(referenceDate)) {
    throw new RangeError(`referenceDate must be a real YYYY-MM-DD date: ${referenceDate}`);
  }
  if (typeof occupationStartDate !== 'string' || !isIsoDate(occupationStartDate)) return null;
  return Math.max(0, fullYearsBetween(occupationStartDate, referenceDate));
}
