import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../contract/common';
import {
  AwardParams,
  ConflictBody,
  ConflictList,
  ConflictParams,
  ConflictVetBody,
  DeclineBody,
  ExpertBody,
  ExpertCreated,
  ExpertView,
  PanelBody,
  PanelList,
  PanelMemberParams,
  PanelParams,
  PanelView,
  RankingView,
  RubricBody,
  RubricView,
  SeatBody,
  SelectionView,
  VoteBody,
} from '../../contract/review-stage';
import { actingOf } from '../plugins/context';
import { requirePermission } from '../policies/requests';
import { addExpert, listExperts } from '../services/expert-pool';
import { listConflicts, recordConflict, vetConflict } from '../services/review-conflicts';
import {
  commitDraw,
  createPanel,
  declineSeat,
  listPanels,
  runDraw,
  seatExpert,
} from '../services/review-panels';
import { readRubric, saveRubric } from '../services/review-rubric';
import { rankingView, recordVote, selectionView } from '../services/review-votes';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  422: ErrorResponse,
};

/**
 * The bureau's administration of the expert review (综合评审): the expert pool, the award's panel and its
 * draw with avoidance (commitment, draw, replacements), conflicts vetted, the rubric and method, the ranking
 * and the selection with the leadership group's vote. Experts declare their own conflicts here too.
 */
export async function reviewAdminRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['review'];

  r.get(
    '/api/experts',
    {
      schema: {
        tags,
        summary: 'The expert pool (phones masked)',
        response: { 200: z.object({ items: z.array(ExpertView) }), ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'organiseReview');
      return { items: await listExperts(app.db) };
    },
  );

  r.post(
    '/api/experts',
    {
      schema: {
        tags,
        summary:
          "Add an expert to the pool with their login (a new account's first password is returned once)",
        body: ExpertBody,
        response: { 201: ExpertCreated, ...errors },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'organiseReview');
      return reply.code(201).send(await addExpert(app.db, actingOf(request), request.body));
    },
  );

  r.get(
    '/api/panels',
    {
      schema: {
        tags,
        summary: "The current edition's panels with members, draw and progress",
        response: { 200: PanelList, ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'organiseReview');
      return listPanels(app.db);
    },
  );

  r.post(
    '/api/panels',
    {
      schema: {
        tags,
        summary: "Form an award's panel (seats and the specialties the draw asks for)",
        body: PanelBody,
        response: { 201: PanelView, ...errors },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'organiseReview');
      return reply.code(201).send(await createPanel(app.db, actingOf(request), request.body));
    },
  );

  r.post(
    '/api/panels/:panelId/members',
    {
      schema: {
        tags,
        summary: "Seat an expert by the bureau's choice (recorded as manual)",
        params: PanelParams,
        body: SeatBody,
        response: { 200: PanelView, ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'organiseReview');
      return seatExpert(app.db, actingOf(request), request.params.panelId, request.body);
    },
  );

  r.post(
    '/api/panels/:panelId/members/:expertId/decline',
    {
      schema: {
        tags,
        summary: 'Record that a seated expert declined: the next expert of the draw replaces them',
        params: PanelMemberParams,
        body: DeclineBody,
        response: { 200: z.object({ panel: PanelView, replacement: z.string().nullable() }), ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'organiseReview');
      return declineSeat(
        app.db,
        actingOf(request),
        request.params.panelId,
        request.params.expertId,
        request.body,
      );
    },
  );

  r.post(
    '/api/panels/:panelId/draw-commitment',
    {
      schema: {
        tags,
        summary: "Commit to the draw: a random seed's SM3 hash recorded with the pool as it stands",
        params: PanelParams,
        response: { 200: PanelView, ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'organiseReview');
      return commitDraw(app.db, actingOf(request), request.params.panelId);
    },
  );

  r.post(
    '/api/panels/:panelId/draw',
    {
      schema: {
        tags,
        summary: 'Draw the panel from the committed pool with the committed seed, and reveal the seed',
        params: PanelParams,
        response: { 200: z.object({ panel: PanelView, short: z.number().int() }), ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'organiseReview');
      return runDraw(app.db, actingOf(request), request.params.panelId);
    },
  );

  r.get(
    '/api/conflicts',
    {
      schema: {
        tags,
        summary: 'Conflicts (回避) of the review: recorded and found; an expert sees their own',
        response: { 200: ConflictList, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      requirePermission(request, actor?.role === 'expert' ? 'scoreCandidates' : 'organiseReview');
      return listConflicts(app.db, actingOf(request));
    },
  );

  r.post(
    '/api/conflicts',
    {
      schema: {
        tags,
        summary: 'Declare a conflict (an expert, for themselves) or record one (the bureau)',
        body: ConflictBody,
        response: { 200: ConflictList, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      requirePermission(request, actor?.role === 'expert' ? 'scoreCandidates' : 'organiseReview');
      return recordConflict(app.db, actingOf(request), request.body);
    },
  );

  r.post(
    '/api/conflicts/:conflictId/vet',
    {
      schema: {
        tags,
        summary: 'Confirm a declared conflict or dismiss a mistaken one, saying why',
        params: ConflictParams,
        body: ConflictVetBody,
        response: { 200: ConflictList, ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'organiseReview');
      return vetConflict(app.db, actingOf(request), request.params.conflictId, request.body);
    },
  );

  r.get(
    '/api/awards/:awardId/rubric',
    {
      schema: {
        tags,
        summary: "The award's rubric, method and blind setting",
        params: AwardParams,
        response: { 200: RubricView, ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'organiseReview');
      return readRubric(app.db, request.params.awardId);
    },
  );

  r.put(
    '/api/awards/:awardId/rubric',
    {
      schema: {
        tags,
        summary: "Set the award's rubric, method and blind setting before anyone scores",
        params: AwardParams,
        body: RubricBody,
        response: { 200: RubricView, ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'organiseReview');
      return saveRubric(app.db, actingOf(request), request.params.awardId, request.body);
    },
  );

  r.get(
    '/api/awards/:awardId/ranking',
    {
      schema: {
        tags,
        summary:
          "The award's ranking from the experts' submitted scores (what counts of each candidate's scores is kept as sheets, conflicts and seats change)",
        params: AwardParams,
        response: { 200: RankingView, ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'organiseReview');
      return rankingView(app.db, request.params.awardId);
    },
  );

  r.get(
    '/api/awards/:awardId/selection',
    {
      schema: {
        tags,
        summary: "The award's selection: ranking with names, 差额 ratio, proposed winners, a tie to vote on",
        params: AwardParams,
        response: { 200: SelectionView, ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'organiseReview');
      return selectionView(app.db, request.params.awardId);
    },
  );

  r.post(
    '/api/review-votes',
    {
      schema: {
        tags,
        summary: "Record the leadership group's vote on a tie across the last place",
        body: VoteBody,
        response: { 200: SelectionView, ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'organiseReview');
      return recordVote(app.db, actingOf(request), request.body);
    },
  );
}
