import { z } from 'zod';
import { awardCodes } from '../domain/roles';
import { MessageSchema } from './common';

/** An award condition as the edition words it (seed §二): its number and text. */
export const AwardCondition = z.object({ no: z.number(), zh: z.string(), en: z.string() });

export const EditionAward = z.object({
  code: z.enum(awardCodes),
  name: MessageSchema,
  places: z.number(),
  prizeYuan: z.number(),
  minSkillLevel: z.string(),
  conditions: z.array(AwardCondition),
});

const Deadline = z.object({ day: z.string(), workingDaysLeft: z.number() });
const LatestNotice = z.object({ start: Deadline, end: z.string() });

/**
 * The edition's dates as each level meets them (server/services/editions-schedule.ts): the submission
 * window with the days left, and the latest notice and report of the recommender and the unit that still
 * reach it, counted in working days with the calendar. A year the calendar does not cover yet leaves the
 * working days and the derived dates null (`unknownCalendarYear` names it).
 */
export const EditionScheduleView = z.object({
  today: z.string(),
  noticeWorkingDays: z.number(),
  phase: z.enum(['not_open', 'open', 'closed']),
  daysLeft: z.number(),
  workingDaysLeft: z.number().nullable(),
  unknownCalendarYear: z.number().nullable(),
  recommenderNotice: LatestNotice.nullable(),
  unitReport: Deadline.nullable(),
  unitNotice: LatestNotice.nullable(),
});

/** `GET /api/editions/current`: the edition in progress, its awards first the grand award. */
export const EditionView = z.object({
  id: z.string(),
  code: z.string(),
  number: z.number(),
  name: MessageSchema,
  /** The date eligibility (retirement) is judged on. */
  referenceDate: z.string(),
  /** Days (`YYYY-MM-DD`) and the hours it opens on the first and closes on the last (`HH:MM`, Beijing time). */
  submissionWindow: z.object({
    start: z.string(),
    end: z.string(),
    opensAt: z.string(),
    closesAt: z.string(),
  }),
  deliveryAddress: z.string(),
  contact: z.object({ name: z.string(), phone: z.string() }),
  noticeText: z.string(),
  schedule: EditionScheduleView,
  awards: z.array(EditionAward),
});
