import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { DomainError } from '../../domain/errors';
import type { Role } from '../../domain/roles';
import type { Db, Executor } from '../db/database';
import { sessions, users } from '../db/schema';
import { hashToken, newSessionToken } from '../plugins/context';
import { decoyPasswordHash, membershipsOf, verifyPassword } from './accounts';
import { type AuditActor, appendAudit, recordAudit } from './audit';
import {
  accountFailures,
  claimLoginAttempt,
  clearLoginFailures,
  countAccountFailure,
  lockedOut,
  loginDelayMs,
  loginSource,
  MAX_FAILED_LOGINS,
  waitBeforePasswordCheck,
} from './login-throttle';

/** Sessions a user may hold at once (browsers, devices); a further login ends the oldest. */
export const MAX_SESSIONS_PER_USER = 5;

const invalidCredentials = new DomainError('auth.invalid_credentials', {
  zh: '用户名或密码不正确',
  en: 'Wrong username or password',
});

export interface LoginInput {
  username: string;
  password: string;
  organisationId?: string;
  role?: Role;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: { id: string; username: string; displayName: string };
  role: string;
  organisationId: string;
}

export interface LoginContext {
  now: Date;
  sessionHours: number;
  actor: AuditActor;
  userAgent?: string;
  /** The session cookie this browser still sends, if any: the new session replaces that one. */
  replacesToken?: string;
}

/**
 * Checks the password under the lockout of login-throttle.ts (kept in the database so it holds across
 * server processes and parallel requests), opens a session in the chosen membership and records it
 * all in the audit log.
 */
export async function login(db: Db, input: LoginInput, context: LoginContext): Promise<LoginResult> {
  const { now } = context;
  const source = loginSource(context.actor.ip);
  const [user] = await db.select().from(users).where(eq(users.username, input.username));
  const audit = (outcome: 'failed' | 'denied', reason: string, detail: Record<string, unknown> = {}) =>
    recordAudit(
      db,
      { ...context.actor, userId: user?.id ?? null },
      {
        action: 'session.login',
        objectType: 'user',
        objectId: user?.id,
        outcome,
        detail: { reason, username: input.username, ...detail },
      },
      now,
    );

  const claim = await claimLoginAttempt(db, input.username, source, now);
  if (!claim.allowed) {
    await audit('denied', 'locked', { attempts: claim.attempts });
    throw lockedOut(claim.lockedUntil, now);
  }
  const delayMs = loginDelayMs(await accountFailures(db, input.username, now));
  await waitBeforePasswordCheck(delayMs);
  // Unknown usernames cost the same time and are counted the same way, so nothing tells them apart.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !passwordOk || !user.active) {
    const failures = await countAccountFailure(db, input.username, now);
    const reason = !user
      ? 'unknown_user'
      : !passwordOk
        ? claim.attempts >= MAX_FAILED_LOGINS
          ? 'wrong_password_locked'
          : 'wrong_password'
        : 'inactive';
    await audit('failed', reason, { attempts: claim.attempts, accountFailures: failures, delayMs });
    throw invalidCredentials;
  }
  await clearLoginFailures(db, input.username, source);

  const memberships = await membershipsOf(db, user.id);
  const chosen = memberships.find(
    (m) =>
      (!input.organisationId || m.organisation.id === input.organisationId) &&
      (!input.role || m.role === input.role),
  );
  if (!chosen) {
    await audit('denied', 'no_membership');
    throw new DomainError('auth.no_membership', {
      zh: '该账号没有可用的单位角色，请联系管理员',
      en: 'This account has no active role; ask an administrator',
    });
  }

  const token = newSessionToken();
  const sessionId = hashToken(token);
  const expiresAt = new Date(now.getTime() + context.sessionHours * 3_600_000);
  await db.transaction(async (tx) => {
    // One login of a user at a time, so parallel logins cannot overrun the session cap.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for('update');
    const replaced = context.replacesToken ? await endSession(tx, hashToken(context.replacesToken)) : false;
    await tx.insert(sessions).values({
      id: sessionId,
      userId: user.id,
      organisationId: chosen.organisation.id,
      role: chosen.role,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      userAgent: context.userAgent?.slice(0, 300) ?? null,
    });
    const ended = await endSessionsBeyondCap(tx, user.id, sessionId, now);
    await appendAudit(
      tx,
      { ...context.actor, userId: user.id, organisationId: chosen.organisation.id, role: chosen.role },
      {
        action: 'session.login',
        objectType: 'user',
        objectId: user.id,
        detail: { username: user.username, replacedSession: replaced, endedSessions: ended, delayMs },
      },
      now,
    );
  });
  return {
    token,
    expiresAt,
    user: { id: user.id, username: user.username, displayName: user.displayName },
    role: chosen.role,
    organisationId: chosen.organisation.id,
  };
}

async function endSession(tx: Executor, sessionId: string): Promise<boolean> {
  const gone = await tx.delete(sessions).where(eq(sessions.id, sessionId)).returning({ id: sessions.id });
  return gone.length > 0;
}

/** Ends the user's expired sessions and, beyond the newest MAX_SESSIONS_PER_USER, the oldest ones. */
async function endSessionsBeyondCap(tx: Executor, userId: string, keep: string, now: Date): Promise<number> {
  const others = await tx
    .select({ id: sessions.id, expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keep)))
    .orderBy(desc(sessions.createdAt), desc(sessions.id));
  const live = others.filter((s) => new Date(s.expiresAt) > now);
  const ending = [
    ...others.filter((s) => new Date(s.expiresAt) <= now),
    ...live.slice(MAX_SESSIONS_PER_USER - 1),
  ].map((s) => s.id);
  if (ending.length) await tx.delete(sessions).where(inArray(sessions.id, ending));
  return ending.length;
}

export async function logout(db: Db, sessionId: string, actor: AuditActor, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await endSession(tx, sessionId);
    await appendAudit(
      tx,
      actor,
      { action: 'session.logout', objectType: 'user', objectId: actor.userId ?? undefined },
      now,
    );
  });
}
