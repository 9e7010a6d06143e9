import { z } from 'zod';

/** The formats the recommendation form (Annex 2) is printed in: `/api/applications/{id}/annex2.{format}`. */
export const documentFormats = ['pdf', 'docx'] as const;
export const DocumentFormat = z.enum(documentFormats);

/** `/verify/{hash}`: the public check of a printed paper, by the SHA-256 its QR code carries. */
export const VerifyParams = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/) });
