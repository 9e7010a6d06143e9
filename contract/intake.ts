import { z } from 'zod';
import { envelopeItemCodes } from '../domain/intake/envelope';
import { ApplicationSummary } from './applications';
import { OrganisationRef } from './common';

/** `GET /api/intake/{code}`: the code as typed or scanned (checked by `parseIntakeCode` in the handler). */
export const IntakeCodeParams = z.object({ code: z.string().max(300) });

/**
 * Where an envelope stands at the desk: `awaiting` (reported, paper not received yet), `received`
 * (accepted), `returned` (sent back to the recommender, naming what was missing), `late` (reported but not
 * received when the window closed).
 */
export const intakeStates = ['awaiting', 'received', 'returned', 'late'] as const;

export const IntakeWindow = z.object({
  phase: z.enum(['not_open', 'open', 'closed']),
  opens: z.string(),
  closes: z.string(),
});

export const IntakeEntry = z.object({
  application: ApplicationSummary,
  state: z.enum(intakeStates),
  receivedOn: z.string().nullable(),
  items: z.array(z.enum(envelopeItemCodes)),
});

/** The envelope found by its code, with the window it must arrive in. */
export const IntakeLookup = IntakeEntry.extend({ window: IntakeWindow });

export const IntakeListQuery = z.object({ recommender: z.uuid().optional() });

/** The intake list: every envelope reported to the bureau, and per recommender how many are in each state. */
export const IntakeList = z.object({
  window: IntakeWindow,
  items: z.array(IntakeEntry),
  recommenders: z.array(
    z.object({
      recommender: OrganisationRef,
      awaiting: z.number(),
      received: z.number(),
      returned: z.number(),
      late: z.number(),
    }),
  ),
});
