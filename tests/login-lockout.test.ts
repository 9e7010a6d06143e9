import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, loginFailures } from '../server/db/schema';
import { LOGIN_DELAY_BASE_MS, MAX_FAILED_LOGINS } from '../server/services/login-throttle';
import { createTestApp, engines, TEST_PASSWORD, type TestApp } from '../server/testing/harness';

describe.each(engines)('login lockout and rate limit on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());
  // Each test starts in a fresh minute of the per-address limit.
  beforeEach(() => t.clock.set(new Date(t.clock.now().getTime() + 61_000)));

  const attempt = (username: string, password: string, ip: string, headers: Record<string, string> = {}) =>
    t.request({
      method: 'POST',
      url: '/api/session',
      payload: { username, password },
      remoteAddress: ip,
      headers,
    });

  const loginAudits = async (username: string) =>
    (
      await t.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'session.login'))
        .orderBy(asc(auditLog.seq))
    ).filter((a) => a.detail.username === username);

  it('lets 40 parallel wrong passwords from one address check at most 5 passwords, then locks that address out', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt('staff', `wrong-${i}`, '198.51.100.7')),
    );
    const codes = answers.map((r) => `${r.statusCode} ${r.json().code}`);
    expect(codes.filter((c) => c === '401 auth.invalid_credentials')).toHaveLength(MAX_FAILED_LOGINS);
    // The rest are refused without a password check: by the lock, or by the per-address limit (30/min).
    expect(codes.filter((c) => c === '429 auth.rate_limited')).toHaveLength(25);
    expect(codes.filter((c) => c === '429 rate_limited')).toHaveLength(10);
    const audits = await loginAudits('staff');
    expect(audits.filter((a) => a.outcome === 'failed')).toHaveLength(MAX_FAILED_LOGINS);
    expect(audits.filter((a) => a.outcome === 'denied' && a.detail.reason === 'locked')).toHaveLength(25);
    const [account] = await t.database.db
      .select()
      .from(loginFailures)
      .where(and(eq(loginFailures.username, 'staff'), eq(loginFailures.source, '*')));
    expect(account?.failures).toBe(MAX_FAILED_LOGINS);

    // Even the right password does not get in from there (in the next minute of the per-address limit) …
    t.clock.set(new Date(t.clock.now().getTime() + 61_000));
    const locked = await attempt('staff', TEST_PASSWORD, '198.51.100.7');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('auth.rate_limited');
    expect(locked.json().message.zh).toContain('锁定');
    expect(locked.headers['retry-after']).toBe(String(15 * 60));
    // … but the real user, elsewhere, is not shut out.
    const elsewhere = await attempt('staff', TEST_PASSWORD, '203.0.113.9');
    expect(elsewhere.statusCode, elsewhere.body).toBe(200);
    // The lock of the first address still holds, and ends 15 minutes after its last attempt.
    expect((await attempt('staff', TEST_PASSWORD, '198.51.100.7')).statusCode).toBe(429);
    t.clock.set(new Date(t.clock.now().getTime() + 15 * 60_000 + 1000));
    expect((await attempt('staff', TEST_PASSWORD, '198.51.100.7')).statusCode).toBe(200);
  });

  it('counts an unknown username exactly like a known one, so the lock tells nothing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= MAX_FAILED_LOGINS; i++)
      statuses.push((await attempt('no-such-user', `x-${i}`, '198.51.100.20')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('ignores X-Forwarded-For from a client that is not a configured proxy (audit address and lock)', async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      const res = await attempt('talent', `bad-${i}`, '198.51.100.30', { 'x-forwarded-for': `10.9.9.${i}` });
      expect(res.statusCode).toBe(401);
    }
    const forged = await attempt('talent', TEST_PASSWORD, '198.51.100.30', {
      'x-forwarded-for': '10.9.9.99',
    });
    expect(forged.statusCode).toBe(429);
    const ips = (await loginAudits('talent')).map((a) => a.ip);
    expect(new Set(ips)).toEqual(new Set(['198.51.100.30']));
  });

  it('slows down guessing spread over many addresses with a growing delay, without locking the user out', async () => {
    for (let i = 0; i <= MAX_FAILED_LOGINS; i++)
      expect((await attempt('recommender', `bad-${i}`, `192.0.2.${10 + i}`)).statusCode).toBe(401);
    const delays = (await loginAudits('recommender')).map((a) => a.detail.delayMs);
    expect(delays).toEqual([0, 0, 0, 0, 0, LOGIN_DELAY_BASE_MS]);
    const ok = await attempt('recommender', TEST_PASSWORD, '192.0.2.99');
    expect(ok.statusCode).toBe(200);
    const [success] = (await loginAudits('recommender')).filter((a) => a.outcome === 'ok');
    expect(success?.detail.delayMs).toBe(2 * LOGIN_DELAY_BASE_MS);
    // The right password starts the count again.
    await attempt('recommender', 'bad-again', '192.0.2.50');
    expect((await loginAudits('recommender')).at(-1)?.detail.delayMs).toBe(0);
  });

  it('limits login attempts per address to 30 a minute, in the error shape, with Retry-After', async () => {
    const answers = await Promise.all(
      Array.from({ length: 31 }, (_, i) => attempt(`nobody-${i}`, 'x', '198.51.100.40')),
    );
    const limited = answers.filter((r) => r.statusCode === 429);
    expect(answers.filter((r) => r.statusCode === 401)).toHaveLength(30);
    expect(limited).toHaveLength(1);
    expect(limited[0]?.json()).toMatchObject({
      code: 'rate_limited',
      message: {
        zh: expect.stringContaining('请求过于频繁'),
        en: expect.stringContaining('Too many requests'),
      },
      requestId: expect.any(String),
    });
    expect(Number(limited[0]?.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited[0]?.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Other addresses are not affected; the address itself may try again in the next minute.
    expect((await attempt('nobody', 'x', '198.51.100.41')).statusCode).toBe(401);
    expect((await attempt('nobody', 'x', '198.51.100.40')).statusCode).toBe(429);
    t.clock.set(new Date(t.clock.now().getTime() + 61_000));
    expect((await attempt('nobody', 'x', '198.51.100.40')).statusCode).toBe(401);
  });
});

describe('behind a configured reverse proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite', { config: { trustProxy: ['127.0.0.1'] } });
  });
  afterAll(async () => t?.close());

  it('takes the client address from X-Forwarded-For when the proxy sends it', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'bureau', password: 'wrong' },
      headers: { 'x-forwarded-for': '203.0.113.77' },
    });
    expect(res.statusCode).toBe(401);
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'session.login'));
    expect(entry?.ip).toBe('203.0.113.77');
  });
});
