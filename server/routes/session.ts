import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../contract/common';
import { LoginBody, SessionView } from '../../contract/session';
import { type OrganisationKind, permissionsOf, type RecommenderKind, type Role } from '../../domain/roles';
import { auditActor, requireActor, SESSION_COOKIE } from '../plugins/context';
import { perMinute } from '../plugins/rate-limit';
import { membershipsOf } from '../services/accounts';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from '../services/login-throttle';
import { login, logout, MAX_SESSIONS_PER_USER } from '../services/sessions';

async function sessionView(app: FastifyInstance, userId: string, role: string, organisationId: string) {
  const memberships = await membershipsOf(app.db, userId);
  // the columns are text until they carry their unions (issue 9 item 7)
  const view = memberships.map((m) => ({
    role: m.role as Role,
    organisation: {
      id: m.organisation.id,
      code: m.organisation.code,
      kind: m.organisation.kind as OrganisationKind,
      recommenderKind: m.organisation.recommenderKind as RecommenderKind | null,
      name: { zh: m.organisation.nameZh, en: m.organisation.nameEn },
    },
  }));
  const current = view.find((m) => m.role === role && m.organisation.id === organisationId);
  if (!current) throw new Error('session membership vanished');
  return {
    role: current.role,
    organisation: current.organisation,
    memberships: view,
    permissions: permissionsOf(current.role),
  };
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
    expires: expiresAt,
  });
}

export async function sessionRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/session',
    {
      schema: {
        tags: ['session'],
        summary: 'Log in with username and password',
        description:
          `${MAX_FAILED_LOGINS} failed attempts for a username from one address lock that address out of it ` +
          `for ${LOCKOUT_MINUTES} minutes (429 auth.rate_limited); logins from elsewhere still work. An address ` +
          'may try LOGINS_PER_MINUTE logins a minute (429 rate_limited). A login replaces the session of the ' +
          `same browser; a user keeps at most ${MAX_SESSIONS_PER_USER} sessions, the oldest end first.`,
        body: LoginBody,
        response: { 200: SessionView, 401: ErrorResponse, 403: ErrorResponse, 429: ErrorResponse },
      },
      config: { rateLimit: perMinute(app.config.loginsPerMinute) },
    },
    async (request, reply) => {
      const result = await login(app.db, request.body, {
        now: app.clock.now(),
        sessionHours: app.config.sessionHours,
        actor: auditActor(request),
        userAgent: request.headers['user-agent'],
        replacesToken: request.cookies[SESSION_COOKIE],
      });
      setSessionCookie(request, reply, result.token, result.expiresAt);
      return {
        user: result.user,
        ...(await sessionView(app, result.user.id, result.role, result.organisationId)),
      };
    },
  );

  r.get(
    '/api/session',
    {
      schema: {
        tags: ['session'],
        summary: 'The current user, role and organisation',
        response: { 200: SessionView, 401: ErrorResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return {
        user: { id: actor.userId, username: actor.username, displayName: actor.displayName },
        ...(await sessionView(app, actor.userId, actor.role, actor.organisationId)),
      };
    },
  );

  r.delete(
    '/api/session',
    { schema: { tags: ['session'], summary: 'Log out', response: { 204: z.null(), 401: ErrorResponse } } },
    async (request, reply) => {
      const actor = requireActor(request);
      await logout(app.db, actor.sessionId, auditActor(request), app.clock.now());
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
}
