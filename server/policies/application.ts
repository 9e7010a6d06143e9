import { and, eq, exists, notExists, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../domain/roles';
import { applications, conflicts, experts, panelMembers, panels, workflowEvents } from '../db/schema';
import type { Actor } from '../plugins/context';

/** Roles that see every application of every organisation (the city level). */
const cityRoles: readonly Role[] = ['bureau_admin', 'bureau_staff', 'talent_office'];

/**
 * The one place that says which applications an actor may see. Every query on applications goes
 * through it, so forgetting the scope is hard; anything outside it answers 404.
 *
 * - bureau and talent office: all
 * - recommender officer: those a unit has reported to their recommender organisation (not drafts)
 * - employer officer: those of their own unit (an SOE or school officer: their own organisation, which
 *   is both employer and recommender)
 * - candidate: their own application only
 * - expert: applications of the awards whose panel they sit on, minus those they are in conflict with
 */
export function applicationScope(actor: Actor): SQL {
  if (cityRoles.includes(actor.role)) return sql`true`;
  switch (actor.role) {
    case 'recommender_officer':
      // Only what a unit has reported to it: drafts and unit notices stay the unit's own business.
      return and(
        eq(applications.recommenderId, actor.organisationId),
        exists(
          sql`(select 1 from ${workflowEvents} where ${workflowEvents.applicationId} = ${applications.id}
               and ${workflowEvents.toStatus} = 'at_recommender')`,
        ),
      ) as SQL;
    case 'employer_officer':
      return eq(applications.employerId, actor.organisationId);
    case 'candidate':
      return eq(applications.candidateUserId, actor.userId);
    case 'expert':
      return and(
        exists(
          sql`(select 1 from ${panels} join ${panelMembers} on ${panelMembers.panelId} = ${panels.id}
               join ${experts} on ${experts.id} = ${panelMembers.expertId}
               where ${panels.awardId} = ${applications.awardId} and ${experts.userId} = ${actor.userId})`,
        ),
        notExists(
          sql`(select 1 from ${conflicts} join ${experts} on ${experts.id} = ${conflicts.expertId}
               where ${conflicts.applicationId} = ${applications.id} and ${experts.userId} = ${actor.userId})`,
        ),
        sql`${applications.status} in ('in_review', 'proposed', 'not_proposed')`,
      ) as SQL;
    default:
      return sql`false`;
  }
}

type ApplicationRow = typeof applications.$inferSelect;

/**
 * Who sees an application's personal data (ID number, bank account, phones, exact birth date) in clear on
 * screen: the unit that owns it, which types it in, and the candidate. Everyone else gets the masks.
 */
export function mayRevealPersonalData(actor: Actor, row: ApplicationRow): boolean {
  if (actor.role === 'employer_officer') return actor.organisationId === row.employerId;
  if (actor.role === 'candidate') return actor.userId === row.candidateUserId;
  return false;
}

/**
 * Who prints the recommendation form with the personal data in clear: those who hand in the official
 * paper — the employer unit, the recommender (for the candidates reported to it: the scope already says
 * so), the bureau — and the candidate, whose own data it is. The talent office and experts print the
 * masked form.
 */
export function mayPrintPersonalData(actor: Actor, row: ApplicationRow): boolean {
  switch (actor.role) {
    case 'employer_officer':
      return actor.organisationId === row.employerId || actor.organisationId === row.recommenderId;
    case 'recommender_officer':
      return actor.organisationId === row.recommenderId;
    case 'bureau_admin':
    case 'bureau_staff':
      return true;
    case 'candidate':
      return actor.userId === row.candidateUserId;
    case 'talent_office':
    case 'expert':
      return false;
  }
}
