import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TransitionParams } from '../../contract/workflow';
import { ApplicationDraft } from '../../domain/application';
import { awardCodes } from '../../domain/roles';
import { textField } from '../../domain/text';
import { applicationStatuses } from '../../domain/workflow/states';
import { auditActor, requireActor, requireRole } from '../plugins/context';
import { applicationDetail } from '../services/application-detail';
import { createApplication, deleteDraft, updateApplication } from '../services/application-edit';
import { listApplications } from '../services/applications';
import { type Acting, loadScopedApplication, lockScopedApplication } from '../services/workflow';
import { moveApplications } from '../workflow/engine';
import { ErrorResponse, FindingSchema, IdParams, MessageSchema } from './common';

const ListQuery = z.object({
  status: z.enum(applicationStatuses).optional(),
  award: z.enum(awardCodes).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** A warning's code (`bank_account.luhn`), the key its justification is kept under. */
const FindingCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/)
  .max(100);

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
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  at: z.string(),
});

export const AttachmentView = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  declassified: z.boolean(),
  createdAt: z.string(),
});

const Refusal = z.object({ code: z.string(), message: MessageSchema });

const ApplicationDetail = ApplicationSummary.extend({
  version: z.number(),
  draft: z.record(z.string(), z.unknown()),
  masked: z.object({
    idNumber: z.string().nullable(),
    bankAccount: z.string().nullable(),
    mobile: z.string().nullable(),
    landline: z.string().nullable(),
    /** The birth year; the exact date is in `draft` only for those who see the ID number in clear. */
    birthYear: z.number().int().nullable(),
  }),
  findings: z.array(FindingSchema),
  warningJustifications: z.record(z.string(), z.string()),
  completeness: z.object({ filled: z.number(), required: z.number(), missing: z.array(z.string()) }),
  attachments: z.array(AttachmentView),
  missingAttachments: z.array(z.string()),
  unitOpinion: z.string().nullable(),
  notice: z
    .object({
      id: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      status: z.string(),
      openObjections: z.number(),
    })
    .nullable(),
  allowedTransitions: z.array(
    z.object({
      name: z.string(),
      to: z.string(),
      label: MessageSchema,
      requiresReason: z.boolean(),
      blockedBy: z.array(Refusal),
    }),
  ),
  history: z.array(HistoryEvent),
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

  const acting = (request: FastifyRequest): Acting => ({
    actor: requireActor(request),
    audit: auditActor(request),
    now: app.clock.now(),
    sealer: app.sealer,
  });

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
      const who = acting(request);
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
        body: ApplicationDraft,
        response: { 201: ApplicationDetail, 400: ErrorResponse, 403: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      requireRole(request, ['employer_officer']);
      const who = acting(request);
      const detail = await app.db.transaction(async (tx) => {
        const row = await createApplication(tx, who, request.body);
        return applicationDetail(tx, who, row);
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
        body: z.object({
          version: z.number().int().min(1),
          draft: ApplicationDraft,
          warningJustifications: z
            .record(FindingCode, textField({ min: 0, max: 500, multiline: true }))
            .optional(),
        }),
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
      const who = acting(request);
      return app.db.transaction(async (tx) => {
        const row = await lockScopedApplication(tx, who.actor, request.params.id);
        const updated = await updateApplication(tx, who, row, request.body);
        return applicationDetail(tx, who, updated);
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
      const who = acting(request);
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
      const who = acting(request);
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
