import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { type Database, openDatabase } from '../db/database';
import { rateLimits } from '../db/schema';
import { ELIGIBILITY_CHECKS_PER_MINUTE } from '../routes/eligibility';
import { createTestApp, engines, TEST_ORIGIN, type TestApp } from '../testing/harness';
import { countRequest } from './rate-limit';

describe.each(engines)('rate limits counted in the database on %s', (engine) => {
  let t: TestApp;
  /** A second server process on the same database (its own connection pool on PostgreSQL). */
  let other: FastifyInstance;
  let otherDatabase: Database | undefined;
  let employer: string;
  let candidate: string;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const { config, sealer, storage } = t.app;
    if (config.databaseUrl)
      otherDatabase = await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 5 });
    const database = otherDatabase ?? t.database;
    other = await buildApp({ database, config, sealer, storage, clock: t.clock, logger: false });
    employer = await t.login('employer');
    candidate = await t.login('candidate');
  });
  afterAll(async () => {
    await other?.close();
    await otherDatabase?.close();
    await t?.close();
  });

  const check = (app: FastifyInstance, cookie: string) =>
    app.inject({
      method: 'POST',
      url: '/api/eligibility/check',
      headers: { host: 'jiangxuan.test', origin: TEST_ORIGIN, cookie },
      payload: { skillLevel: 'level2' },
    } satisfies InjectOptions);

  it('limits eligibility dry runs per user, counted across server processes, even in parallel', async () => {
    const answers = await Promise.all(
      Array.from({ length: ELIGIBILITY_CHECKS_PER_MINUTE + 1 }, (_, i) =>
        check(i % 2 ? other : t.app, employer),
      ),
    );
    expect(answers.filter((r) => r.statusCode === 200)).toHaveLength(ELIGIBILITY_CHECKS_PER_MINUTE);
    const [refused, ...more] = answers.filter((r) => r.statusCode === 429);
    expect(more).toHaveLength(0);
    expect(refused?.json()).toMatchObject({
      code: 'rate_limited',
      message: {
        zh: expect.stringContaining('请求过于频繁'),
        en: expect.stringContaining('Too many requests'),
      },
    });
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
    // Another user is counted apart; the next minute starts afresh.
    expect((await check(other, candidate)).statusCode).toBe(200);
    expect((await check(t.app, employer)).statusCode).toBe(429);
    t.clock.set(new Date(t.clock.now().getTime() + 61_000));
    expect((await check(t.app, employer)).statusCode).toBe(200);
  });

  it('starts a window again once it has run out, and sweeps expired counters away', async () => {
    const now = t.clock.now();
    expect((await countRequest(t.database.db, 'probe', 1000, now)).current).toBe(1);
    expect(await countRequest(t.database.db, 'probe', 1000, new Date(now.getTime() + 500))).toEqual({
      current: 2,
      ttl: 500,
    });
    const later = new Date(now.getTime() + 10 * 60_000);
    expect(await countRequest(t.database.db, 'probe', 1000, later)).toEqual({ current: 1, ttl: 1000 });
    const rows = await t.database.db.select().from(rateLimits);
    expect(rows.every((r) => new Date(r.expiresAt) > later)).toBe(true);
  });
});
