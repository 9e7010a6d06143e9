/** Working days: the official holiday arrangements plus administrators' overrides; notice periods. */
export { addDays, isWeekend, weekdayOf } from './days';
export {
  type InvalidInputReason,
  invalidInputMessages,
  NOTICE_DAYS_MAX,
  NOTICE_DAYS_MIN,
} from './errors';
export { isOfficialYear, officialYears } from './official';
export {
  type CalendarOverride,
  type NoticePeriod,
  type OverrideKind,
  overrideKinds,
  WorkingDayCalendar,
} from './working-day-calendar';
