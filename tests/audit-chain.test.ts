import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../server/cli/demo';
import { deriveKeys, generateMasterKey } from '../server/crypto/keys';
import { Sealer } from '../server/crypto/sealed';
import { type Database, type Engine, openDatabase, runMigrations } from '../server/db/database';
import { auditLog } from '../server/db/schema';
import { recordAudit, verifyAuditChain } from '../server/services/audit';
import { LocalDiskStorage } from '../server/storage/storage';
import { createPostgresDatabase, engines } from '../server/testing/harness';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');

async function verifyViaCli(env: Record<string, string>): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'server/cli/admin.ts', 'verify-audit'],
      {
        cwd: root,
        env: { ...process.env, ...env },
      },
    );
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** Drizzle wraps the driver's error; the database's own message is in the cause. */
function refusedAsAppendOnly(error: unknown): boolean {
  const cause = (error as { cause?: { message?: string } }).cause;
  return /table audit_log is append-only/.test(cause?.message ?? '');
}

describe.each(engines)('tamper-evident audit log on %s', (engine: Engine) => {
  let dataDir: string;
  let env: Record<string, string>;
  let dropPg: (() => Promise<void>) | undefined;
  let open: () => Promise<Database>;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'jx-audit-'));
    if (engine === 'postgres') {
      const pg = await createPostgresDatabase();
      dropPg = pg.drop;
      env = { DATABASE_URL: pg.url, DATA_DIR: dataDir };
      open = () => openDatabase({ databaseUrl: pg.url, poolSize: 2 });
    } else {
      env = { DATABASE_URL: '', DATA_DIR: dataDir };
      open = () => openDatabase({ dataDir: path.join(dataDir, 'pglite') });
    }
    const database = await open();
    await runMigrations(database);
    const sealer = new Sealer(deriveKeys(generateMasterKey()));
    await seedDemo(database.db, {
      sealer,
      storage: new LocalDiskStorage(dataDir),
      password: 'Demo@2026!',
      now: new Date(),
    });
    for (let i = 0; i < 5; i++) {
      await recordAudit(
        database.db,
        { userId: null, requestId: `r${i}` },
        { action: 'test.event', detail: { i, note: '中文' } },
        new Date(),
      );
    }
    await database.close();
  }, 120_000);

  afterAll(async () => {
    await dropPg?.();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('verifies an untouched chain (npm run admin -- verify-audit)', async () => {
    const result = await verifyViaCli(env);
    expect(result.out).toMatch(/audit chain intact: 6 entries verified/);
    expect(result.code).toBe(0);
  }, 60_000);

  it('refuses UPDATE and DELETE on the audit log at the database level', async () => {
    const database = await open();
    try {
      await expect(
        database.db.execute(sql`update audit_log set action = 'x' where seq = 1`),
      ).rejects.toSatisfy(refusedAsAppendOnly);
      await expect(database.db.execute(sql`delete from audit_log where seq = 1`)).rejects.toSatisfy(
        refusedAsAppendOnly,
      );
    } finally {
      await database.close();
    }
  });

  it('detects a row altered directly in the database, naming the entry', async () => {
    const database = await open();
    try {
      // What an intruder with database rights would do: switch the guard off, edit, switch it on.
      await database.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      await database.db.execute(
        sql`update audit_log set detail = '{"i": 99, "note": "中文"}'::jsonb where seq = 4`,
      );
      await database.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
      const report = await verifyAuditChain(database.db);
      expect(report).toMatchObject({ ok: false, firstBrokenSeq: 4, problem: 'hash_mismatch', entries: 3 });
      const rows = await database.db.select().from(auditLog);
      expect(rows).toHaveLength(6);
    } finally {
      await database.close();
    }
    const result = await verifyViaCli(env);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/AUDIT CHAIN BROKEN at entry #4/);
  }, 60_000);
});
