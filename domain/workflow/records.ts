import { z } from 'zod';
import { isoDateSchema } from '../application/fields';
import { envelopeItemCodes } from '../intake/envelope';
import { identifierText, personName, textField } from '../text';
import { NOTICE_WORKING_DAYS, noticeLengthMessage } from './notice-start';
import { type TransitionName, type TransitionRecord, transitionOf } from './transitions';

/**
 * What the client sends with each kind of record a transition carries (see `TransitionRecord`). A
 * transition's payload is the union of its records' fields: the collective decision sends the meeting
 * date, participants and minutes; a notice its start and length; a report the opinion box of Annex 2; a
 * return its reason; and so on. What the server derives itself (the rank at the time of the report, the
 * notice's outcome, the review's total) is not sent: those records have an empty payload and are filled
 * in from the database when the move is made.
 */
const reasonText = textField({ min: 1, max: 1000, multiline: true });

export const recordPayloads = {
  decision: {
    decidedOn: isoDateSchema,
    participants: personName({ min: 2, max: 500 }),
    summary: textField({ min: 0, max: 2000, multiline: true }).optional(),
    minutesAttachmentId: z.uuid(),
  },
  notice: {
    startDate: isoDateSchema,
    days: z
      .number()
      .int()
      .refine((days) => days === NOTICE_WORKING_DAYS, {
        params: { code: 'notice.working_days', message: noticeLengthMessage },
      })
      .default(NOTICE_WORKING_DAYS),
    title: textField({ min: 4, max: 200 }).optional(),
    body: textField({ min: 10, max: 5000, multiline: true }).optional(),
  },
  notice_result: {},
  ranking: {},
  report: { opinion: textField({ min: 1, max: 1000, multiline: true }) },
  reason: { reason: reasonText },
  objection: { objectionId: z.uuid() },
  intake: {
    receivedOn: isoDateSchema,
    receiptNo: identifierText().max(40).optional(),
    /** The envelope's items the desk ticked off as received (Annex 4's 申报材料目录). */
    items: z.array(z.enum(envelopeItemCodes)).max(envelopeItemCodes.length),
  },
  panel: {},
  review_result: {},
  submission: { note: textField({ min: 0, max: 1000, multiline: true }).optional() },
  approval: {
    documentNo: textField({ min: 2, max: 100 }),
    approvedOn: isoDateSchema,
  },
  decision_document: {
    documentNo: textField({ min: 2, max: 100 }),
    decidedOn: isoDateSchema,
    title: textField({ min: 4, max: 200 }).optional(),
  },
  payment: {
    amountYuan: z.number().int().min(1).max(1_000_000),
    paidOn: isoDateSchema,
    bankReference: identifierText().min(4).max(64),
  },
  finding: { finding: textField({ min: 10, max: 2000, multiline: true }) },
} as const satisfies Record<TransitionRecord, z.ZodRawShape>;

type Shape<R extends TransitionRecord> = (typeof recordPayloads)[R];

/** The validated payload of one record kind. */
export type RecordPayload<R extends TransitionRecord> = z.output<z.ZodObject<Shape<R>>>;

/** What a client sends for one record kind (before defaults: a notice's `days` may be left out). */
export type RecordInput<R extends TransitionRecord> = z.input<z.ZodObject<Shape<R>>>;

/** Everything any record may carry, as the server's handlers read it (each reads only its own fields). */
export type AnyRecordPayload = Partial<{ [R in TransitionRecord]: RecordPayload<R> }[TransitionRecord]> &
  Record<string, unknown>;

/**
 * The zod schema of a transition's payload: its records' fields together, strict (an unknown field is
 * refused, so a misspelt one is not silently dropped). A transition without any client-side record
 * takes an empty object.
 */
export function transitionPayloadSchema(name: TransitionName) {
  const shape: z.ZodRawShape = {};
  for (const record of transitionOf(name).records) Object.assign(shape, recordPayloads[record]);
  return z.strictObject(shape);
}

/** Whether a transition needs anything from the client beyond the application ids. */
export function transitionNeedsPayload(name: TransitionName): boolean {
  return transitionOf(name).records.some((r) => Object.keys(recordPayloads[r]).length > 0);
}
