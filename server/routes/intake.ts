import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse } from '../../contract/common';
import { IntakeCodeParams, IntakeList, IntakeListQuery, IntakeLookup } from '../../contract/intake';
import { requirePermission } from '../policies/requests';
import { findEnvelope, intakeList } from '../services/intake';

/**
 * The bureau's intake desk (受理): the envelope of a cover's code, scanned or typed, and the list of every
 * envelope reported to the bureau with what became of it. Accepting or returning one is the workflow's
 * `accept` / `returnToRecommender` on the application.
 */
export async function intakeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/intake/:code',
    {
      schema: {
        tags: ['intake'],
        summary: 'The envelope of an intake code (Annex 4 cover), as typed or scanned, with the window',
        params: IntakeCodeParams,
        response: {
          200: IntakeLookup,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'receivePapers');
      return findEnvelope(app.db, actor, request.params.code, app.clock.now());
    },
  );
  r.get(
    '/api/intake',
    {
      schema: {
        tags: ['intake'],
        summary:
          'Every envelope reported to the bureau: awaiting, received, returned, late; counts per recommender',
        querystring: IntakeListQuery,
        response: { 200: IntakeList, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'receivePapers');
      return intakeList(app.db, actor, request.query.recommender, app.clock.now());
    },
  );
}
