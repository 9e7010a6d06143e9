import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DayParams,
  NoticePeriod,
  NoticePeriodQuery,
  OverrideBody,
  OverrideList,
  OverrideView,
} from '../../contract/calendar';
import { ErrorResponse } from '../../contract/common';
import { auditActor, requireActor } from '../plugins/context';
import { notFound } from '../plugins/errors';
import { requirePermission } from '../policies/requests';
import { deleteOverride, listOverrides, loadCalendar, upsertOverride } from '../services/calendar';

export async function calendarRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/calendar/notice-period',
    {
      schema: {
        tags: ['rules'],
        summary:
          'The N working days of a notice starting on a date (holidays, make-up workdays, admin overrides)',
        description:
          'Published on a working day, that day is day 1; published on a rest day, the notice starts on the next working day. ' +
          'A year the calendar does not cover answers 422 `calendar.year_unknown`.',
        querystring: NoticePeriodQuery,
        response: { 200: NoticePeriod, 400: ErrorResponse, 401: ErrorResponse, 422: ErrorResponse },
      },
    },
    async (request) => {
      requireActor(request);
      const calendar = await loadCalendar(app.db);
      return calendar.noticePeriod(request.query.start, request.query.days);
    },
  );

  r.get(
    '/api/calendar/overrides',
    {
      schema: {
        tags: ['rules'],
        summary: 'Admin corrections to the official holiday calendar',
        response: { 200: OverrideList, 401: ErrorResponse },
      },
    },
    async (request) => {
      requireActor(request);
      return { items: (await listOverrides(app.db)).map((o) => ({ ...o, note: o.note ?? '' })) };
    },
  );

  r.put(
    '/api/calendar/overrides/:day',
    {
      schema: {
        tags: ['rules'],
        summary: 'Declare a day a holiday or a (make-up) working day — bureau admin',
        params: DayParams,
        body: OverrideBody,
        response: { 200: OverrideView, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'administerCalendar');
      const override = { day: request.params.day, ...request.body };
      await upsertOverride(
        app.db,
        override,
        { ...auditActor(request), userId: actor.userId },
        app.clock.now(),
      );
      return override;
    },
  );

  r.delete(
    '/api/calendar/overrides/:day',
    {
      schema: {
        tags: ['rules'],
        summary: 'Remove an override — bureau admin',
        params: DayParams,
        response: { 204: z.null(), 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'administerCalendar');
      const removed = await deleteOverride(app.db, request.params.day, auditActor(request), app.clock.now());
      if (!removed) throw notFound();
      return reply.status(204).send(null);
    },
  );
}
