import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../contract/common';
import {
  ReopenBody,
  ReviewCandidateList,
  ScoreSheetBody,
  ScoreSheetView,
  SheetOfExpertParams,
  SheetParams,
} from '../../contract/review-stage';
import { actingOf } from '../plugins/context';
import { requirePermission } from '../policies/requests';
import { reviewCandidates } from '../services/review-rubric';
import { readSheet, reopenSheet, saveSheet, sheetsOfCandidate } from '../services/score-sheets';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};

/**
 * Scoring (评分): an expert's candidates and their score sheets — saved, then submitted and locked — and the
 * bureau's reading and reopening of them. A candidate an expert is conflicted with answers 404 like a missing id.
 */
export async function reviewScoringRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['review'];

  r.get(
    '/api/review/candidates',
    {
      schema: {
        tags,
        summary: "The candidates the expert scores, with their sheets' state and the rubrics",
        response: { 200: ReviewCandidateList, ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'scoreCandidates');
      return reviewCandidates(app.db, actingOf(request));
    },
  );

  r.get(
    '/api/applications/:id/score-sheet',
    {
      schema: {
        tags,
        summary: "The expert's own score sheet for a candidate",
        params: SheetParams,
        response: { 200: ScoreSheetView, ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'scoreCandidates');
      return readSheet(app.db, actingOf(request), request.params.id);
    },
  );

  r.put(
    '/api/applications/:id/score-sheet',
    {
      schema: {
        tags,
        summary: 'Save the score sheet as a draft',
        params: SheetParams,
        body: ScoreSheetBody,
        response: { 200: ScoreSheetView, ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'scoreCandidates');
      return saveSheet(app.db, actingOf(request), request.params.id, request.body, false);
    },
  );

  r.post(
    '/api/applications/:id/score-sheet/submit',
    {
      schema: {
        tags,
        summary: 'Submit the score sheet: every criterion scored; locked until the bureau reopens it',
        params: SheetParams,
        body: ScoreSheetBody,
        response: { 200: ScoreSheetView, ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'scoreCandidates');
      return saveSheet(app.db, actingOf(request), request.params.id, request.body, true);
    },
  );

  r.get(
    '/api/applications/:id/score-sheets',
    {
      schema: {
        tags,
        summary: "Every expert's sheet for a candidate (the bureau)",
        params: SheetParams,
        response: {
          200: z.object({ items: z.array(ScoreSheetView.extend({ expertId: z.string() })) }),
          ...errors,
        },
      },
    },
    async (request) => {
      requirePermission(request, 'organiseReview');
      return sheetsOfCandidate(app.db, actingOf(request), request.params.id);
    },
  );

  r.post(
    '/api/applications/:id/score-sheets/:expertId/reopen',
    {
      schema: {
        tags,
        summary: "Reopen an expert's submitted sheet, saying why (the bureau's administrator)",
        params: SheetOfExpertParams,
        body: ReopenBody,
        response: { 200: ScoreSheetView, ...errors },
      },
    },
    async (request) => {
      requirePermission(request, 'reopenScoreSheet');
      return reopenSheet(app.db, actingOf(request), request.params.id, request.params.expertId, request.body);
    },
  );
}
