import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../server/main';
import { STALE_PART_AGE_MS } from '../server/storage/storage';
import { createPostgresDatabase, engines, newestMigration } from '../server/testing/harness';

const password = 'Start@2026!';

async function loginOverHttp(url: string, username: string) {
  return fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ username, password }),
  });
}

describe('npm start on a fresh embedded data directory', () => {
  let server: RunningServer | undefined;
  let dataDir = '';
  afterAll(async () => {
    await server?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('seeds the demo edition, answers health and lets the demo bureau admin log in over HTTP', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'jx-start-'));
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: undefined,
      seedDemo: 'auto',
      demoPassword: password,
      logLevel: 'warn',
    });
    const health = await fetch(`${server.url}/api/health`).then((r) => r.json());
    expect(health).toMatchObject({ status: 'ok', database: 'ok', engine: 'pglite' });
    const login = await loginOverHttp(server.url, 'bureau');
    expect(login.status).toBe(200);
    expect(login.headers.get('set-cookie')).toMatch(/jx_session=.+HttpOnly.*SameSite=Strict/i);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const todo = await fetch(`${server.url}/api/todo`, { headers: { cookie } });
    expect(todo.status).toBe(200);
  });

  it('trusts its own loopback origin only, and builds links from it whatever Host a request names', async () => {
    if (!server) throw new Error('not started');
    const own = new URL(server.url);
    const forged = (method: string, urlPath: string, headers: Record<string, string>, body?: unknown) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: own.hostname,
            port: own.port,
            method,
            path: urlPath,
            headers: { host: 'evil.example', ...headers },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk) => {
              text += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.end(body === undefined ? undefined : JSON.stringify(body));
      });
    const json = { 'content-type': 'application/json' };
    const credentials = { username: 'employer', password };
    const foreign = await forged(
      'POST',
      '/api/session',
      { ...json, origin: 'http://evil.example' },
      credentials,
    );
    expect(foreign.status).toBe(403);

    const login = await loginOverHttp(server.url, 'employer');
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const list = await fetch(`${server.url}/api/applications`, { headers: { cookie } }).then((r) => r.json());
    const draft = list.items.find((a: { name: string }) => a.name === '韩雪梅');
    const invited = await forged(
      'POST',
      `/api/applications/${draft.id}/invitations`,
      { origin: server.url, cookie },
      undefined,
    );
    expect(invited.status, invited.body).toBe(201);
    expect(JSON.parse(invited.body).url.startsWith(`${server.url}/invite/`)).toBe(true);
  });

  it('refuses to start beyond loopback without PUBLIC_ORIGIN, before opening anything', async () => {
    const elsewhere = path.join(dataDir, 'never-created');
    await expect(
      startServer({
        port: 0,
        host: '0.0.0.0',
        publicOrigins: [],
        dataDir: elsewhere,
        databaseUrl: undefined,
      }),
    ).rejects.toThrow(/PUBLIC_ORIGIN is required when HOST is 0\.0\.0\.0/);
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('keeps its data and does not seed twice after a restart', async () => {
    await server?.close();
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: undefined,
      seedDemo: 'auto',
      demoPassword: 'Other@2026!',
      logLevel: 'warn',
    });
    // still the first seeding's password: nothing was seeded again
    expect((await loginOverHttp(server.url, 'employer')).status).toBe(200);
  });

  it('sweeps the partial uploads a killed process left behind, not one being written', async () => {
    await server?.close();
    const tmp = path.join(dataDir, 'files', 'tmp');
    await mkdir(tmp, { recursive: true });
    const aged = new Date(Date.now() - STALE_PART_AGE_MS - 60_000);
    for (const name of ['killed-1.part', 'killed-2.part']) {
      await writeFile(path.join(tmp, name), Buffer.alloc(1024));
      await utimes(path.join(tmp, name), aged, aged);
    }
    await writeFile(path.join(tmp, 'live.part'), Buffer.alloc(1024));
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: undefined,
      logLevel: 'warn',
    });
    expect(await readdir(tmp)).toEqual(['live.part']);
  });
});

describe.runIf(engines.includes('postgres'))('npm start with DATABASE_URL', () => {
  it('starts on PostgreSQL with an empty database: no demo data unless asked for', async () => {
    const pg = await createPostgresDatabase();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'jx-start-pg-'));
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: pg.url,
      dataKey: 'ab'.repeat(32),
      seedDemo: 'auto',
      demoPassword: password,
      logLevel: 'warn',
    });
    try {
      const health = await fetch(`${server.url}/api/health`).then((r) => r.json());
      expect(health).toMatchObject({
        status: 'ok',
        engine: 'postgres',
        migrations: newestMigration(),
      });
      expect((await loginOverHttp(server.url, 'bureau')).status).toBe(401);
    } finally {
      await server.close();
      await pg.drop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
