import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams } from '../../contract/common';
import {
  InvitationCreated,
  InvitationView,
  SubmitInvitationBody,
  TokenParams,
} from '../../contract/invitations';
import { actingOf, auditActor } from '../plugins/context';
import { createInvitation, invitationView, submitInvitation } from '../services/invitations';
import { publicOrigin } from './common';

export async function invitationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/applications/:id/invitations',
    {
      schema: {
        tags: ['applications'],
        summary: 'A one-time link (7 days) for the candidate to fill in their personal part',
        params: IdParams,
        response: {
          201: InvitationCreated,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const acting = actingOf(request);
      const { token, expiresAt } = await app.db.transaction((tx) =>
        createInvitation(tx, acting, request.params.id),
      );
      return reply.status(201).send({
        url: `${publicOrigin(app.config.publicOrigins)}/invite/${token}`,
        expiresAt: expiresAt.toISOString(),
      });
    },
  );

  r.get(
    '/api/invitations/:token',
    {
      schema: {
        tags: ['applications'],
        summary: 'The personal part the candidate is invited to fill in (no login; numbers masked)',
        params: TokenParams,
        response: {
          200: InvitationView,
          404: ErrorResponse,
        },
      },
    },
    async (request) => invitationView(app.db, request.params.token, app.clock.now()),
  );

  r.put(
    '/api/invitations/:token',
    {
      schema: {
        tags: ['applications'],
        summary: 'The candidate submits their personal part; the link is then used up',
        params: TokenParams,
        body: SubmitInvitationBody,
        response: { 204: z.null(), 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      await app.db.transaction((tx) =>
        submitInvitation(
          tx,
          app.sealer,
          auditActor(request),
          request.params.token,
          request.body.draft,
          app.clock.now(),
        ),
      );
      return reply.status(204).send(null);
    },
  );
}
