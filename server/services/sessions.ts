import { eq } from 'drizzle-orm';
import { DomainError } from '../../domain/errors';
import type { Role } from '../../domain/roles';
import type { Db } from '../db/database';
import { sessions, users } from '../db/schema';
import { hashToken, newSessionToken } from '../plugins/context';
import { decoyPasswordHash, membershipsOf, verifyPassword } from './accounts';
import { type AuditActor, appendAudit, recordAudit } from './audit';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

const invalidCredentials = new DomainError(
  'auth.invalid_credentials',
  { zh: '用户名或密码不正确', en: 'Wrong username or password' },
  { status: 401 },
);

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

/**
 * Checks the password, enforces the lockout after repeated failures (kept in the database so it holds
 * across server processes), opens a session in the chosen membership and records it all in the audit log.
 */
export async function login(
  db: Db,
  input: LoginInput,
  context: { now: Date; sessionHours: number; actor: AuditActor; userAgent?: string },
): Promise<LoginResult> {
  const { now } = context;
  const [user] = await db.select().from(users).where(eq(users.username, input.username));
  const audit = (outcome: 'failed' | 'denied', reason: string, userId?: string) =>
    recordAudit(
      db,
      { ...context.actor, userId: userId ?? null },
      {
        action: 'session.login',
        objectType: 'user',
        objectId: userId,
        outcome,
        detail: { reason, username: input.username },
      },
      now,
    );

  if (!user) {
    await verifyPassword(await decoyPasswordHash(), input.password);
    await audit('failed', 'unknown_user');
    throw invalidCredentials;
  }
  if (user.lockedUntil && new Date(user.lockedUntil) > now) {
    await audit('denied', 'locked', user.id);
    const minutes = Math.ceil((new Date(user.lockedUntil).getTime() - now.getTime()) / 60_000);
    throw new DomainError(
      'auth.rate_limited',
      {
        zh: `登录失败次数过多，账号已锁定，请 ${minutes} 分钟后再试`,
        en: `Too many failed attempts; the account is locked for ${minutes} more minute(s)`,
      },
      { status: 429 },
    );
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk || !user.active) {
    const failures = user.failedLogins + 1;
    const lock = failures >= MAX_FAILED_LOGINS;
    await db
      .update(users)
      .set({
        failedLogins: lock ? 0 : failures,
        lockedUntil: lock ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : user.lockedUntil,
      })
      .where(eq(users.id, user.id));
    await audit(
      'failed',
      user.active ? (lock ? 'wrong_password_locked' : 'wrong_password') : 'inactive',
      user.id,
    );
    throw invalidCredentials;
  }

  const memberships = await membershipsOf(db, user.id);
  const chosen = memberships.find(
    (m) =>
      (!input.organisationId || m.organisation.id === input.organisationId) &&
      (!input.role || m.role === input.role),
  );
  if (!chosen) {
    await audit('denied', 'no_membership', user.id);
    throw new DomainError(
      'auth.no_membership',
      {
        zh: '该账号没有可用的单位角色，请联系管理员',
        en: 'This account has no active role; ask an administrator',
      },
      { status: 403 },
    );
  }

  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + context.sessionHours * 3_600_000);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    await tx.insert(sessions).values({
      id: hashToken(token),
      userId: user.id,
      organisationId: chosen.organisation.id,
      role: chosen.role,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      userAgent: context.userAgent?.slice(0, 300) ?? null,
    });
    await appendAudit(
      tx,
      { ...context.actor, userId: user.id, organisationId: chosen.organisation.id, role: chosen.role },
      { action: 'session.login', objectType: 'user', objectId: user.id },
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

export async function logout(db: Db, sessionId: string, actor: AuditActor, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, sessionId));
    await appendAudit(
      tx,
      actor,
      { action: 'session.logout', objectType: 'user', objectId: actor.userId ?? undefined },
      now,
    );
  });
}
