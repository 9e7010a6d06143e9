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

/** `GET /api/editions/current`: the edition in progress, its awards first the grand award. */
export const EditionView = z.object({
  id: z.string(),
  code: z.string(),
  number: z.number(),
  name: MessageSchema,
  /** The date eligibility (retirement) is judged on. */
  referenceDate: z.string(),
  submissionWindow: z.object({ start: z.string(), end: z.string() }),
  deliveryAddress: z.string(),
  contact: z.object({ name: z.string(), phone: z.string() }),
  noticeText: z.string(),
  awards: z.array(EditionAward),
});
