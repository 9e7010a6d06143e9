import { type AnyColumn, and, eq, exists, inArray, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { applications, conflicts, experts, panelMembers, panels } from '../db/schema';

/**
 * 回避, enforced in the data layer (as HotCRP does): one SQL condition says when an expert is in conflict
 * with a candidate, and every query that reaches a candidate through an expert — the expert's scope over
 * applications (and so their dossier, attachments and papers), the panel members who count for a
 * candidate's scores, the draw's pool — uses it. An expert is conflicted with a candidate who
 * - works for the organisation the expert works for (the candidate's employer, by the organisation or by
 *   the workplace's name when the employer is not on the platform), or is recommended by it;
 * - has a recorded relation with them (relative, teacher/apprentice, same team, other) that the expert
 *   declared or the bureau added, and that the bureau has not dismissed.
 *
 * `application` is the applications table of the surrounding query, or a loaded application (its values);
 * `expertId` the expert's id column or value.
 */
type Value = AnyColumn | SQLWrapper | string | null;

/** The candidate's columns the conflict reads: of the surrounding query's applications, or a loaded row's values. */
export type ConflictSubject = Record<'id' | 'employerId' | 'recommenderId' | 'employerName', Value>;

export function expertConflicted(expertId: Value, application: ConflictSubject = applications): SQL {
  const own = alias(experts, 'conflict_expert');
  return sql`(${exists(
    sql`(select 1 from ${experts} as ${sql.identifier('conflict_expert')} where ${own.id} = ${expertId} and (
      ${own.organisationId} = ${application.employerId} or ${own.organisationId} = ${application.recommenderId}
      or ${own.workplace} = ${application.employerName}))`,
  )} or ${exists(
    sql`(select 1 from ${conflicts} where ${conflicts.expertId} = ${expertId}
      and ${conflicts.applicationId} = ${application.id} and ${conflicts.status} = 'active')`,
  )})`;
}

/** The statuses in which a panel's experts see the candidates of their award: from the review to its result. */
export const reviewVisibleStatuses = ['in_review', 'proposed', 'not_proposed'] as const;

/**
 * An expert's scope: the candidates of the awards whose panel they sit on (seated, not declined), in review
 * or reviewed, without those they are conflicted with. A candidate outside it answers 404 like a missing id.
 */
export function expertScope(userId: string): SQL {
  const seat = alias(experts, 'seated_expert');
  return and(
    exists(
      sql`(select 1 from ${panels} join ${panelMembers} on ${panelMembers.panelId} = ${panels.id}
           join ${experts} as ${sql.identifier('seated_expert')} on ${seat.id} = ${panelMembers.expertId}
           where ${panels.awardId} = ${applications.awardId} and ${panels.editionId} = ${applications.editionId}
           and ${panelMembers.status} = 'seated' and ${seat.userId} = ${userId}
           and not ${expertConflicted(seat.id)})`,
    ),
    inArray(applications.status, [...reviewVisibleStatuses]),
  ) as SQL;
}

/** Seated members of a panel, as a condition on `panelMembers`. */
export function seatedOn(panelId: string | AnyColumn): SQL {
  return and(eq(panelMembers.panelId, panelId), eq(panelMembers.status, 'seated')) as SQL;
}
