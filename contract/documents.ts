import { z } from 'zod';

/** The formats the recommendation form (Annex 2) is printed in: `/api/applications/{id}/annex2.{format}`. */
export const documentFormats = ['pdf', 'docx'] as const;
export const DocumentFormat = z.enum(documentFormats);

/** `/verify/{hash}`: the public check of a printed paper, by the SHA-256 its QR code carries. */
export const VerifyParams = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/) });

/**
 * The path as it arrives: any text, judged by `VerifyParams` in the handler, so that a code cut short
 * is answered with a page that says so rather than with the API's JSON refusal.
 */
export const VerifyPath = z.object({ hash: z.string() });

/**
 * The recommender's papers and records (`/api/summary-table.{xlsx,pdf}`, `/api/recommendation-report.{pdf,docx}`,
 * `/api/recommender-review`): the caller's recommending organisation; the bureau names one.
 */
export const RecommenderQuery = z.object({ recommender: z.uuid().optional() });

/** The formats Annex 3 is produced in: the 电子版 (XLSX) and the paper (PDF). */
export const summaryTableFormats = ['xlsx', 'pdf'] as const;
