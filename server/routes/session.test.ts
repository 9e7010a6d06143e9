import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, sessions, users } from '../db/schema';
import { MAX_SESSIONS_PER_USER } from '../services/sessions';
import { createTestApp, engines, TEST_PASSWORD, type TestApp } from '../testing/harness';

describe.each(engines)('session API on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(async () => t?.close());
  // Each test starts in a fresh minute of the per-address login limit.
  beforeEach(() => t.clock.set(new Date(t.clock.now().getTime() + 61_000)));

  it('logs the demo bureau admin in, returns user, role and organisation, and sets a strict HttpOnly cookie', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'bureau', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.username).toBe('bureau');
    expect(body.role).toBe('bureau_admin');
    expect(body.organisation.kind).toBe('bureau');
    expect(body.organisation.name.zh).toBe('长春市人力资源和社会保障局');
    const cookie = res.cookies.find((c) => c.name === 'jx_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    // the session lives in the database, stored as a hash of the token only
    const rows = await t.database.db.select().from(sessions);
    expect(rows.some((r) => r.id === cookie?.value)).toBe(false);
    expect(rows.length).toBeGreaterThan(0);

    const me = await t.request({ method: 'GET', url: '/api/session', cookie: `jx_session=${cookie?.value}` });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.displayName).toBe('王建国');
  });

  it('refuses a wrong password with a bilingual message and records the failure', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'staff', password: 'wrong-one' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({
      code: 'auth.invalid_credentials',
      message: { zh: '用户名或密码不正确', en: 'Wrong username or password' },
    });
    const failures = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'session.login'), eq(auditLog.outcome, 'failed')));
    expect(failures.some((f) => f.detail.username === 'staff')).toBe(true);
  });

  it('answers the same for an unknown user as for a wrong password', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'nobody', password: 'x' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('auth.invalid_credentials');
  });

  it('locks an account after five failures, even for the right password, until the lock expires', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.request({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'talent', password: `bad-${i}` },
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.request({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'talent', password: TEST_PASSWORD },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('auth.rate_limited');
    expect(locked.json().message.zh).toContain('锁定');
    t.clock.set(new Date(t.clock.now().getTime() + 16 * 60_000));
    const after = await t.request({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'talent', password: TEST_PASSWORD },
    });
    expect(after.statusCode).toBe(200);
  });

  it('validates the body and names the fields in both languages', async () => {
    const res = await t.request({ method: 'POST', url: '/api/session', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation.failed');
    const paths = body.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['username', 'password']));
    for (const field of body.fields) {
      expect(field.message).toEqual({ zh: '此项为必填项', en: 'This field is required' });
    }
    const wrongType = await t.request({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'a', password: 7 },
    });
    expect(wrongType.json().fields).toEqual([
      {
        path: 'password',
        code: 'validation.invalid_type',
        message: { zh: '格式不正确', en: 'Wrong type of value' },
      },
    ]);
  });

  it('logs out: the session is gone and the cookie no longer works', async () => {
    const cookie = await t.login('employer');
    const out = await t.request({ method: 'DELETE', url: '/api/session', cookie });
    expect(out.statusCode).toBe(204);
    const me = await t.request({ method: 'GET', url: '/api/session', cookie });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('auth.required');
  });

  it('refuses a state-changing request from another origin or with no origin at all (CSRF)', async () => {
    const foreign = await t.request({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'bureau', password: TEST_PASSWORD },
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('csrf.origin_mismatch');
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'bureau', password: TEST_PASSWORD },
      headers: { host: 'jiangxuan.test' },
    });
    expect(none.statusCode).toBe(403);
    const viaReferer = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'bureau', password: TEST_PASSWORD },
      headers: { host: 'jiangxuan.test', referer: 'http://jiangxuan.test/login' },
    });
    expect(viaReferer.statusCode).toBe(200);
  });

  it('refuses Origin: null on a state change, even with a Referer of our own', async () => {
    for (const origin of ['null', '', 'not a url']) {
      const res = await t.request({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'bureau', password: TEST_PASSWORD },
        headers: { origin, referer: 'http://jiangxuan.test/login' },
      });
      expect(res.statusCode, origin).toBe(403);
      expect(res.json().code).toBe('csrf.origin_mismatch');
    }
  });

  it('trusts only the configured origin, not the Host the request names', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'bureau', password: TEST_PASSWORD },
      headers: { host: 'evil.example', origin: 'http://evil.example' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf.origin_mismatch');
  });

  const sessionsOf = async (username: string) =>
    (
      await t.database.db
        .select({ id: sessions.id })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(users.username, username))
    ).length;
  const me = async (cookie: string) =>
    (await t.request({ method: 'GET', url: '/api/session', cookie })).statusCode;

  it('rotates: logging in again from the same browser ends the session its cookie named', async () => {
    const first = await t.login('expert');
    const res = await t.request({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'expert', password: TEST_PASSWORD },
      cookie: first,
    });
    expect(res.statusCode).toBe(200);
    const second = `jx_session=${res.cookies.find((c) => c.name === 'jx_session')?.value}`;
    expect(second).not.toBe(first);
    expect(await me(first)).toBe(401);
    expect(await me(second)).toBe(200);
    expect(await sessionsOf('expert')).toBe(1);
  });

  it(`keeps at most ${MAX_SESSIONS_PER_USER} sessions per user: a further login ends the oldest`, async () => {
    const cookies: string[] = [];
    for (let i = 0; i < MAX_SESSIONS_PER_USER + 2; i++) {
      cookies.push(await t.login('soe'));
      t.clock.set(new Date(t.clock.now().getTime() + 1000));
    }
    expect(await sessionsOf('soe')).toBe(MAX_SESSIONS_PER_USER);
    expect(await Promise.all(cookies.map(me))).toEqual([401, 401, 200, 200, 200, 200, 200]);
  });

  it('holds the session cap under parallel logins', async () => {
    // Ten devices at once (from one address only five would get a password check: the lockout).
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.request({
          method: 'POST',
          url: '/api/session',
          payload: { username: 'candidate', password: TEST_PASSWORD },
          remoteAddress: `192.0.2.${i + 1}`,
        }),
      ),
    );
    expect(answers.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    const cookies = answers.map((r) => `jx_session=${r.cookies.find((c) => c.name === 'jx_session')?.value}`);
    expect(new Set(cookies).size).toBe(10);
    expect(await sessionsOf('candidate')).toBe(MAX_SESSIONS_PER_USER);
    expect((await Promise.all(cookies.map(me))).filter((s) => s === 200)).toHaveLength(MAX_SESSIONS_PER_USER);
  });

  it('never writes passwords or personal data into the logs', async () => {
    await t.request({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'bureau', password: TEST_PASSWORD },
    });
    const logs = t.logs();
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(TEST_PASSWORD);
    expect(logs).not.toContain('jx_session=');
  });
});
