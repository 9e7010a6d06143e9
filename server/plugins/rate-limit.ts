import fastifyRateLimit, {
  type FastifyRateLimitStore,
  type FastifyRateLimitStoreCtor,
  normalizeIP,
  type RateLimitOptions,
} from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../../domain/errors';
import type { Clock } from '../clock';
import type { Executor } from '../db/database';
import { expirySweeper } from '../db/expiry';
import { rateLimits } from '../db/schema';

const sweep = expirySweeper(rateLimits, rateLimits.expiresAt);

/**
 * Counts one request for `key` in its fixed window, in one atomic statement (parallel requests each
 * get their own count); a window that has run out starts again at 1.
 */
export async function countRequest(db: Executor, key: string, windowMs: number, now: Date) {
  await sweep(db, now);
  const at = sql`${now.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, hits: 1, expiresAt: new Date(now.getTime() + windowMs) })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`CASE WHEN ${rateLimits.expiresAt} <= ${at} THEN 1 ELSE ${rateLimits.hits} + 1 END`,
        expiresAt: sql`CASE WHEN ${rateLimits.expiresAt} <= ${at} THEN excluded.expires_at ELSE ${rateLimits.expiresAt} END`,
      },
    })
    .returning({ hits: rateLimits.hits, expiresAt: rateLimits.expiresAt });
  if (!row) throw new Error('rate_limits upsert returned nothing');
  return { current: row.hits, ttl: Math.max(0, new Date(row.expiresAt).getTime() - now.getTime()) };
}

/** What @fastify/rate-limit hands `child()`: the merged options and the route they are for. */
interface ChildOptions {
  groupId?: string;
  routeInfo?: { method?: string | string[]; url?: string };
}

/** A store in our own database, so every server process on it counts the same requests. */
function databaseStore(db: Executor, clock: Clock): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options: unknown,
      private readonly scope = 'app',
    ) {}

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      countRequest(db, `${this.scope}|${key}`, timeWindow, clock.now()).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    child(options: unknown): FastifyRateLimitStore {
      const { groupId, routeInfo } = options as ChildOptions;
      const method = [routeInfo?.method ?? ''].flat().join(',');
      return new DatabaseStore(undefined, groupId ?? `${method} ${routeInfo?.url ?? ''}`);
    }
  }
  return DatabaseStore;
}

/** Limits count per user when logged in, else per address. */
export function byUserOrAddress(request: FastifyRequest): string {
  return request.actor ? `user:${request.actor.userId}` : `ip:${normalizeIP(request.ip, 64)}`;
}

/** Route option `config: { rateLimit: perMinute(60) }`: at most `max` requests a minute (by address). */
export function perMinute(max: number, keyGenerator?: (request: FastifyRequest) => string): RateLimitOptions {
  return { max, timeWindow: 60_000, ...(keyGenerator ? { keyGenerator } : {}) };
}

export function rateLimited(retryAfterSeconds: number): DomainError {
  return new DomainError(
    'rate_limited',
    {
      zh: `请求过于频繁，请 ${retryAfterSeconds} 秒后再试`,
      en: `Too many requests; please try again in ${retryAfterSeconds} second(s)`,
    },
    { params: { retryAfterSeconds } },
  );
}

/**
 * @fastify/rate-limit for the routes that ask for it (`config.rateLimit`), counting in the database.
 * It runs after the session is loaded, so a limit can be per user. Refusals: 429 `rate_limited` with
 * Retry-After, in our error shape.
 */
export const rateLimitPlugin = fp(async (app: FastifyInstance) => {
  await app.register(fastifyRateLimit, {
    global: false,
    store: databaseStore(app.db, app.clock),
    errorResponseBuilder: (_request, context) => rateLimited(Math.max(1, Math.ceil(context.ttl / 1000))),
  });
});
