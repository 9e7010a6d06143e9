import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app';
import { seedDemo } from '../cli/demo';
import { multipart } from '../cli/sample-files';
import { fixedClock } from '../clock';
import { type Config, loadConfig } from '../config';
import { deriveKeys, generateMasterKey } from '../crypto/keys';
import { Sealer } from '../crypto/sealed';
import { type Database, type Engine, openDatabase, runMigrations } from '../db/database';
import { type FileStorage, LocalDiskStorage } from '../storage/storage';
import { databaseTemplate, retryWhileInUse } from './template';

/** The engines every API suite runs on: PGlite always, PostgreSQL when DATABASE_URL names a server. */
export const engines: Engine[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export const TEST_PASSWORD = 'Demo@2026!';

/** The last migration drizzle-kit journaled: the one a freshly migrated database reports on /api/health. */
export function newestMigration(): string | undefined {
  const journal = JSON.parse(
    readFileSync(new URL('../db/migrations/meta/_journal.json', import.meta.url), 'utf8'),
  ) as { entries: { tag: string }[] };
  return journal.entries.at(-1)?.tag;
}
export const TEST_ORIGIN = 'http://jiangxuan.test';

/**
 * A fresh PostgreSQL database on the server named by DATABASE_URL — empty, or a copy of `template`;
 * dropped by the returned function.
 */
export async function createPostgresDatabase(
  template?: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('DATABASE_URL is not set');
  const name = `jx_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await retryWhileInUse(admin, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  sealer: Sealer;
  storage: FileStorage;
  clock: ReturnType<typeof fixedClock>;
  dataDir: string;
  logs(): string;
  /** Logs in through the API and returns the session cookie header value. */
  login(username: string, password?: string): Promise<string>;
  request(options: InjectOptions & { cookie?: string }): Promise<LightMyRequestResponse>;
  /** Uploads one file to an application the way the web does: multipart, fields first, then the file. */
  upload(
    applicationId: string,
    fields: Record<string, string>,
    file: { name: string; type: string; bytes: Buffer },
    cookie: string,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * A server on a database of its own: by default a copy of the run's template, migrated and seeded once
 * (server/testing/template.ts); with JX_TEST_TEMPLATE=off, migrated and seeded here, as before.
 */
export async function createTestApp(
  engine: Engine,
  options: { seed?: boolean; now?: string; config?: Partial<Config>; poolSize?: number } = {},
): Promise<TestApp> {
  const seed = options.seed !== false;
  const now = options.now ?? '2026-09-15T02:00:00Z';
  const template =
    process.env.JX_TEST_TEMPLATE === 'off'
      ? undefined
      : await databaseTemplate(engine, { seed, now, password: TEST_PASSWORD });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'jx-test-'));
  const filesDir = path.join(dataDir, 'files');
  if (template) await cp(template.filesDir, filesDir, { recursive: true });
  const pgDb = engine === 'postgres' ? await createPostgresDatabase(template?.postgresTemplate) : undefined;
  const database = await openDatabase({
    databaseUrl: pgDb?.url,
    poolSize: options.poolSize ?? 5,
    ...(template?.pgliteData ? { loadDataDir: template.pgliteData } : {}),
  });
  if (!template) await runMigrations(database);
  const sealer = new Sealer(deriveKeys(template?.masterKey ?? generateMasterKey()));
  const storage = new LocalDiskStorage(filesDir);
  const clock = fixedClock(now);
  if (!template && seed) {
    await seedDemo(database.db, { sealer, storage, password: TEST_PASSWORD, now: clock.now() });
  }
  const logStream = new PassThrough();
  const logChunks: string[] = [];
  logStream.on('data', (chunk: Buffer) => logChunks.push(chunk.toString('utf8')));
  const config = loadConfig(
    {},
    {
      dataDir,
      databaseUrl: pgDb?.url,
      logLevel: 'info',
      staticDir: path.join(dataDir, 'no-spa'),
      publicOrigins: [TEST_ORIGIN],
      ...options.config,
    },
  );
  const app = await buildApp({ database, config, sealer, storage, clock, logStream });
  await app.ready();

  const request: TestApp['request'] = ({ cookie, headers, ...rest }) =>
    app.inject({
      ...rest,
      headers: { host: 'jiangxuan.test', origin: TEST_ORIGIN, ...(cookie ? { cookie } : {}), ...headers },
    });

  const upload: TestApp['upload'] = (applicationId, fields, file, cookie) => {
    const form = multipart(fields, file);
    return request({
      method: 'POST',
      url: `/api/applications/${applicationId}/attachments`,
      cookie,
      headers: { 'content-type': form.contentType },
      payload: form.body,
    });
  };

  return {
    app,
    database,
    upload,
    sealer,
    storage,
    clock,
    dataDir,
    logs: () => logChunks.join(''),
    request,
    async login(username, password = TEST_PASSWORD) {
      const response = await request({
        method: 'POST',
        url: '/api/session',
        payload: { username, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'jx_session');
      if (!cookie) throw new Error('no session cookie');
      return `jx_session=${cookie.value}`;
    },
    async close() {
      await app.close();
      await database.close();
      await pgDb?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
