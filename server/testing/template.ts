import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { seedDemo } from '../cli/demo';
import { deriveKeys } from '../crypto/keys';
import { Sealer } from '../crypto/sealed';
import { type Engine, openDatabase, runMigrations } from '../db/database';
import { LocalDiskStorage } from '../storage/storage';

/**
 * The test database, migrated and seeded once and copied per suite. A template is built the first time a
 * suite asks for it and kept on disk (PGlite: a data-directory tarball; PostgreSQL: a database
 * `jx_template_<hash>` on the server, cloned with `CREATE DATABASE … TEMPLATE`), beside the files the seed
 * stored. Its key is a hash of everything the seed's result depends on — the migrations, the seed and the
 * code it runs, the installed packages, the seed's clock and password — so a change to any of them builds
 * a new one. Building is race-free across vitest's parallel workers: a lock file (PGlite) or an advisory
 * lock (PostgreSQL), and the finished template appears by one rename.
 */

export interface TemplateOptions {
  seed: boolean;
  /** The seed's clock. */
  now: string;
  /** The demo users' password. */
  password: string;
}

export interface DatabaseTemplate {
  /** The master key the seed sealed personal data with; the suite's sealer must use it too. */
  masterKey: string;
  /** The files the seed stored (sample attachments), to copy into the suite's storage. */
  filesDir: string;
  /** PGlite: the data directory to open. */
  pgliteData?: Blob;
  /** PostgreSQL: the database to clone. */
  postgresTemplate?: string;
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * What the template's content may depend on: the migrations, the seed and whatever code it runs — to be
 * safe, every source file of `domain/` and `server/` (tests aside) — and the installed packages.
 */
const sources = ['domain', 'server', 'package-lock.json'];

async function filesOf(entry: string): Promise<string[]> {
  const full = path.join(projectRoot, entry);
  if (!(await stat(full)).isDirectory()) return [entry];
  const found = await readdir(full, { recursive: true, withFileTypes: true });
  return found
    .filter((f) => f.isFile() && /\.(ts|sql|json)$/.test(f.name) && !/\.test\.ts$/.test(f.name))
    .map((f) => path.relative(projectRoot, path.join(f.parentPath, f.name)))
    .sort();
}

async function hashOfSourcesNow(): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of sources) {
    for (const file of await filesOf(entry)) {
      hash.update(`${file}\0`);
      hash.update(await readFile(path.join(projectRoot, file)));
    }
  }
  return hash.digest('hex');
}

/**
 * The sources as they were when this process loaded the seed's code (this module is imported beside it):
 * hashed at import, not at first use, so that a file edited while a test run goes on cannot give old
 * code's template the new sources' key.
 */
const sourcesAtLoad = hashOfSourcesNow();
sourcesAtLoad.catch(() => undefined);
const hashOfSources = () => sourcesAtLoad;

/** Refuses to publish a template when the sources changed while it was built: it would be stale under its key. */
async function assertSourcesUnchanged() {
  if ((await hashOfSourcesNow()) !== (await sourcesAtLoad)) {
    throw new Error(
      'The sources changed while the test database template was being built; run the tests again.',
    );
  }
}

export async function templateKey(options: TemplateOptions): Promise<string> {
  const material = JSON.stringify({ v: 2, sources: await hashOfSources(), ...options });
  return createHash('sha256').update(material).digest('hex').slice(0, 16);
}

/** A fixed key per template: the suites of a run (and of later runs) read what the seed sealed with it. */
const masterKeyOf = (key: string) =>
  createHash('sha256').update(`jiangxuan test template ${key}`).digest('hex');

export const templateRoot = () =>
  process.env.JX_TEST_TEMPLATE_DIR ?? path.join(os.tmpdir(), 'jx-test-templates');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs `fn` holding a lock file; a lock left by a process that died (or never wrote its pid) is taken over. */
async function withLockFile<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(file, 'utf8').catch(() => '')) || 0);
      const age = Date.now() - ((await stat(file).catch(() => undefined))?.mtimeMs ?? Date.now());
      if ((holder && !isAlive(holder)) || (!holder && age > 30_000)) await rm(file, { force: true });
      else if (Date.now() - started > 10 * 60_000) throw new Error(`timed out waiting for ${file}`);
      else await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(file, { force: true });
  }
}

const seedInto = async (
  database: Awaited<ReturnType<typeof openDatabase>>,
  dir: string,
  key: string,
  options: TemplateOptions,
) => {
  await runMigrations(database);
  if (!options.seed) return;
  await seedDemo(database.db, {
    sealer: new Sealer(deriveKeys(masterKeyOf(key))),
    storage: new LocalDiskStorage(path.join(dir, 'files')),
    password: options.password,
    now: new Date(options.now),
  });
};

/** Builds `dir` in a sibling directory and renames it into place: a reader sees a whole template or none. */
async function buildDir(dir: string, build: (into: string) => Promise<void>) {
  const building = `${dir}.building-${process.pid}-${randomBytes(4).toString('hex')}`;
  await mkdir(path.join(building, 'files'), { recursive: true });
  try {
    await build(building);
    await assertSourcesUnchanged();
    await writeFile(path.join(building, 'ready'), new Date().toISOString());
    await rm(dir, { recursive: true, force: true });
    await rename(building, dir);
  } finally {
    await rm(building, { recursive: true, force: true });
  }
}

const pgliteData = new Map<string, Promise<Blob>>();

async function pgliteTemplate(key: string, options: TemplateOptions): Promise<DatabaseTemplate> {
  const dir = path.join(templateRoot(), key, 'pglite');
  if (!existsSync(path.join(dir, 'ready'))) {
    await mkdir(path.dirname(dir), { recursive: true });
    await withLockFile(`${dir}.lock`, async () => {
      if (existsSync(path.join(dir, 'ready'))) return;
      await buildDir(dir, async (into) => {
        const database = await openDatabase({});
        try {
          await seedInto(database, into, key, options);
          const dump = await database.dumpDataDir?.();
          if (!dump) throw new Error('PGlite gave no data directory');
          await writeFile(path.join(into, 'pgdata.tar'), Buffer.from(await dump.arrayBuffer()));
        } finally {
          await database.close();
        }
      });
      await removeStaleTemplates(key);
    });
  }
  await touch(dir);
  const file = path.join(dir, 'pgdata.tar');
  const data = pgliteData.get(file) ?? readFile(file).then((bytes) => new Blob([bytes]));
  pgliteData.set(file, data);
  return { masterKey: masterKeyOf(key), filesDir: path.join(dir, 'files'), pgliteData: await data };
}

const postgresTemplateName = (key: string) => `jx_template_${key}`;

function databaseUrl(name?: string): string {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('DATABASE_URL is not set');
  if (!name) return base;
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs a statement that PostgreSQL refuses while another session is still leaving the database (55006). */
export async function retryWhileInUse(client: pg.Client, statement: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query(statement);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
      await sleep(100);
    }
  }
}

async function databaseExists(client: pg.Client, name: string) {
  return ((await client.query('select 1 from pg_database where datname = $1', [name])).rowCount ?? 0) > 0;
}

async function postgresTemplate(key: string, options: TemplateOptions): Promise<DatabaseTemplate> {
  const name = postgresTemplateName(key);
  const dir = path.join(templateRoot(), key, 'postgres');
  const admin = new pg.Client({ connectionString: databaseUrl() });
  await admin.connect();
  try {
    const whole = async () => existsSync(path.join(dir, 'ready')) && (await databaseExists(admin, name));
    if (!(await whole())) {
      await admin.query('select pg_advisory_lock(hashtext($1))', [name]);
      try {
        if (!(await whole())) await buildPostgres(admin, key, name, dir, options);
      } finally {
        await admin.query('select pg_advisory_unlock(hashtext($1))', [name]);
      }
    }
  } finally {
    await admin.end();
  }
  await touch(dir);
  return { masterKey: masterKeyOf(key), filesDir: path.join(dir, 'files'), postgresTemplate: name };
}

async function buildPostgres(
  admin: pg.Client,
  key: string,
  name: string,
  dir: string,
  options: TemplateOptions,
) {
  await mkdir(path.dirname(dir), { recursive: true });
  const building = `${name}_building`;
  await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await buildDir(dir, async (into) => {
    await admin.query(`CREATE DATABASE ${building}`);
    const database = await openDatabase({ databaseUrl: databaseUrl(building), poolSize: 2 });
    try {
      await seedInto(database, into, key, options);
    } finally {
      await database.close();
    }
    await retryWhileInUse(admin, `ALTER DATABASE ${building} RENAME TO ${name}`);
  });
  await removeStaleTemplates(key);
}

/** Marks a template as in use, so that a later clean-up keeps it. */
async function touch(dir: string) {
  const now = new Date();
  await utimes(path.join(dir, 'ready'), now, now).catch(() => undefined);
}

const STALE_AFTER_MS = 6 * 3_600_000;

/**
 * Removes the templates of other keys nobody has used for six hours (older sources, another worktree's),
 * on disk and on the PostgreSQL server, so that they do not pile up; a template still in use is touched by
 * every suite that copies it.
 */
async function removeStaleTemplates(current: string) {
  const root = templateRoot();
  for (const entry of await readdir(root, { withFileTypes: true }).catch(() => [])) {
    if (!entry.isDirectory() || entry.name === current || !/^[0-9a-f]{16}$/.test(entry.name)) continue;
    const markers = await Promise.all(
      ['pglite', 'postgres'].map((engine) =>
        stat(path.join(root, entry.name, engine, 'ready')).catch(() => undefined),
      ),
    );
    const lastUse = Math.max(0, ...markers.map((m) => m?.mtimeMs ?? 0));
    if (Date.now() - lastUse < STALE_AFTER_MS) continue;
    if (markers[1] && process.env.DATABASE_URL) {
      const admin = new pg.Client({ connectionString: databaseUrl() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${postgresTemplateName(entry.name)}`).catch(() => undefined);
      await admin.end();
    }
    await rm(path.join(root, entry.name), { recursive: true, force: true });
  }
}

/** The template for a suite on this engine with these options, built first if need be. */
export async function databaseTemplate(engine: Engine, options: TemplateOptions): Promise<DatabaseTemplate> {
  const key = await templateKey(options);
  return engine === 'postgres' ? postgresTemplate(key, options) : pgliteTemplate(key, options);
}
