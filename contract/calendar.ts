import { z } from 'zod';
import { invalidInputMessages } from '../domain/calendar';
import { textField } from '../domain/text';
import { isIsoDate } from '../domain/time';
import { NOTICE_WORKING_DAYS } from '../domain/workflow';

/** A real calendar day, `YYYY-MM-DD`, refused with the calendar's own code. */
export const CalendarDay = z.string().refine(isIsoDate, {
  params: { code: 'calendar.invalid_input', message: invalidInputMessages.date },
});

export const DayParams = z.object({ day: CalendarDay });

/** `GET /api/calendar/notice-period`: the N working days of a notice starting on a date. */
export const NoticePeriodQuery = z.object({
  start: CalendarDay,
  days: z.coerce.number().int().min(1).max(60).default(NOTICE_WORKING_DAYS),
});

export const NoticePeriod = z.object({
  start: z.string(),
  end: z.string(),
  workingDays: z.array(z.string()),
});

const overrideKinds = ['holiday', 'workday'] as const;

/** `PUT /api/calendar/overrides/{day}`: declare the day a holiday or a (make-up) working day. */
export const OverrideBody = z.object({
  kind: z.enum(overrideKinds),
  note: textField({ min: 0, max: 100 }).default(''),
});

/** What is stored, as it is answered (the input rules are not re-checked on the way out). */
export const OverrideView = z.object({ day: z.string(), kind: z.enum(overrideKinds), note: z.string() });

export const OverrideList = z.object({ items: z.array(OverrideView) });
