import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, engines, newestMigration, type TestApp } from '../testing/harness';

describe.each(engines)('system endpoints on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { seed: false });
  });
  afterAll(async () => t?.close());

  it('health reports the database reachable and the newest migration', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      database: 'ok',
      engine,
      migrations: newestMigration(),
    });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('publishes an OpenAPI document listing the API', async () => {
    const res = await t.request({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/session',
        '/api/applications',
        '/api/applications/{id}',
        '/api/todo',
      ]),
    );
    expect(doc.paths['/api/session'].post.requestBody).toBeDefined();
  });

  it('asks for a login before telling the current edition', async () => {
    const res = await t.request({ method: 'GET', url: '/api/editions/current' });
    expect(res.statusCode).toBe(401);
  });

  it('answers an unknown API path with a JSON 404 in both languages', async () => {
    const res = await t.request({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      code: 'not_found',
      message: { zh: expect.any(String), en: 'Not found' },
    });
  });

  it('asks for a login on protected endpoints', async () => {
    const res = await t.request({ method: 'GET', url: '/api/applications' });
    expect(res.statusCode).toBe(401);
    expect(res.json().message.zh).toBe('请先登录');
  });

  it('echoes a well-formed caller request id and replaces a malformed one', async () => {
    const ok = await t.request({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'trace-12345678' },
    });
    expect(ok.headers['x-request-id']).toBe('trace-12345678');
    const bad = await t.request({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'bad id;drop' },
    });
    expect(bad.headers['x-request-id']).not.toBe('bad id;drop');
  });
});
