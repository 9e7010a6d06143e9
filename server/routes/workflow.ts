import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../contract/common';
import {
  HandleObjectionBody,
  NoticeList,
  NoticeListQuery,
  NoticeView,
  ObjectionView,
  RecordObjectionBody,
} from '../../contract/notices';
import {
  BatchTransitionBody,
  BatchTransitionParams,
  MoveCheckBody,
  MoveCheckResponse,
  MoveResponse,
  RankingBody,
  RankingParams,
  RankingResponse,
} from '../../contract/workflow';
import { actingOf } from '../plugins/context';
import { scopedSummaries } from '../services/applications';
import { moveChecks } from '../services/move-checks';
import { moveApplications } from '../workflow/engine';
import {
  closeNotice,
  handleObjection,
  listOwnNotices,
  noticeView,
  recordObjection,
} from '../workflow/notices';
import { rankApplications } from '../workflow/ranking';

const refusals = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  422: ErrorResponse,
};

/**
 * The steps of every level through one set of routes: a move of several applications at once, the
 * notices with their objections and close, and the ranking — the unit, the recommender and the city use
 * the same ones, the level coming from the move or the path.
 */
export async function workflowRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/transitions/:name',
    {
      schema: {
        tags: ['workflow'],
        summary:
          'Take one workflow step for several applications at once (a collective decision, a notice …); the payload sits beside applicationIds',
        params: BatchTransitionParams,
        body: BatchTransitionBody,
        response: { 200: MoveResponse, 201: MoveResponse, ...refusals },
      },
    },
    async (request, reply) => {
      const who = actingOf(request);
      const { applicationIds, ...payload } = request.body;
      const result = await app.db.transaction(async (tx) => {
        const moved = await moveApplications(tx, who, request.params.name, applicationIds, payload);
        const { decision, noticeId, approvalIds, decisionDocumentId } = moved.created;
        return {
          applications: await scopedSummaries(tx, who.actor, applicationIds),
          ...(decision ? { decision } : {}),
          ...(noticeId ? { notice: await noticeView(tx, who, noticeId) } : {}),
          ...(approvalIds ? { approvalIds } : {}),
          ...(decisionDocumentId ? { decisionDocumentId } : {}),
        };
      });
      const created = result.decision || result.notice || result.approvalIds || result.decisionDocumentId;
      return reply.status(created ? 201 : 200).send(result);
    },
  );

  r.post(
    '/api/transitions/:name/checks',
    {
      schema: {
        tags: ['workflow'],
        summary:
          'Whether a step can be taken for each of its candidates now, and if not why and what each lacks (moves nothing, reveals no personal data)',
        params: BatchTransitionParams,
        body: MoveCheckBody,
        response: { 200: MoveCheckResponse, ...refusals },
      },
    },
    async (request) => {
      const who = actingOf(request);
      const checks = await app.db.transaction((tx) =>
        moveChecks(tx, who, request.params.name, request.body.applicationIds),
      );
      return { checks };
    },
  );

  r.put(
    '/api/rankings/:level',
    {
      schema: {
        tags: ['workflow'],
        summary: '排序: the order of the level’s candidates for one award (first = 1)',
        params: RankingParams,
        body: RankingBody,
        response: { 200: RankingResponse, ...refusals },
      },
    },
    async (request) => {
      const who = actingOf(request);
      return app.db.transaction(async (tx) => {
        await rankApplications(tx, who, request.params.level, request.body);
        return { items: await scopedSummaries(tx, who.actor, request.body.applicationIds) };
      });
    },
  );

  r.get(
    '/api/notices',
    {
      schema: {
        tags: ['workflow'],
        summary: 'A page of the notices the caller runs, newest first, with the total',
        querystring: NoticeListQuery,
        response: { 200: NoticeList, ...refusals },
      },
    },
    async (request) => listOwnNotices(app.db, actingOf(request), request.query),
  );

  r.get(
    '/api/notices/:id',
    {
      schema: {
        tags: ['workflow'],
        summary: 'A notice with its candidates and objections',
        params: IdParams,
        response: { 200: NoticeView, ...refusals },
      },
    },
    async (request) => noticeView(app.db, actingOf(request), request.params.id),
  );

  r.post(
    '/api/notices/:id/objections',
    {
      schema: {
        tags: ['workflow'],
        summary: '异议: record a real-name objection received during the notice',
        params: IdParams,
        body: RecordObjectionBody,
        response: { 201: ObjectionView, ...refusals },
      },
    },
    async (request, reply) => {
      const view = await app.db.transaction((tx) =>
        recordObjection(tx, actingOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(view);
    },
  );

  r.patch(
    '/api/objections/:id',
    {
      schema: {
        tags: ['workflow'],
        summary: 'Record how an objection was handled: upheld or dismissed, with the reasons',
        params: IdParams,
        body: HandleObjectionBody,
        response: { 200: ObjectionView, ...refusals },
      },
    },
    async (request) =>
      app.db.transaction((tx) => handleObjection(tx, actingOf(request), request.params.id, request.body)),
  );

  r.post(
    '/api/notices/:id/close',
    {
      schema: {
        tags: ['workflow'],
        summary: 'Close a notice after its last day: every candidate without an open objection moves on',
        params: IdParams,
        response: { 200: NoticeView, ...refusals },
      },
    },
    async (request) => {
      const who = actingOf(request);
      return app.db.transaction(async (tx) => {
        await closeNotice(tx, who, request.params.id);
        return noticeView(tx, who, request.params.id);
      });
    },
  );
}
