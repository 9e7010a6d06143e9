import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { SelectionView } from '../../contract/review-stage';
import { competitionRatio, proposeWinners } from '../../domain/review';
import type { voteInput } from '../../domain/review/inputs';
import { shanghaiDate } from '../../domain/time';
import type { Db, Executor } from '../db/database';
import { applications, awards, reviewVotes } from '../db/schema';
import { refuse } from '../workflow/record-types';
import { appendAudit } from './audit';
import { currentAward } from './review-panels';
import { awardRanking } from './review-ranking';
import { awardSelection, outcomeOf } from './review-selection';
import type { Acting } from './workflow';

/** `GET /api/awards/{awardId}/ranking`: the award's places, its candidates and their ranking. */
export async function rankingView(db: Db, awardId: string) {
  return db.transaction(async (tx) => {
    const award = await currentAward(tx, awardId);
    const ranking = await awardRanking(tx, award.id);
    const items = ranking?.items ?? [];
    return { places: award.places, candidates: items.length, items };
  });
}

export async function selectionOf(tx: Executor, awardId: string): Promise<SelectionView> {
  const award = await currentAward(tx, awardId);
  const selection = await awardSelection(tx, award.id);
  const ids = selection.items.map((i) => i.applicationId);
  const people = ids.length
    ? await tx
        .select({
          id: applications.id,
          name: applications.name,
          employer: applications.employerName,
          status: applications.status,
        })
        .from(applications)
        .where(inArray(applications.id, ids))
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    awardId: award.id,
    award: award.code,
    places: award.places,
    candidates: selection.items.length,
    ratio: competitionRatio(selection.items.length, award.places),
    aggregation: award.aggregation,
    complete: selection.complete,
    unscored: selection.unscored,
    items: selection.items.map((item) => {
      const person = byId.get(item.applicationId);
      if (!person) throw new Error('ranked candidate missing');
      return {
        ...item,
        name: person.name,
        employer: person.employer ?? '',
        status: person.status,
        outcome: outcomeOf(selection, item.applicationId),
      };
    }),
    undecided: selection.proposal.undecided,
    vote: selection.vote
      ? {
          id: selection.vote.id,
          heldOn: selection.vote.heldOn,
          voters: selection.vote.voters,
          votes: selection.vote.votes,
          minutes: selection.vote.minutes,
        }
      : null,
  };
}

/** The bureau's view of an award's selection (差额评选): ranking with names, ratio, proposal and vote. */
export async function selectionView(db: Db, awardId: string) {
  return db.transaction((tx) => selectionOf(tx, awardId));
}

/**
 * 民主择优: records the leadership group's vote on the candidates tied across the award's last place. The
 * vote is about exactly those candidates, on the ranking as it stands (a later change of the ranking voids
 * it), each voter voting for at most as many as there are places to share, and it must decide.
 */
export async function recordVote(db: Db, acting: Acting, input: z.output<typeof voteInput>) {
  return db.transaction(async (tx) => {
    const award = await currentAward(tx, input.awardId);
    await tx.select({ id: awards.id }).from(awards).where(eq(awards.id, award.id)).for('update');
    if (input.heldOn > shanghaiDate(acting.now))
      refuse('record.date_in_future', '日期不能晚于今天', 'The date cannot be later than today', {
        path: 'heldOn',
      });
    const selection = await awardSelection(tx, award.id);
    if (!selection.complete)
      refuse(
        'review.ranking_incomplete',
        '本奖项尚有候选人未完成评分，排名尚未确定',
        'Some candidates of this award are not fully scored yet: the ranking is not final',
      );
    // the vote decides the tie the ranking leaves; a vote already recorded on this ranking is replaced
    const undecided = proposeWinners(selection.items, award.places).undecided;
    if (!undecided)
      refuse(
        'vote.not_needed',
        '排名已确定拟评选对象，无需投票',
        'The ranking decides the proposed winners: no vote is needed',
      );
    const named = input.votes.map((v) => v.applicationId).sort();
    const tied = [...undecided.applicationIds].sort();
    if (named.length !== tied.length || named.some((id, i) => id !== tied[i]))
      refuse(
        'vote.candidates_mismatch',
        '投票对象应为得分并列的全部候选人',
        'The vote is on exactly the candidates tied',
        {
          path: 'votes',
          params: { tied },
        },
      );
    const over = input.votes.findIndex((v) => v.votes > input.voters);
    if (over >= 0)
      refuse(
        'vote.too_many',
        '得票数不能超过参加投票人数',
        'No candidate can have more votes than there were voters',
        {
          path: `votes.${over}.votes`,
        },
      );
    const cast = input.votes.reduce((sum, v) => sum + v.votes, 0);
    if (cast > input.voters * undecided.places)
      refuse(
        'vote.too_many',
        `每人最多投 ${undecided.places} 票，总票数不能超过 ${input.voters * undecided.places}`,
        `Each voter has at most ${undecided.places} vote(s): no more than ${input.voters * undecided.places} in all`,
        { path: 'votes' },
      );
    if (proposeWinners(selection.items, award.places, input.votes).undecided)
      refuse(
        'vote.still_tied',
        '投票结果仍然并列，请重新投票',
        'The vote ties again at the last place: vote again',
        {
          path: 'votes',
        },
      );
    const ranking = await awardRanking(tx, award.id);
    const [vote] = await tx
      .insert(reviewVotes)
      .values({
        awardId: award.id,
        heldOn: input.heldOn,
        tied,
        places: undecided.places,
        votes: input.votes,
        voters: input.voters,
        minutes: input.minutes,
        reviewVersion: ranking?.version ?? award.reviewVersion,
        recordedBy: acting.actor.userId,
      })
      .returning();
    if (!vote) throw new Error('vote insert returned nothing');
    await appendAudit(
      tx,
      acting.audit,
      {
        action: 'review_vote.record',
        objectType: 'review_vote',
        objectId: vote.id,
        detail: { awardId: award.id, heldOn: input.heldOn, voters: input.voters, votes: input.votes },
      },
      acting.now,
    );
    return selectionOf(tx, award.id);
  });
}
