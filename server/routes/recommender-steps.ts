import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../contract/common';
import { RecommenderQuery } from '../../contract/documents';
import { QuotaOverview, RecommenderReviewBody, RecommenderReviewView } from '../../contract/review';
import { actingOf } from '../plugins/context';
import { requirePermission } from '../policies/requests';
import { quotaOverview } from '../services/quota-view';
import { readReview, reviewOpinionFile, saveReview } from '../services/recommender-review';
import { privateFile } from './common';

/**
 * The recommender's own records beside its moves: its experts' review (推荐单位组织评审), read by its
 * officers and the bureau, recorded by its officers before the collective decision (the decision's guard
 * asks for it); and its quota, the places per award and how many are left.
 */
export async function recommenderStepRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/quota',
    {
      schema: {
        tags: ['workflow'],
        summary:
          "The recommender's places per award this edition (Annex 1 minus carried penalties, with why), held and left",
        querystring: RecommenderQuery,
        response: { 200: QuotaOverview, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => quotaOverview(app.db, actingOf(request), request.query.recommender),
  );

  r.get(
    '/api/recommender-review',
    {
      schema: {
        tags: ['workflow'],
        summary: "The experts' review of the caller's recommending organisation in the current edition",
        querystring: RecommenderQuery,
        response: { 200: RecommenderReviewView, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => readReview(app.db, actingOf(request), request.query.recommender),
  );

  r.put(
    '/api/recommender-review',
    {
      schema: {
        tags: ['workflow'],
        summary:
          "Record the experts' review (date, reviewers, opinion written or uploaded) before the recommender's collective decision",
        body: RecommenderReviewBody,
        response: {
          200: RecommenderReviewView,
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
          422: ErrorResponse,
        },
      },
    },
    async (request) => {
      requirePermission(request, 'recordRecommenderReview');
      return saveReview(app.db, actingOf(request), request.body);
    },
  );

  r.get(
    '/api/recommender-review/opinion',
    {
      schema: {
        tags: ['workflow'],
        summary: "Download the experts' signed review opinion as uploaded",
        querystring: RecommenderQuery,
      },
    },
    async (request, reply) => {
      const file = await reviewOpinionFile(app.db, actingOf(request), request.query.recommender);
      privateFile(reply, { mimeType: file.mimeType, fileName: file.fileName, disposition: 'attachment' });
      return reply.send(app.storage.stream(file.storageKey));
    },
  );
}
