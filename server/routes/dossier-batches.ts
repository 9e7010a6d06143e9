import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../contract/common';
import { RecommenderQuery } from '../../contract/documents';
import { DossierBatchBody, DossierBatchView, LatestDossierBatch } from '../../contract/dossier-batches';
import { actingOf } from '../plugins/context';
import { batchDownload, findBatch, latestBatch, requestDossierBatch } from '../services/dossier-batches';
import { privateFile, publicOrigin } from './common';

/** The recommender's dossiers bound in one ZIP by a background job, with its progress. */
export async function dossierBatchRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/dossier-batches',
    {
      schema: {
        tags: ['documents'],
        summary:
          "Bind every dossier of the recommender's ranked candidates into one ZIP, in the background (answers the batch to follow)",
        body: DossierBatchBody,
        response: { 202: DossierBatchView, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const verificationBase = `${publicOrigin(app.config.publicOrigins)}/verify/`;
      const batch = await requestDossierBatch(
        app.db,
        app.jobs,
        actingOf(request),
        request.body.recommender,
        verificationBase,
      );
      return reply.status(202).send(batch);
    },
  );

  r.get(
    '/api/dossier-batches/latest',
    {
      schema: {
        tags: ['documents'],
        summary: "The recommender's latest dossier batch, if any",
        querystring: RecommenderQuery,
        response: { 200: LatestDossierBatch, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => latestBatch(app.db, actingOf(request), request.query.recommender),
  );

  r.get(
    '/api/dossier-batches/:id',
    {
      schema: {
        tags: ['documents'],
        summary: 'Where a dossier batch stands: queued, running (done of total), done or failed',
        params: IdParams,
        response: { 200: DossierBatchView, 404: ErrorResponse },
      },
    },
    async (request) => findBatch(app.db, actingOf(request), request.params.id),
  );

  r.get(
    '/api/dossier-batches/:id/download',
    {
      schema: {
        tags: ['documents'],
        summary: 'The ZIP of the bound dossiers, once the batch is done',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const file = await batchDownload(app.db, actingOf(request), request.params.id);
      privateFile(reply, { mimeType: 'application/zip', fileName: file.fileName });
      return reply.send(app.storage.stream(file.storageKey));
    },
  );
}
