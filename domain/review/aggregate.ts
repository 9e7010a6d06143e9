import type { ApplicationStatus } from '../workflow/states';

/**
 * 综合评审 (seed §三(一)4): the experts score each candidate on the award's rubric; a candidate's result is the
 * mean of the experts' totals, or the trimmed mean that drops the highest and the lowest total (去掉一个最高分
 * 和一个最低分), as the award is configured. The candidates are ranked by it, ties flagged; the best N (the
 * award's places) are proposed (差额评选: more candidates than places), and where a tie straddles the last
 * place the leadership group's vote (民主择优) decides who takes it.
 *
 * Plain data in, plain data out: the server computes the same aggregate in SQL for speed and checks it
 * against this in its tests.
 */

export const aggregations = ['mean', 'trimmed_mean'] as const;
export type Aggregation = (typeof aggregations)[number];

/** Below this many totals nothing is dropped: trimming two of two would leave nothing to average. */
export const TRIM_MINIMUM = 3;

/**
 * One candidate's result from the experts' totals, or null without any. A division of the same sum by the
 * same count gives the same double (IEEE division is correctly rounded), so equal results compare equal.
 */
export function aggregateScore(totals: readonly number[], method: Aggregation): number | null {
  if (totals.length === 0) return null;
  if (method === 'mean' || totals.length < TRIM_MINIMUM) return sum(totals) / totals.length;
  const sorted = [...totals].sort((a, b) => a - b);
  const kept = sorted.slice(1, -1);
  return sum(kept) / kept.length;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export interface CandidateTotals {
  applicationId: string;
  /** Each expert's total for the candidate (the sum of their points over the rubric's criteria). */
  totals: readonly number[];
}

export interface RankedCandidate {
  applicationId: string;
  score: number | null;
  /** How many experts' totals the score is made of. */
  scores: number;
  /** 1, 2, 2, 4 …: equal scores share a rank; null without a score (ranked after everyone scored). */
  rank: number | null;
  /** Shares its score with another candidate of the award. */
  tie: boolean;
}

/** The award's candidates by result, best first; ties share a rank and are flagged. */
export function rankCandidates(
  candidates: readonly CandidateTotals[],
  method: Aggregation,
): RankedCandidate[] {
  const scored = candidates.map((c) => ({
    applicationId: c.applicationId,
    score: aggregateScore(c.totals, method),
    scores: c.totals.length,
  }));
  scored.sort(
    (a, b) =>
      (b.score ?? Number.NEGATIVE_INFINITY) - (a.score ?? Number.NEGATIVE_INFINITY) ||
      a.applicationId.localeCompare(b.applicationId),
  );
  const count = new Map<number, number>();
  for (const c of scored) if (c.score !== null) count.set(c.score, (count.get(c.score) ?? 0) + 1);
  // sorted best first: a candidate's rank is one more than the number of better scores before it
  let rank = 0;
  let previous: number | null = null;
  return scored.map((c, index) => {
    if (c.score !== previous) rank = index + 1;
    previous = c.score;
    return {
      ...c,
      rank: c.score === null ? null : rank,
      tie: c.score !== null && (count.get(c.score) ?? 0) > 1,
    };
  });
}

/** The leadership group's vote on tied candidates: how many votes each received. */
export interface TieVote {
  applicationId: string;
  votes: number;
}

export interface Proposal {
  /** The candidates proposed as winners, best first (at most the award's places). */
  proposed: string[];
  /**
   * A tie straddling the last place that still needs the leadership group's vote: who is tied and how
   * many of the places are theirs to share. Null when the ranking (or the vote) decides.
   */
  undecided: { applicationIds: string[]; places: number } | null;
}

/**
 * The best `places` candidates. When candidates tied on a score are more than the places left for them,
 * the recorded vote decides (most votes first); without a vote, or with a vote that ties again at the cut,
 * those places stay undecided and the tied candidates are named. A candidate without a score is never
 * proposed.
 */
export function proposeWinners(
  ranked: readonly RankedCandidate[],
  places: number,
  vote: readonly TieVote[] = [],
): Proposal {
  const scored = ranked.filter((c) => c.score !== null);
  const proposed: string[] = [];
  let index = 0;
  while (index < scored.length && proposed.length < places) {
    const score = scored[index]?.score;
    const group = scored.filter((c) => c.score === score).map((c) => c.applicationId);
    const left = places - proposed.length;
    if (group.length <= left) {
      proposed.push(...group);
    } else {
      const chosen = byVote(group, left, vote);
      if (chosen === null) return { proposed, undecided: { applicationIds: group, places: left } };
      proposed.push(...chosen);
    }
    index += group.length;
  }
  return { proposed, undecided: null };
}

/** The `seats` of `group` with the most votes, or null when no vote separates them at the cut. */
function byVote(group: readonly string[], seats: number, vote: readonly TieVote[]): string[] | null {
  const votesOf = new Map(vote.map((v) => [v.applicationId, v.votes]));
  if (!group.every((id) => votesOf.has(id))) return null;
  const sorted = [...group].sort((a, b) => (votesOf.get(b) ?? 0) - (votesOf.get(a) ?? 0));
  const last = votesOf.get(sorted[seats - 1] ?? '');
  const next = votesOf.get(sorted[seats] ?? '');
  if (last === next) return null;
  return sorted.slice(0, seats);
}

/** 差额: candidates per place (e.g. 1.5 for 15 candidates for 10 places); null without places. */
export function competitionRatio(candidates: number, places: number): number | null {
  return places > 0 ? candidates / places : null;
}

/**
 * The statuses in which a candidate competes in the award's ranking: from the expert review on, whatever the
 * review's outcome, until they leave the selection (withdrawn, disqualified, revoked).
 */
export const rankedStatuses = [
  'in_review',
  'proposed',
  'not_proposed',
  'city_notice',
  'city_noticed',
  'pending_approval',
  'approved',
  'awarded',
  'prize_paid',
] as const satisfies readonly ApplicationStatus[];

export function isRanked(status: ApplicationStatus): boolean {
  return (rankedStatuses as readonly ApplicationStatus[]).includes(status);
}
