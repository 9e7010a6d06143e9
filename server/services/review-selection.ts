import { and, desc, eq, sql } from 'drizzle-orm';
import { type Proposal, proposeWinners } from '../../domain/review';
import type { Executor } from '../db/database';
import { applications, awards, panelMembers, panels, reviewVotes, scoreSheets } from '../db/schema';
import { expertConflicted } from '../policies/review';
import { awardRanking, type RankingItem } from './review-ranking';

/**
 * 差额评选 of one award: the ranking, whether it is final (every candidate still in review fully scored by
 * the members who count for them), the leadership group's vote if one was taken on the ranking as it
 * stands, and the proposal the domain's `proposeWinners` makes from them.
 */
export interface AwardSelection {
  places: number;
  items: RankingItem[];
  complete: boolean;
  /** Candidates still in review without every expected sheet submitted. */
  unscored: number;
  vote: typeof reviewVotes.$inferSelect | null;
  proposal: Proposal;
}

/** How many of the award's candidates in review still lack a submitted sheet from a member who counts for them. */
async function unscoredCount(tx: Executor, awardId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)` })
    .from(applications)
    .where(
      and(
        eq(applications.awardId, awardId),
        eq(applications.status, 'in_review'),
        sql`(not exists (${scorers(sql`true`)}) or exists (${scorers(
          sql`not exists (select 1 from ${scoreSheets} where ${scoreSheets.panelId} = ${panels.id}
              and ${scoreSheets.expertId} = ${panelMembers.expertId}
              and ${scoreSheets.applicationId} = ${applications.id} and ${scoreSheets.status} = 'submitted')`,
        )}))`,
      ),
    );
  return Number(row?.n ?? 0);
}

/** The members who count for the candidate of the surrounding query (seated, not conflicted), filtered. */
const scorers = (filter: ReturnType<typeof sql>) =>
  sql`select 1 from ${panelMembers} join ${panels} on ${panels.id} = ${panelMembers.panelId}
      where ${panels.awardId} = ${applications.awardId} and ${panels.editionId} = ${applications.editionId}
      and ${panelMembers.status} = 'seated' and not ${expertConflicted(panelMembers.expertId)} and ${filter}`;

/** The newest vote taken on the award's ranking as it stands (a vote on an earlier version is void). */
export async function currentVote(tx: Executor, awardId: string, reviewVersion: number) {
  const [vote] = await tx
    .select()
    .from(reviewVotes)
    .where(and(eq(reviewVotes.awardId, awardId), eq(reviewVotes.reviewVersion, reviewVersion)))
    .orderBy(desc(reviewVotes.createdAt))
    .limit(1);
  return vote ?? null;
}

export async function awardSelection(tx: Executor, awardId: string): Promise<AwardSelection> {
  const [award] = await tx.select({ places: awards.places }).from(awards).where(eq(awards.id, awardId));
  if (!award) throw new Error(`award ${awardId} not found`);
  const ranking = await awardRanking(tx, awardId);
  const items = ranking?.items ?? [];
  const unscored = await unscoredCount(tx, awardId);
  const vote = ranking ? await currentVote(tx, awardId, ranking.version) : null;
  const proposal = proposeWinners(items, award.places, vote?.votes ?? []);
  return { places: award.places, items, complete: unscored === 0, unscored, vote, proposal };
}

/** Where one candidate stands in the selection, as the propose and notPropose guards read it. */
export function outcomeOf(selection: AwardSelection, applicationId: string) {
  if (selection.proposal.proposed.includes(applicationId)) return 'proposed' as const;
  if (selection.proposal.undecided?.applicationIds.includes(applicationId)) return 'undecided' as const;
  return 'not_proposed' as const;
}
