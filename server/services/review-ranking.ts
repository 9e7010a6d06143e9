import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Aggregation, rankedStatuses, TRIM_MINIMUM } from '../../domain/review';
import type { Executor } from '../db/database';
import { applications, awards, panelMembers, panels, reviewRankings, scoreSheets } from '../db/schema';
import { expertConflicted } from '../policies/review';

/** One candidate of an award's ranking (the fixed interface of `GET /api/awards/{awardId}/ranking`). */
export interface RankingItem {
  applicationId: string;
  rank: number | null;
  score: number | null;
  scores: number;
  tie: boolean;
}

/**
 * Marks the awards' rankings stale: every change that can move a ranking (a sheet submitted or reopened, a
 * conflict recorded or dismissed, a member seated or declined, a candidate entering or leaving the review)
 * raises the award's review version in the same transaction as the change.
 */
export async function touchAwardReview(tx: Executor, awardIds: readonly string[]) {
  const unique = [...new Set(awardIds)];
  if (unique.length === 0) return;
  await tx
    .update(awards)
    .set({ reviewVersion: sql`${awards.reviewVersion} + 1` })
    .where(inArray(awards.id, unique));
}

/**
 * The award's ranking in one statement, so that the version it reads and the scores it aggregates come from
 * the same snapshot: each candidate's result is the mean of the submitted totals of the panel's seated
 * members not in conflict with them, or without one highest and one lowest total from TRIM_MINIMUM totals
 * on (domain/review `aggregateScore`, which the tests hold this to); ranks are shared by equal results
 * (`rank()`), unscored candidates come last without a rank.
 */
function rankingQuery(awardId: string, method: Aggregation) {
  const trimmed = method === 'trimmed_mean';
  return sql`
    with counted as (
      select ${applications.id} as application_id,
        count(${scoreSheets.total}) as n, sum(${scoreSheets.total}) as total,
        max(${scoreSheets.total}) as hi, min(${scoreSheets.total}) as lo
      from ${applications}
      left join ${panels} on ${panels.awardId} = ${applications.awardId} and ${panels.editionId} = ${applications.editionId}
      left join ${scoreSheets} on ${scoreSheets.applicationId} = ${applications.id}
        and ${scoreSheets.panelId} = ${panels.id} and ${scoreSheets.status} = 'submitted'
        and exists (select 1 from ${panelMembers} where ${panelMembers.panelId} = ${panels.id}
          and ${panelMembers.expertId} = ${scoreSheets.expertId} and ${panelMembers.status} = 'seated')
        and not ${expertConflicted(scoreSheets.expertId)}
      where ${applications.awardId} = ${awardId}
        and ${inArray(applications.status, [...rankedStatuses])}
      group by ${applications.id}
    ), scored as (
      select application_id, n,
        case when n = 0 then null
             when ${trimmed} and n >= ${TRIM_MINIMUM} then (total - hi - lo) / (n - 2)
             else total / n end as score
      from counted
    )
    select application_id, n, score::text as score_text,
      case when score is null then null else rank() over (order by score desc nulls last) end as rank,
      score is not null and count(*) over (partition by score) > 1 as tie,
      (select ${awards.reviewVersion} from ${awards} where ${awards.id} = ${awardId}) as version
    from scored
    order by scored.score desc nulls last, application_id`;
}

interface RankingRow {
  application_id: string;
  n: number | string;
  score_text: string | null;
  rank: number | string | null;
  tie: boolean;
  version: number | string;
}

/** Computes the award's ranking in SQL (no cache): the anchor of the benchmark and the source of the cache. */
export async function computeRanking(tx: Executor, awardId: string, method: Aggregation) {
  const result = await tx.execute(rankingQuery(awardId, method));
  const rows = (result as unknown as { rows: RankingRow[] }).rows;
  const items: RankingItem[] = rows.map((row) => ({
    applicationId: row.application_id,
    rank: row.rank === null ? null : Number(row.rank),
    score: row.score_text === null ? null : Number(row.score_text),
    scores: Number(row.n),
    tie: row.tie === true,
  }));
  return { items, version: rows[0] ? Number(rows[0].version) : null };
}

/**
 * The award's ranking, from the cache while the award's review version has not moved since it was
 * computed, otherwise computed and cached (the newest computation wins; an older one never overwrites it).
 */
export async function awardRanking(tx: Executor, awardId: string, now: Date) {
  const [award] = await tx
    .select({ version: awards.reviewVersion, aggregation: awards.aggregation })
    .from(awards)
    .where(eq(awards.id, awardId));
  if (!award) return undefined;
  const [cached] = await tx
    .select()
    .from(reviewRankings)
    .where(and(eq(reviewRankings.awardId, awardId), eq(reviewRankings.version, award.version)));
  if (cached) return { items: cached.items, version: cached.version, cached: true };
  const computed = await computeRanking(tx, awardId, award.aggregation);
  // without candidates the statement returns no row, and so no version: nothing to cache
  if (computed.version !== null) {
    const values = { awardId, version: computed.version, items: computed.items, computedAt: now };
    await tx
      .insert(reviewRankings)
      .values(values)
      .onConflictDoUpdate({
        target: reviewRankings.awardId,
        set: { version: values.version, items: values.items, computedAt: values.computedAt },
        setWhere: sql`${reviewRankings.version} < excluded.version`,
      });
  }
  return { items: computed.items, version: computed.version ?? award.version, cached: false };
}
