import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDateSchema } from '../../domain/application';
import { awardCodes } from '../../domain/roles';
import { identifierText, personName, textField } from '../../domain/text';
import { auditActor, requireActor } from '../plugins/context';
import { listApplications } from '../services/applications';
import {
  closeUnitNotice,
  handleObjection,
  listOwnNotices,
  noticeView,
  rankUnitApplications,
  recordObjection,
  recordUnitDecision,
  startUnitNotice,
} from '../services/unit-steps';
import type { Acting } from '../services/workflow';
import { ApplicationSummary } from './applications';
import { ErrorResponse, IdParams } from './common';

const Ids = z.array(z.uuid()).min(1).max(50);
const Day = isoDateSchema;

const ObjectionView = z.object({
  id: z.string(),
  applicationId: z.string().nullable(),
  submitterName: z.string(),
  submitterPhoneMasked: z.string().nullable(),
  content: z.string(),
  status: z.string(),
  handling: z.string().nullable(),
  receivedAt: z.string(),
  handledAt: z.string().nullable(),
});

export const NoticeView = z.object({
  id: z.string(),
  level: z.string(),
  title: z.string(),
  body: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  workingDays: z.number(),
  status: z.string(),
  items: z.array(
    z.object({
      applicationId: z.string(),
      name: z.string(),
      award: z.string(),
      status: z.string(),
      gender: z.string().nullable(),
      occupation: z.string().nullable(),
      skillLevel: z.string().nullable(),
      employerName: z.string().nullable(),
      achievementsSummary: z.string(),
    }),
  ),
  objections: z.array(ObjectionView),
});

const refusals = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  422: ErrorResponse,
};

export async function unitRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const acting = (request: FastifyRequest): Acting => ({
    actor: requireActor(request),
    audit: auditActor(request),
    now: app.clock.now(),
    sealer: app.sealer,
  });
  const summaries = async (request: FastifyRequest, ids: readonly string[]) => {
    const all = await listApplications(app.db, requireActor(request), { limit: 200, offset: 0 });
    return ids.map((id) => all.items.find((i) => i.id === id)).filter((i) => i !== undefined);
  };

  r.post(
    '/api/unit/decisions',
    {
      schema: {
        tags: ['unit'],
        summary: '单位领导集体研究决定: record it for several candidates at once',
        body: z.object({
          applicationIds: Ids,
          decidedOn: Day,
          participants: personName({ min: 2, max: 500 }),
          summary: textField({ min: 0, max: 2000, multiline: true }).optional(),
          minutesAttachmentId: z.uuid(),
        }),
        response: {
          201: z.object({
            decision: z.object({
              id: z.string(),
              decidedOn: z.string(),
              participants: z.string(),
              summary: z.string(),
            }),
            applications: z.array(ApplicationSummary),
          }),
          ...refusals,
        },
      },
    },
    async (request, reply) => {
      const result = await app.db.transaction((tx) => recordUnitDecision(tx, acting(request), request.body));
      const { id, decidedOn, participants, summary } = result.decision;
      return reply.status(201).send({
        decision: { id, decidedOn, participants, summary },
        applications: await summaries(request, request.body.applicationIds),
      });
    },
  );

  r.post(
    '/api/unit/notices',
    {
      schema: {
        tags: ['unit'],
        summary: '单位公示: start the N-working-day notice; the end date comes from the calendar',
        body: z.object({
          applicationIds: Ids,
          startDate: Day,
          days: z.number().int().min(1).max(60).default(5),
          title: textField({ min: 4, max: 200 }).optional(),
          body: textField({ min: 10, max: 5000, multiline: true }).optional(),
        }),
        response: { 201: NoticeView, ...refusals },
      },
    },
    async (request, reply) => {
      const who = acting(request);
      const view = await app.db.transaction(async (tx) =>
        noticeView(tx, who, await startUnitNotice(tx, who, request.body)),
      );
      return reply.status(201).send(view);
    },
  );

  r.get(
    '/api/notices',
    {
      schema: {
        tags: ['unit'],
        summary: "The caller's own organisation's notices, newest first",
        querystring: z.object({ level: z.enum(['unit', 'recommender', 'city']).optional() }),
        response: { 200: z.object({ items: z.array(NoticeView) }), ...refusals },
      },
    },
    async (request) => ({ items: await listOwnNotices(app.db, acting(request), request.query.level) }),
  );

  r.get(
    '/api/notices/:id',
    {
      schema: {
        tags: ['unit'],
        summary: 'A notice with its candidates and objections',
        params: IdParams,
        response: { 200: NoticeView, ...refusals },
      },
    },
    async (request) => noticeView(app.db, acting(request), request.params.id),
  );

  r.post(
    '/api/notices/:id/objections',
    {
      schema: {
        tags: ['unit'],
        summary: '异议: record a real-name objection received during the notice',
        params: IdParams,
        body: z.object({
          applicationId: z.uuid().optional(),
          submitterName: personName({ min: 2, max: 30 }),
          submitterPhone: identifierText().max(20).optional(),
          content: textField({ min: 5, max: 2000, multiline: true }),
          receivedOn: Day,
        }),
        response: { 201: ObjectionView, ...refusals },
      },
    },
    async (request, reply) => {
      const view = await app.db.transaction((tx) =>
        recordObjection(tx, acting(request), request.params.id, request.body),
      );
      return reply.status(201).send(view);
    },
  );

  r.patch(
    '/api/objections/:id',
    {
      schema: {
        tags: ['unit'],
        summary: 'Record how an objection was handled: upheld or dismissed, with the reasons',
        params: IdParams,
        body: z.object({
          status: z.enum(['upheld', 'dismissed']),
          handling: textField({ min: 5, max: 2000, multiline: true }),
        }),
        response: { 200: ObjectionView, ...refusals },
      },
    },
    async (request) =>
      app.db.transaction((tx) => handleObjection(tx, acting(request), request.params.id, request.body)),
  );

  r.post(
    '/api/notices/:id/close',
    {
      schema: {
        tags: ['unit'],
        summary: 'Close a unit notice after its last day: every candidate without an open objection moves on',
        params: IdParams,
        response: { 200: NoticeView, ...refusals },
      },
    },
    async (request) => {
      const who = acting(request);
      return app.db.transaction(async (tx) => {
        await closeUnitNotice(tx, who, request.params.id);
        return noticeView(tx, who, request.params.id);
      });
    },
  );

  r.put(
    '/api/unit/ranking',
    {
      schema: {
        tags: ['unit'],
        summary: '排序: the order of the unit’s candidates for one award (first = 1)',
        body: z.object({ award: z.enum(awardCodes), applicationIds: Ids }),
        response: { 200: z.object({ items: z.array(ApplicationSummary) }), ...refusals },
      },
    },
    async (request) => {
      await app.db.transaction((tx) => rankUnitApplications(tx, acting(request), request.body));
      return { items: await summaries(request, request.body.applicationIds) };
    },
  );
}
