import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApplicationDetail,
  ApplicationList,
  ApplicationListQuery,
  CreateApplicationBody,
  UpdateApplicationBody,
} from '../../contract/applications';
import { ErrorResponse, IdParams } from '../../contract/common';
import { TransitionParams } from '../../contract/workflow';
import { actingOf, requireActor } from '../plugins/context';
import { requirePermission } from '../policies/requests';
import { applicationDetail } from '../services/application-detail';
import { createApplication, deleteDraft, updateApplication } from '../services/application-edit';
import { listApplications } from '../services/applications';
import { loadScopedApplication, lockScopedApplication } from '../services/workflow';
import { moveApplications } from '../workflow/engine';

/** For server/routes/unit.ts, until it takes it from contract/ too. */

export async function applicationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/applications',
    {
      schema: {
        tags: ['applications'],
        summary: "Applications in the caller's scope, personal data masked",
        querystring: ApplicationListQuery,
        response: {
          200: ApplicationList,
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
        summary:
          'One application: its form, findings, attachments, next steps and history (404 outside scope)',
        params: IdParams,
        response: { 200: ApplicationDetail, 401: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const who = actingOf(request);
      // outside the scope: the 404 of a missing id, audited as denied by the error plugin
      // a read: nothing is locked (the personal-data read is audited in the same transaction)
      return app.db.transaction(async (tx) => {
        const row = await loadScopedApplication(tx, who.actor, request.params.id);
        return applicationDetail(tx, who, row);
      });
    },
  );

  r.post(
    '/api/applications',
    {
      schema: {
        tags: ['applications'],
        summary: 'Start an application (employer officer): a draft in the current edition',
        body: CreateApplicationBody,
        response: { 201: ApplicationDetail, 400: ErrorResponse, 403: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'createApplication');
      const who = actingOf(request);
      const detail = await app.db.transaction(async (tx) => {
        const row = await createApplication(tx, who, request.body);
        return await applicationDetail(tx, who, row);
      });
      return reply.status(201).send(detail);
    },
  );

  r.patch(
    '/api/applications/:id',
    {
      schema: {
        tags: ['applications'],
        summary: 'Save the draft (optimistic locking by version); sections given replace the whole section',
        params: IdParams,
        body: UpdateApplicationBody,
        response: {
          200: ApplicationDetail,
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request) => {
      const who = actingOf(request);
      return app.db.transaction(async (tx) => {
        const row = await lockScopedApplication(tx, who.actor, request.params.id);
        const updated = await updateApplication(tx, who, row, request.body);
        return await applicationDetail(tx, who, updated);
      });
    },
  );

  r.delete(
    '/api/applications/:id',
    {
      schema: {
        tags: ['applications'],
        summary: 'Delete a draft the unit has not decided on yet (afterwards: the withdraw transition)',
        params: IdParams,
        response: { 204: z.null(), 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const who = actingOf(request);
      const storedFiles = await app.db.transaction(async (tx) => {
        const row = await lockScopedApplication(tx, who.actor, request.params.id);
        return deleteDraft(tx, who, row);
      });
      // the rows are gone with the transaction; the bytes follow once it has committed
      await Promise.all(storedFiles.map((key) => app.storage.delete(key)));
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/applications/:id/transitions/:name',
    {
      schema: {
        tags: ['applications'],
        summary:
          'Take a workflow step; the body is the payload its records need (400 with the field paths when it is missing or malformed), a refusal answers with the rule’s code',
        params: TransitionParams,
        body: z.record(z.string(), z.unknown()).default({}),
        response: {
          200: ApplicationDetail,
          400: ErrorResponse,
          403: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
          422: ErrorResponse,
        },
      },
    },
    async (request) => {
      const who = actingOf(request);
      return app.db.transaction(async (tx) => {
        const { applications: moved } = await moveApplications(
          tx,
          who,
          request.params.name,
          [request.params.id],
          request.body,
        );
        const [updated] = moved;
        if (!updated) throw new Error('the move returned no application');
        return applicationDetail(tx, who, updated);
      });
    },
  );
}
