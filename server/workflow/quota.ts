import { and, count, eq, inArray, ne, sql } from 'drizzle-orm';
import {
  placeHoldingIfReported,
  placeHoldingStatuses,
  type QuotaPenalty,
  quotaFor,
} from '../../domain/quotas';
import type { AwardCode, RecommenderKind } from '../../domain/roles';
import type { Executor } from '../db/database';
import {
  applications,
  awards,
  editions,
  organisations,
  penalties,
  quotaRules,
  workflowEvents,
} from '../db/schema';

type ApplicationRow = typeof applications.$inferSelect;

/**
 * The recommender's places for the application's award in its edition (Annex 1), minus the penalties
 * imposed on the recommender in the previous edition (seed §三(二)4), computed by `domain/quotas`.
 */
export async function recommenderQuota(
  tx: Executor,
  row: Pick<ApplicationRow, 'awardId' | 'recommenderId' | 'editionId'>,
) {
  const [award] = await tx.select().from(awards).where(eq(awards.id, row.awardId));
  const [recommender] = await tx.select().from(organisations).where(eq(organisations.id, row.recommenderId));
  const [edition] = await tx.select().from(editions).where(eq(editions.id, row.editionId));
  if (!award || !recommender?.recommenderKind || !edition) return undefined;
  const rules = await tx
    .select({ kind: quotaRules.recommenderKind, code: awards.code, places: quotaRules.places })
    .from(quotaRules)
    .innerJoin(awards, eq(awards.id, quotaRules.awardId))
    .where(eq(quotaRules.editionId, row.editionId));
  const table = {} as Record<RecommenderKind, Record<AwardCode, number>>;
  for (const rule of rules) {
    table[rule.kind as RecommenderKind] ??= {} as Record<AwardCode, number>;
    table[rule.kind as RecommenderKind][rule.code as AwardCode] = rule.places;
  }
  const carried = edition.previousEditionId
    ? await tx
        .select()
        .from(penalties)
        .where(
          and(
            eq(penalties.organisationId, recommender.id),
            eq(penalties.imposedInEditionId, edition.previousEditionId),
          ),
        )
    : [];
  return quotaFor({
    table,
    recommenderKind: recommender.recommenderKind as RecommenderKind,
    award: award.code as AwardCode,
    penalties: carried.map(
      (p): QuotaPenalty =>
        p.kind === 'disqualification'
          ? { kind: 'disqualification', reason: p.reason }
          : {
              kind: 'quota_reduction',
              reduction: p.reduction,
              reason: p.reason,
              ...(p.awardCode ? { awardCode: p.awardCode as AwardCode } : {}),
            },
    ),
  });
}

/**
 * The places of a recommender's award already held (domain/quotas `holdsQuotaPlace`, as SQL): only what
 * reached the bureau holds one. `except`: the application about to be reported, not counted.
 */
export async function placesUsed(
  tx: Executor,
  key: Pick<ApplicationRow, 'awardId' | 'recommenderId'>,
  except?: string,
): Promise<number> {
  const [used] = await tx
    .select({ n: count() })
    .from(applications)
    .where(
      and(
        eq(applications.recommenderId, key.recommenderId),
        eq(applications.awardId, key.awardId),
        except ? ne(applications.id, except) : undefined,
        sql`(${inArray(applications.status, [...placeHoldingStatuses])} or (${inArray(applications.status, [...placeHoldingIfReported])} and exists (
          select 1 from ${workflowEvents} where ${workflowEvents.applicationId} = ${applications.id}
          and ${workflowEvents.toStatus} = 'at_bureau')))`,
      ),
    );
  return Number(used?.n ?? 0);
}
