import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../../domain/errors';
import type { OrganisationKind, RecommenderKind } from '../../domain/roles';
import type { WorkflowActor } from '../../domain/workflow';
import type { Sealer } from '../crypto/sealed';
import { organisations, sessions, users } from '../db/schema';

export const SESSION_COOKIE = 'jx_session';

/**
 * Who is asking: the user, the role they act in and the organisation that scopes every query. It is the
 * domain machine's `WorkflowActor` (role and organisation) with what the server knows besides.
 */
export interface Actor extends WorkflowActor {
  userId: string;
  username: string;
  displayName: string;
  organisationKind: OrganisationKind;
  recommenderKind: RecommenderKind | null;
  sessionId: string;
}

/**
 * The audit's view of who asked: the actor's user, organisation and role when there is a session (none on
 * the login page, a public objection, the CLI or a job), the request and the address it came from.
 */
export type AuditActor = { [K in 'userId' | 'organisationId' | 'role']?: Actor[K] | null } & {
  requestId?: string | null;
  ip?: string | null;
};

/** Who acts in a request, when, and with which keys: built once per request by `actingOf`. */
export interface Acting {
  actor: Actor;
  audit: AuditActor;
  now: Date;
  sealer: Sealer;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    acting: Acting | null;
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

const authRequired = { zh: '请先登录', en: 'Please log in first' };

/** Loads the session named by the cookie (sessions live in the database, shared by every process). */
export const contextPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('acting', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const now = app.clock.now();
    const [row] = await app.db
      .select({
        sessionId: sessions.id,
        role: sessions.role,
        lastSeenAt: sessions.lastSeenAt,
        userId: users.id,
        username: users.username,
        displayName: users.displayName,
        active: users.active,
        organisationId: organisations.id,
        organisationKind: organisations.kind,
        recommenderKind: organisations.recommenderKind,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .innerJoin(organisations, eq(organisations.id, sessions.organisationId))
      .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now)));
    if (!row?.active) return;
    request.actor = {
      userId: row.userId,
      username: row.username,
      displayName: row.displayName,
      role: row.role,
      organisationId: row.organisationId,
      organisationKind: row.organisationKind,
      recommenderKind: row.recommenderKind,
      sessionId: row.sessionId,
    };
    // Sliding expiry, written at most once a minute to keep reads cheap.
    if (now.getTime() - new Date(row.lastSeenAt).getTime() > 60_000) {
      const expiresAt = new Date(now.getTime() + app.config.sessionHours * 3_600_000);
      await app.db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, row.sessionId));
    }
  });
});

/** The actor of an authenticated request, or a 401 the web turns into the login page. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('auth.required', authRequired);
  return request.actor;
}

/**
 * The request's `Acting`, computed once: the logged-in actor (401 without one), the audit's view of the
 * request, the moment (the clock is read once, so every rule in the request sees the same "now") and the
 * sealer of personal data.
 */
export function actingOf(request: FastifyRequest): Acting {
  request.acting ??= {
    actor: requireActor(request),
    audit: auditActor(request),
    now: request.server.clock.now(),
    sealer: request.server.sealer,
  };
  return request.acting;
}

export function auditActor(request: FastifyRequest): AuditActor {
  return {
    userId: request.actor?.userId ?? null,
    organisationId: request.actor?.organisationId ?? null,
    role: request.actor?.role ?? null,
    requestId: request.id,
    ip: request.ip,
  };
}

export type { FastifyReply };
