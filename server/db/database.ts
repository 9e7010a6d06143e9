import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { ExtractTablesWithRelations } from 'drizzle-orm/relations';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type the services use, whichever engine is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Code that works inside or outside a transaction takes `Executor`. */
export type Executor = Db | Tx;

export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball, which `loadDataDir` opens again (test templates). */
  dumpDataDir?(): Promise<Blob>;
  /** Where the job queue (server/jobs) keeps its tables: the same database, by its own connections. */
  queue: { engine: 'postgres'; url: string } | { engine: 'pglite'; client: PGlite };
}

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenOptions {
  /** postgres://… selects PostgreSQL; otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; undefined = in memory (tests). */
  dataDir?: string;
  poolSize?: number;
  /** PGlite only: start from this data directory tarball (`dumpDataDir`) instead of an empty cluster. */
  loadDataDir?: Blob;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 15,
      idleTimeoutMillis: 30_000,
      // Every session in UTC, as on PGlite; calendar dates stay 'YYYY-MM-DD' strings.
      options: '-c TimeZone=UTC',
    });
    // A connection the server drops while idle (a restart, an administrator) is an 'error' on the pool:
    // without a listener it would bring the whole process down. The pool has already discarded the client
    // and opens a new one for the next query.
    pool.on('error', (error) =>
      process.emitWarning(`PostgreSQL dropped an idle connection: ${error.message}`),
    );
    // `pool.end()` resolves once its clients are told to end, not once they have: wait for each, so that
    // nothing is still connected when the caller goes on (e.g. drops the database).
    const open = new Set<pg.PoolClient>();
    pool.on('connect', (client) => {
      open.add(client);
      client.once('end', () => open.delete(client));
    });
    const close = async () => {
      const ending = [...open].map((client) => new Promise((resolve) => client.once('end', resolve)));
      await pool.end();
      await Promise.all(ending);
    };
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    return { db, engine: 'postgres', close, queue: { engine: 'postgres', url: options.databaseUrl } };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  await client.waitReady;
  await client.exec("SET TIME ZONE 'UTC'");
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    close: () => client.close(),
    dumpDataDir: () => client.dumpDataDir('none'),
    queue: { engine: 'pglite', client },
  };
}

/** Applies every pending migration; the same SQL files on both engines. */
export async function runMigrations(database: Database): Promise<void> {
  if (database.engine === 'postgres') {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the engine-specific type
    await migrateNodePg(database.db as any, { migrationsFolder });
  } else {
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants the engine-specific type
    await migratePglite(database.db as any, { migrationsFolder });
  }
}

/** The tag of the newest applied migration, for /api/health. */
export async function migrationVersion(db: Db): Promise<string> {
  const rows = await db.execute<{ hash: string; created_at: string }>(
    sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  const first = (rows as unknown as { rows?: { created_at: string }[] }).rows?.[0];
  if (!first) return 'none';
  const journal = await import('./migrations/meta/_journal.json', { with: { type: 'json' } });
  const entry = journal.default.entries.find(
    (e: { when: number }) => String(e.when) === String(first.created_at),
  );
  return entry?.tag ?? String(first.created_at);
}
