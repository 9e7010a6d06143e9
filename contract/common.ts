import { z } from 'zod';
import { applicationFields } from '../domain/application';
import { errorCodes } from './errors';

/**
 * The API contract: request and response schemas shared by the server's routes (which validate and
 * serialise with them) and the web's calls (which take their types from them, `z.input` of what is sent,
 * `z.output` of what comes back), so that the two cannot drift apart unnoticed. One module per resource;
 * this one holds what they share. Imports only domain/ and zod.
 */

export const MessageSchema = z.object({ zh: z.string(), en: z.string() });

export const FieldErrorSchema = z.object({ path: z.string(), code: z.string(), message: MessageSchema });

/** What every refusal answers (server/plugins/errors.ts); the code is one of the error catalogue's. */
export const ErrorResponse = z.object({
  code: z.enum(errorCodes),
  message: MessageSchema,
  fields: z.array(FieldErrorSchema).optional(),
  requestId: z.string(),
});

export const IdParams = z.object({ id: z.uuid() });

/** One finding of the eligibility rules (domain/eligibility `Finding`). */
export const FindingSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  field: z.enum(applicationFields).optional(),
  message: MessageSchema,
  params: z.record(z.string(), z.unknown()).optional(),
});

/** An organisation named in a view: its id and bilingual name. */
export const OrganisationRef = z.object({ id: z.string(), name: MessageSchema });
