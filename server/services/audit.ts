import { createHash } from 'node:crypto';
import { asc, desc, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/database';
import { auditLog } from '../db/schema';
import type { AuditActor } from '../plugins/context';

export const GENESIS_HASH = '0'.repeat(64);

/** Who the audit log names: a request's `Acting.audit` (`auditActor`), or the CLI and jobs with no session. */
export type { AuditActor } from '../plugins/context';

export interface AuditEntry {
  action: string;
  objectType?: string;
  objectId?: string;
  outcome?: 'ok' | 'denied' | 'failed';
  detail?: Record<string, unknown>;
}

interface ChainFields {
  at: string;
  requestId: string | null;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  actorRole: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: string;
  detail: Record<string, unknown>;
  ip: string | null;
}

/** JSON with sorted keys, so the same entry always hashes the same, whatever the engine returns. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function chainHash(prevHash: string, fields: ChainFields): string {
  return createHash('sm3').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}

// Any constant works; it names the lock that serialises appends to the chain.
const AUDIT_CHAIN_LOCK = 7_411_2026;

/**
 * Appends one entry to the hash chain. Call it inside the transaction that makes the change, so the
 * change and its record commit together. The advisory lock keeps concurrent writers from forking the chain.
 */
export async function appendAudit(
  tx: Executor,
  actor: AuditActor,
  entry: AuditEntry,
  at: Date,
): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields: ChainFields = {
    at: at.toISOString(),
    requestId: actor.requestId ?? null,
    actorUserId: actor.userId ?? null,
    actorOrganisationId: actor.organisationId ?? null,
    actorRole: actor.role ?? null,
    action: entry.action,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    outcome: entry.outcome ?? 'ok',
    detail: entry.detail ?? {},
    ip: actor.ip ?? null,
  };
  await tx.insert(auditLog).values({ ...fields, at, prevHash, hash: chainHash(prevHash, fields) });
}

/** Records an entry in a transaction of its own (logins, refusals: nothing else to commit with). */
export async function recordAudit(db: Db, actor: AuditActor, entry: AuditEntry, at: Date): Promise<void> {
  await db.transaction((tx) => appendAudit(tx, actor, entry, at));
}

export interface ChainReport {
  ok: boolean;
  entries: number;
  firstBrokenSeq?: number;
  problem?: 'hash_mismatch' | 'link_broken';
}

/** Walks the whole chain in order and recomputes every hash. */
export async function verifyAuditChain(db: Db, batch = 1000): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let count = 0;
  let lastSeq = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.seq} > ${lastSeq}`)
      .orderBy(asc(auditLog.seq))
      .limit(batch);
    if (rows.length === 0) return { ok: true, entries: count };
    for (const row of rows) {
      if (row.prevHash !== prevHash)
        return { ok: false, entries: count, firstBrokenSeq: row.seq, problem: 'link_broken' };
      const expected = chainHash(prevHash, {
        at: new Date(row.at).toISOString(),
        requestId: row.requestId,
        actorUserId: row.actorUserId,
        actorOrganisationId: row.actorOrganisationId,
        actorRole: row.actorRole,
        action: row.action,
        objectType: row.objectType,
        objectId: row.objectId,
        outcome: row.outcome,
        detail: row.detail ?? {},
        ip: row.ip,
      });
      if (expected !== row.hash)
        return { ok: false, entries: count, firstBrokenSeq: row.seq, problem: 'hash_mismatch' };
      prevHash = row.hash;
      lastSeq = row.seq;
      count++;
    }
  }
}
