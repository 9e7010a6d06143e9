import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type Aggregation, rankedStatuses, TRIM_MINIMUM } from '../../domain/review';
import type { Executor } from '../db/database';
import { applications, awards, candidateScores, panelMembers, panels, scoreSheets } from '../db/schema';
import { expertConflicted, seatedOn } from '../policies/review';

/** One candidate of an award's ranking (the fixed interface of `GET /api/awards/{awardId}/ranking`). */
export interface RankingItem {
  applicationId: string;
  rank: number | null;
  score: number | null;
  scores: number;
  tie: boolean;
}

/**
 * Raises the awards' review version: every change that can move a ranking (a sheet submitted or reopened,
 * a conflict recorded or dismissed, a member seated or declined, a candidate entering or leaving the
 * review, the rubric's method) raises it in the same transaction as the change. A vote is taken on one
 * version and is void once it moved. The UPDATE also locks the award's row until the transaction ends, so
 * the recounts that follow it run one after the other: the second one's statement starts after the first
 * committed and sees its sheet (READ COMMITTED), and two experts submitting at once cannot each leave a
 * count without the other's total.
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
 * Counts again what counts of the candidates' scores (`candidate_scores`): the submitted totals of the
 * panel's seated members not in conflict with the candidate (回避, `expertConflicted`), their number, sum,
 * highest and lowest. `where` chooses the candidates, as a condition on `applications`.
 */
async function recount(tx: Executor, where: SQL) {
  await tx.execute(sql`
    insert into ${candidateScores} (application_id, award_id, counted, total, highest, lowest)
    select ${applications.id}, ${applications.awardId},
      count(${scoreSheets.total}), sum(${scoreSheets.total}), max(${scoreSheets.total}), min(${scoreSheets.total})
    from ${applications}
    left join ${panels} on ${panels.awardId} = ${applications.awardId} and ${panels.editionId} = ${applications.editionId}
    left join ${scoreSheets} on ${scoreSheets.applicationId} = ${applications.id}
      and ${scoreSheets.panelId} = ${panels.id} and ${scoreSheets.status} = 'submitted'
      and exists (select 1 from ${panelMembers} where ${seatedOn(panels.id)}
        and ${panelMembers.expertId} = ${scoreSheets.expertId})
      and not ${expertConflicted(scoreSheets.expertId)}
    where ${applications.awardId} is not null and ${where}
    group by ${applications.id}
    on conflict (application_id) do update set award_id = excluded.award_id, counted = excluded.counted,
      total = excluded.total, highest = excluded.highest, lowest = excluded.lowest`);
}

/**
 * These candidates' scores changed (a sheet submitted or reopened, a conflict recorded or dismissed, the
 * candidate entering or leaving the review): their awards' version is raised and their count redone, one
 * index lookup each.
 */
export async function candidatesChanged(
  tx: Executor,
  candidates: readonly { id: string; awardId: string | null }[],
) {
  const scored = candidates.filter((c): c is { id: string; awardId: string } => c.awardId !== null);
  if (scored.length === 0) return;
  await touchAwardReview(
    tx,
    scored.map((c) => c.awardId),
  );
  await recount(
    tx,
    inArray(
      applications.id,
      scored.map((c) => c.id),
    ),
  );
}

/**
 * Something that weighs on every candidate of the awards changed (a panel member seated, replaced or
 * declined): the version is raised and every candidate in the review or past it recounted. (The rubric's
 * method only raises the version: the counts do not depend on it, the result is taken at reading.) A
 * candidate outside those statuses is recounted when they enter them (the workflow engine does).
 */
export async function awardReviewChanged(tx: Executor, awardIds: readonly string[]) {
  if (awardIds.length === 0) return;
  await touchAwardReview(tx, awardIds);
  await recount(
    tx,
    and(
      inArray(applications.awardId, [...awardIds]),
      inArray(applications.status, [...rankedStatuses]),
    ) as SQL,
  );
}

/**
 * The award's ranking in one statement from the kept counts, so that the version it reads and the counts
 * come from the same snapshot: each candidate's result is the mean of the totals that count, or without one
 * highest and one lowest from TRIM_MINIMUM totals on (domain/review `aggregateScore`, which the tests hold
 * this to); ranks are shared by equal results (`rank()`, and `tie` counts the peers of the same window),
 * unscored candidates come last without a rank.
 */
function rankingQuery(awardId: string, method: Aggregation) {
  const trimmed = method === 'trimmed_mean';
  const c = candidateScores;
  return sql`
    select ${applications.id} as application_id, coalesce(${c.counted}, 0) as n, result.score::text as score_text,
      case when result.score is null then null else rank() over ranked end as rank,
      result.score is not null and count(*) over (ranked range between current row and current row) > 1 as tie,
      (select ${awards.reviewVersion} from ${awards} where ${awards.id} = ${awardId}) as version
    from ${applications}
    left join ${c} on ${c.applicationId} = ${applications.id} and ${c.awardId} = ${applications.awardId}
    cross join lateral (select case when coalesce(${c.counted}, 0) = 0 then null
      when ${trimmed} and ${c.counted} >= ${TRIM_MINIMUM} then (${c.total} - ${c.highest} - ${c.lowest}) / (${c.counted} - 2)
      else ${c.total} / ${c.counted} end as score) as result
    where ${applications.awardId} = ${awardId}
      and ${inArray(applications.status, [...rankedStatuses])}
    window ranked as (order by result.score desc nulls last)
    order by result.score desc nulls last, ${applications.id}`;
}

interface RankingRow {
  application_id: string;
  n: number | string;
  score_text: string | null;
  rank: number | string | null;
  tie: boolean;
  version: number | string;
}

/** The award's ranking by `method` from the kept counts, and the award's version it was read at. */
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
 * The award's ranking by its method, with the version it was read at: a sort of the award's candidates by
 * their kept counts, not an aggregate of every sheet of the award.
 */
export async function awardRanking(tx: Executor, awardId: string) {
  const [award] = await tx
    .select({ version: awards.reviewVersion, aggregation: awards.aggregation })
    .from(awards)
    .where(eq(awards.id, awardId));
  if (!award) return undefined;
  const ranking = await computeRanking(tx, awardId, award.aggregation);
  return { items: ranking.items, version: ranking.version ?? award.version };
}
