import { z } from 'zod';
import { dossierBatchStatuses } from '../domain/statuses';

/**
 * `POST /api/dossier-batches`: every dossier of the caller's recommender (the bureau names one) bound as
 * one ZIP by a background job; `GET /api/dossier-batches/{id}` follows it (the progress bar), and
 * `/download` hands out the ZIP once `status` is `done`.
 */
export const DossierBatchBody = z.strictObject({ recommender: z.uuid().optional() });

export const DossierBatchView = z.object({
  id: z.string(),
  status: z.enum(dossierBatchStatuses),
  /** Dossiers bound so far, of `total`. */
  done: z.number().int(),
  total: z.number().int(),
  sizeBytes: z.number().nullable(),
  /** Why the last attempt failed (a `queued` batch with an error will be retried). */
  error: z.object({ code: z.string(), zh: z.string(), en: z.string() }).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type DossierBatchView = z.infer<typeof DossierBatchView>;

export const LatestDossierBatch = z.object({ batch: DossierBatchView.nullable() });
