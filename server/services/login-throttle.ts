import { setTimeout as sleep } from 'node:timers/promises';
import { normalizeIP } from '@fastify/rate-limit';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { DomainError } from '../../domain/errors';
import type { Executor } from '../db/database';
import { expirySweeper } from '../db/expiry';
import { loginFailures } from '../db/schema';

/** Attempts a username gets from one address before that address is locked out of it. */
export const MAX_FAILED_LOGINS = 5;
/** How long the lock (and the count towards it) lasts after the latest attempt. */
export const LOCKOUT_MINUTES = 15;
/** The growing delay: from the MAX-th failure of a username (from anywhere) on, doubling, capped. */
export const LOGIN_DELAY_BASE_MS = 250;
export const LOGIN_DELAY_MAX_MS = 4_000;

const WHOLE_ACCOUNT = '*';
const sweep = expirySweeper(loginFailures, loginFailures.expiresAt);

/** The address a lock is kept for; an IPv6 client by its /64, which one machine easily holds whole. */
export function loginSource(ip: string | null | undefined): string {
  return ip ? normalizeIP(ip, 64) : 'unknown';
}

/** One more for (username, source), in one atomic statement; a row past its window starts again at 1. */
async function countOne(db: Executor, username: string, source: string, now: Date) {
  const expiresAt = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
  const [row] = await db
    .insert(loginFailures)
    .values({ username, source, failures: 1, expiresAt })
    .onConflictDoUpdate({
      target: [loginFailures.username, loginFailures.source],
      set: {
        failures: sql`CASE WHEN ${loginFailures.expiresAt} <= ${now.toISOString()}::timestamptz THEN 1 ELSE ${loginFailures.failures} + 1 END`,
        expiresAt,
      },
    })
    .returning({ failures: loginFailures.failures, expiresAt: loginFailures.expiresAt });
  if (!row) throw new Error('login_failures upsert returned nothing');
  return { count: row.failures, expiresAt: new Date(row.expiresAt) };
}

/**
 * Counts a login attempt of `username` from `source` *before* the password is checked. The counter is
 * raised and read in one statement, so of any number of parallel attempts exactly the first
 * MAX_FAILED_LOGINS are let through to the password check; a successful login clears it again.
 * Only that source is locked: the same user logging in from elsewhere is not.
 */
export async function claimLoginAttempt(db: Executor, username: string, source: string, now: Date) {
  await sweep(db, now);
  const { count, expiresAt } = await countOne(db, username, source, now);
  return { attempts: count, allowed: count <= MAX_FAILED_LOGINS, lockedUntil: expiresAt };
}

/** A failed password for `username`, counted from every source together (for the growing delay). */
export async function countAccountFailure(db: Executor, username: string, now: Date): Promise<number> {
  return (await countOne(db, username, WHOLE_ACCOUNT, now)).count;
}

export async function accountFailures(db: Executor, username: string, now: Date): Promise<number> {
  const [row] = await db
    .select({ failures: loginFailures.failures })
    .from(loginFailures)
    .where(
      and(
        eq(loginFailures.username, username),
        eq(loginFailures.source, WHOLE_ACCOUNT),
        gt(loginFailures.expiresAt, now),
      ),
    );
  return row?.failures ?? 0;
}

/**
 * How long to wait before checking a password of a username that failed `failures` times recently.
 * A delay, not a lock: it slows guessing spread over many addresses, but the real user still gets in.
 */
export function loginDelayMs(failures: number): number {
  if (failures < MAX_FAILED_LOGINS) return 0;
  return Math.min(LOGIN_DELAY_BASE_MS * 2 ** (failures - MAX_FAILED_LOGINS), LOGIN_DELAY_MAX_MS);
}

export async function waitBeforePasswordCheck(delayMs: number): Promise<void> {
  if (delayMs > 0) await sleep(delayMs);
}

/** The right password from `source`: its count and the username's start again. */
export async function clearLoginFailures(db: Executor, username: string, source: string): Promise<void> {
  await db
    .delete(loginFailures)
    .where(and(eq(loginFailures.username, username), inArray(loginFailures.source, [source, WHOLE_ACCOUNT])));
}

export function lockedOut(lockedUntil: Date, now: Date): DomainError {
  const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new DomainError(
    'auth.rate_limited',
    {
      zh: `登录失败次数过多，此账号已暂时锁定，不能从您当前的网络登录，请 ${minutes} 分钟后再试`,
      en: `Too many failed attempts: this account is locked for your network for ${minutes} more minute(s)`,
    },
    { params: { retryAfterSeconds: seconds } },
  );
}
