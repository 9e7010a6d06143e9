import { lt } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './database';

const SWEEP_EVERY_MS = 5 * 60_000;

/**
 * Deletes the expired rows of a counter table (login failures, rate limits) at most once every five
 * minutes per process, so the tables stay small without a scheduler. An expired row counts as zero
 * whether it is still there or not, so when the sweep runs does not change any answer.
 */
export function expirySweeper(table: PgTable, expiresAt: PgColumn) {
  let last: number | undefined;
  return async (db: Executor, now: Date): Promise<void> => {
    const at = now.getTime();
    if (last !== undefined && at >= last && at - last < SWEEP_EVERY_MS) return;
    last = at;
    await db.delete(table).where(lt(expiresAt, now));
  };
}
