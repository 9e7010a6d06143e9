import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { actingLevelsOf, levelRunningNotice, recommendsOwnStaff } from '../../domain/workflow';
import { notices } from '../db/schema';
import type { Actor } from '../plugins/context';

type NoticeLevel = keyof typeof levelRunningNotice;

/**
 * Who may see and handle a notice (公示) and its objections: only the officers of the level that runs it,
 * in the organisation that posted it — the unit's officer for a unit notice, the recommender's officer
 * (or the officer of an enterprise or school recommending its own staff) for a recommender notice, the
 * bureau's staff for the city notice. A candidate, an expert, the talent office and any other
 * organisation get the same 404 as for a missing notice.
 */
export function noticeLevelsRunBy(actor: Actor): NoticeLevel[] {
  const levels = actingLevelsOf(actor.role, recommendsOwnStaff(actor.organisationKind));
  return (Object.keys(levelRunningNotice) as NoticeLevel[]).filter((notice) =>
    levels.includes(levelRunningNotice[notice]),
  );
}

/** The notices in the actor's remit, as a condition for any query on `notices`. */
export function noticeScope(actor: Actor): SQL {
  const levels = noticeLevelsRunBy(actor);
  if (levels.length === 0) return sql`false`;
  return and(eq(notices.organisationId, actor.organisationId), inArray(notices.level, levels)) as SQL;
}
