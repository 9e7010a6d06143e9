import { z } from 'zod';
import { ApplicationDraft, type CandidateField, candidateFields } from '../domain/application';
import { awardCodes } from '../domain/roles';
import { MessageSchema } from './common';

/** `/api/invitations/{token}`: the one-time link's secret. */
export const TokenParams = z.object({ token: z.string().regex(/^[\w-]{40,60}$/) });

/** The personal part of Annex 2, the part a candidate fills in. */
export const PersonalDraft = ApplicationDraft.pick(
  Object.fromEntries(candidateFields.map((f) => [f, true])) as { [K in CandidateField]: true },
);

/** `POST /api/applications/{id}/invitations`: the link to hand to the candidate. */
export const InvitationCreated = z.object({ url: z.string(), expiresAt: z.string() });

/** `GET /api/invitations/{token}`: what the candidate is invited to fill in (no login; numbers masked). */
export const InvitationView = z.object({
  application: z.object({ name: z.string(), award: z.enum(awardCodes), employer: MessageSchema }),
  /** The edition's reference date (`YYYY-MM-DD`): the years in the occupation are counted to it, as on the form. */
  referenceDate: z.string().nullable(),
  masked: z.object({
    idNumber: z.string().nullable(),
    bankAccount: z.string().nullable(),
    mobile: z.string().nullable(),
    landline: z.string().nullable(),
  }),
  /** The personal part as the unit has it, without the personal numbers (see `masked`). */
  draft: z
    .custom<z.output<typeof PersonalDraft>>(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    )
    .meta({ type: 'object', description: 'The personal part of the Annex 2 form' }),
  expiresAt: z.string(),
});

/** `PUT /api/invitations/{token}`: the candidate's part; the link is then used up. */
export const SubmitInvitationBody = z.object({ draft: PersonalDraft });
