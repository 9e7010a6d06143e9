import { and, eq, inArray, sql } from 'drizzle-orm';
import { blindLabel } from '../../domain/review/blind';
import type { Executor } from '../db/database';
import { applications, awards } from '../db/schema';
import { reviewVisibleStatuses } from '../policies/review';
import type { Acting } from './workflow';

/**
 * The labels (候选人 N) a blind review gives the candidates of the awards: numbered within each award among
 * all its candidates in review or reviewed, in the order of their ids — not among those one expert sees, so
 * that a conflict declared by the expert does not renumber the others between two visits.
 */
export async function blindLabels(tx: Executor, awardIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(awardIds)];
  if (unique.length === 0) return new Map();
  const rows = await tx
    .select({
      id: applications.id,
      n: sql<number>`row_number() over (partition by ${applications.awardId} order by ${applications.id})`,
    })
    .from(applications)
    .where(
      and(inArray(applications.awardId, unique), inArray(applications.status, [...reviewVisibleStatuses])),
    );
  return new Map(rows.map((r) => [r.id, blindLabel(Number(r.n))]));
}

/** The blind review's label of one candidate. */
export async function blindLabelOf(tx: Executor, row: { id: string; awardId: string }) {
  return (await blindLabels(tx, [row.awardId])).get(row.id) ?? blindLabel(0);
}

/** Whether the acting user reads this award's candidates as an expert of a blind review. */
export async function readsBlind(tx: Executor, acting: Acting, awardId: string): Promise<boolean> {
  if (acting.actor.role !== 'expert') return false;
  const [award] = await tx.select({ blind: awards.blind }).from(awards).where(eq(awards.id, awardId));
  return award?.blind === true;
}
