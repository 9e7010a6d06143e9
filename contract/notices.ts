import { z } from 'zod';
import { isoDateSchema } from '../domain/application/fields';
import { awardCodes } from '../domain/roles';
import { identifierText, personName, textField } from '../domain/text';
import { applicationStatuses, stepLevelNames } from '../domain/workflow';

/** The notices (公示) of every level and their objections: the wire shapes both server and web use. */

export const ObjectionStatus = z.enum(['open', 'upheld', 'dismissed']);

export const ObjectionView = z.object({
  id: z.string(),
  applicationId: z.string().nullable(),
  submitterName: z.string(),
  submitterPhoneMasked: z.string().nullable(),
  content: z.string(),
  status: ObjectionStatus,
  handling: z.string().nullable(),
  receivedAt: z.string(),
  handledAt: z.string().nullable(),
});

export const StepLevelSchema = z.enum(stepLevelNames);

export const NoticeView = z.object({
  id: z.string(),
  level: StepLevelSchema,
  title: z.string(),
  body: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  workingDays: z.number(),
  status: z.enum(['open', 'closed', 'withdrawn']),
  /** Where it stands today by the server's clock: not started, posted, period over but not closed, closed. */
  phase: z.enum(['scheduled', 'running', 'ended', 'closed']),
  /** Where objections go, as posted (the running organisation's contact when the notice started). */
  contact: z.object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
  }),
  items: z.array(
    z.object({
      applicationId: z.string(),
      name: z.string(),
      award: z.enum(awardCodes),
      status: z.enum(applicationStatuses),
      gender: z.string().nullable(),
      occupation: z.string().nullable(),
      skillLevel: z.string().nullable(),
      employerName: z.string().nullable(),
      achievementsSummary: z.string(),
    }),
  ),
  objections: z.array(ObjectionView),
});

export const NOTICE_PAGE_MAX = 100;

/** A page of the notices the caller runs, newest first; `total` says how many there are in all. */
export const NoticeListQuery = z.object({
  level: StepLevelSchema.optional(),
  limit: z.coerce.number().int().min(1).max(NOTICE_PAGE_MAX).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export const NoticeList = z.object({ items: z.array(NoticeView), total: z.number().int() });

export const RecordObjectionBody = z.object({
  applicationId: z.uuid().optional(),
  submitterName: personName({ min: 2, max: 30 }),
  submitterPhone: identifierText().max(20).optional(),
  content: textField({ min: 5, max: 2000, multiline: true }),
  receivedOn: isoDateSchema,
});

export const HandleObjectionBody = z.object({
  status: z.enum(['upheld', 'dismissed']),
  handling: textField({ min: 5, max: 2000, multiline: true }),
});

export type ObjectionView = z.infer<typeof ObjectionView>;
export type NoticeView = z.infer<typeof NoticeView>;
export type RecordObjectionBody = z.input<typeof RecordObjectionBody>;
export type HandleObjectionBody = z.input<typeof HandleObjectionBody>;
