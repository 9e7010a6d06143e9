import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { awardCodes } from '../../domain/roles';
import { applicationStatuses } from '../../domain/workflow/states';
import { auditActor, requireActor } from '../plugins/context';
import { applicationHistory, listApplications, loadScopedApplication } from '../services/applications';
import { ErrorResponse, IdParams, MessageSchema } from './common';

const ListQuery = z.object({
  status: z.enum(applicationStatuses).optional(),
  award: z.enum(awardCodes).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const OrgRef = z.object({ id: z.string(), name: MessageSchema });

export const ApplicationSummary = z.object({
  id: z.string(),
  award: z.string(),
  status: z.enum(applicationStatuses),
  name: z.string(),
  gender: z.string().nullable(),
  occupation: z.string().nullable(),
  skillLevel: z.string().nullable(),
  unitRank: z.number().nullable(),
  recommenderRank: z.number().nullable(),
  idNumberMasked: z.string().nullable(),
  mobileMasked: z.string().nullable(),
  employer: OrgRef,
  recommender: OrgRef,
  updatedAt: z.string(),
});

const HistoryEvent = z.object({
  transition: z.string(),
  fromStatus: z.string(),
  toStatus: z.string(),
  actorRole: z.string().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});

export async function applicationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/applications',
    {
      schema: {
        tags: ['applications'],
        summary: "Applications in the caller's scope, personal data masked",
        querystring: ListQuery,
        response: {
          200: z.object({ items: z.array(ApplicationSummary), total: z.number() }),
          401: ErrorResponse,
        },
      },
    },
    async (request) => listApplications(app.db, requireActor(request), request.query),
  );

  r.get(
    '/api/applications/:id',
    {
      schema: {
        tags: ['applications'],
        summary: 'One application with its history (404 outside the caller’s scope)',
        params: IdParams,
        response: {
          200: ApplicationSummary.extend({ history: z.array(HistoryEvent) }),
          401: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const application = await loadScopedApplication(app.db, actor, request.params.id, {
        actor: auditActor(request),
        now: app.clock.now(),
        action: 'application.read',
      });
      const history = await applicationHistory(app.db, application.id);
      return { ...application, history: history.map((h) => ({ ...h, at: new Date(h.at).toISOString() })) };
    },
  );
}
