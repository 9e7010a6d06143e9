import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors';
import { fixedClock } from '../clock';
import { errorsPlugin } from './errors';

/** The plugin alone, on a bare instance: no database is reached by the answers tested here. */
describe('the error plugin takes the status from the catalogue', () => {
  const app = Fastify({ logger: false });
  beforeAll(async () => {
    app.decorate('clock', fixedClock('2026-09-15T02:00:00Z'));
    await app.register(errorsPlugin);
    app.get('/conflict', async () => {
      throw new DomainError('application.version_conflict', {
        zh: '已被修改（第 3 版）',
        en: 'Changed (v3)',
      });
    });
    app.get('/unknown', async () => {
      throw new DomainError('no.such_code', { zh: '无此代码', en: 'No such code' });
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it("answers a catalogued code with its status and the throw site's own message", async () => {
    const res = await app.inject({ method: 'GET', url: '/conflict' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'application.version_conflict',
      message: { zh: '已被修改（第 3 版）', en: 'Changed (v3)' },
    });
  });

  it('answers a code missing from the catalogue as an internal error (a programming error)', async () => {
    const res = await app.inject({ method: 'GET', url: '/unknown' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'internal' });
    expect(res.body).not.toContain('no.such_code');
  });
});
