import { z } from 'zod';

export const MessageSchema = z.object({ zh: z.string(), en: z.string() });

export const ErrorResponse = z.object({
  code: z.string(),
  message: MessageSchema,
  fields: z.array(z.object({ path: z.string(), code: z.string(), message: MessageSchema })).optional(),
  requestId: z.string(),
});

export const IdParams = z.object({ id: z.uuid() });
