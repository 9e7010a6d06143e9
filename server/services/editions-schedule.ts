import { addDays, type WorkingDayCalendar } from '../../domain/calendar';
import { DomainError } from '../../domain/errors';
import { shanghaiDate } from '../../domain/time';
import {
  NOTICE_WORKING_DAYS,
  type SubmissionWindow,
  type WindowPhase,
  windowPhase,
} from '../../domain/workflow';

/**
 * The work plan's calendar of an edition as each level meets it. The plan (seed §三、§六) fixes one date:
 * the recommenders hand the materials to the bureau on the days of the submission window (10月24–26日,
 * "提前或逾期均不予受理"). Everything before it follows from the plan's steps and the working-day calendar:
 * every level puts its candidates on a 5-working-day notice (公示) that must have ended without objection
 * before it reports, and a report reaches the level above at least one working day before that level's
 * own notice has to start (its review and collective decision take that day). The dates below are the
 * latest that still reach the window; the bureau's own steps after intake (expert review, city notice,
 * the talent office's approval) have no date in the edition, so none is given.
 */
export type SubmissionPhase = WindowPhase;

export interface Deadline {
  /** `YYYY-MM-DD`: the last day this step may take place. */
  day: string;
  /** Working days from today up to and including `day`; 0 once it has passed. */
  workingDaysLeft: number;
}

export interface LatestNotice {
  start: Deadline;
  /** The notice's last working day; the report may follow from the next day on. */
  end: string;
}

export interface EditionSchedule {
  /** The Shanghai date the schedule was computed for. */
  today: string;
  noticeWorkingDays: number;
  phase: SubmissionPhase;
  /** Calendar days from today up to and including the window's last day; 0 once it has closed. */
  daysLeft: number;
  /** Working days from today up to and including the window's last day; null when the calendar cannot tell. */
  workingDaysLeft: number | null;
  /** The year the calendar holds no holiday arrangement for, when one is needed; working days are then unknown. */
  unknownCalendarYear: number | null;
  /** Latest notice of the recommender (and of an organisation that recommends its own staff). */
  recommenderNotice: LatestNotice | null;
  /** Latest day a unit reports its candidates to its recommender. */
  unitReport: Deadline | null;
  /** Latest notice of the employer unit. */
  unitNotice: LatestNotice | null;
}

function previousWorkingDay(calendar: WorkingDayCalendar, day: string): string {
  let current = addDays(day, -1);
  while (!calendar.isWorkingDay(current)) current = addDays(current, -1);
  return current;
}

/** The latest notice of `days` working days that has ended before `day`. */
function latestNoticeBefore(calendar: WorkingDayCalendar, day: string, days: number) {
  const end = previousWorkingDay(calendar, day);
  let start = end;
  for (let n = 1; n < days; n += 1) start = previousWorkingDay(calendar, start);
  return { start, end };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export function editionSchedule(
  calendar: WorkingDayCalendar,
  window: SubmissionWindow,
  now: Date | string,
): EditionSchedule {
  const today = shanghaiDate(now);
  const phase: SubmissionPhase = windowPhase(window, now);
  const daysLeft = today <= window.end ? daysBetween(today, window.end) + 1 : 0;
  const base = { today, noticeWorkingDays: NOTICE_WORKING_DAYS, phase, daysLeft };
  const left = (day: string) => (today <= day ? calendar.workingDaysBetween(today, day).length : 0);
  const deadline = (day: string): Deadline => ({ day, workingDaysLeft: left(day) });
  try {
    const recommender = latestNoticeBefore(calendar, window.end, NOTICE_WORKING_DAYS);
    const unitReport = previousWorkingDay(calendar, recommender.start);
    const unit = latestNoticeBefore(calendar, unitReport, NOTICE_WORKING_DAYS);
    return {
      ...base,
      workingDaysLeft: left(window.end),
      unknownCalendarYear: null,
      recommenderNotice: { start: deadline(recommender.start), end: recommender.end },
      unitReport: deadline(unitReport),
      unitNotice: { start: deadline(unit.start), end: unit.end },
    };
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'calendar.year_unknown')) throw error;
    return {
      ...base,
      workingDaysLeft: null,
      unknownCalendarYear: Number(error.params.year),
      recommenderNotice: null,
      unitReport: null,
      unitNotice: null,
    };
  }
}
