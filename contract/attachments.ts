import { z } from 'zod';
import { attachmentKinds } from '../domain/application';
import { IdParams } from './common';

/** `/api/applications/{id}/attachments/{attachmentId}` */
export const AttachmentParams = IdParams.extend({ attachmentId: z.uuid() });

/**
 * The multipart fields of an upload, sent before the file (`file`). The route reads them from the
 * stream itself (the kind must be known before the bytes arrive), so this schema types what the web sends.
 */
export const AttachmentUploadFields = z.object({
  kind: z.enum(attachmentKinds),
  declassified: z.enum(['true', 'false']).optional(),
});

/** An attachment as listed: never its bytes (downloaded by URL) nor where they are stored. */
export const AttachmentView = z.object({
  id: z.string(),
  kind: z.enum(attachmentKinds),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  declassified: z.boolean(),
  createdAt: z.string(),
});
