import { and, eq, exists, type SQL, sql } from 'drizzle-orm';
import type { ApplicationStatus } from '../../domain/workflow';
import { applications, workflowEvents } from '../db/schema';
import type { Actor } from '../plugins/context';
import { expertScope } from './review';

/** Whether the application ever reached a status: its history has a move into it. */
const reached = (status: ApplicationStatus) =>
  exists(
    sql`(select 1 from ${workflowEvents} where ${workflowEvents.applicationId} = ${applications.id}
         and ${workflowEvents.toStatus} = ${status})`,
  );

/**
 * The one place that says which applications an actor may see. Every query on applications goes
 * through it, so forgetting the scope is hard; anything outside it answers 404.
 *
 * Minimum disclosure (PIPL): an application is its unit's business until the unit reports it upwards.
 * - bureau (admin and staff): those reported to the bureau (from `at_bureau` on, whatever became of them)
 * - talent office: those the bureau asked it to approve (from `pending_approval` on)
 * - recommender officer: those a unit has reported to their recommender organisation (not drafts)
 * - employer officer: those of their own unit (an SOE or school officer: their own organisation, which
 *   is both employer and recommender)
 * - candidate: their own application only
 * - expert: applications of the awards whose panel they sit on, minus those they are in conflict with
 *   (`expertScope`, policies/review.ts)
 */
export function applicationScope(actor: Actor): SQL {
  switch (actor.role) {
    case 'bureau_admin':
    case 'bureau_staff':
      return reached('at_bureau');
    case 'talent_office':
      return reached('pending_approval');
    case 'recommender_officer':
      // Only what a unit has reported to it: drafts and unit notices stay the unit's own business.
      return and(eq(applications.recommenderId, actor.organisationId), reached('at_recommender')) as SQL;
    case 'employer_officer':
      return eq(applications.employerId, actor.organisationId);
    case 'candidate':
      return eq(applications.candidateUserId, actor.userId);
    case 'expert':
      return expertScope(actor.userId);
    default:
      return sql`false`;
  }
}

type ApplicationRow = typeof applications.$inferSelect;

/**
 * What one may do with an application, beside seeing it (the scope above says that):
 * - `change`: the form, its attachments, the candidate's invitation — the officer of the unit that owns it
 *   (whether the status still allows it is the workflow's business: `editableStatuses`);
 * - `delete`: the same officer, for a draft that never moved;
 * - `revealPersonal`: the ID number, bank account, phones and exact birth date in clear on screen — the unit
 *   that types them in, and the candidate;
 * - `printPersonal`: the recommendation form with them in clear — those who hand in the official paper (the
 *   employer unit, the recommender for what was reported to it, the bureau) and the candidate, whose own data
 *   it is; the talent office and experts print the masked form.
 * Moves through the workflow are the domain machine's (`transitions[].by`, levels and scope).
 */
export type ApplicationAction = 'change' | 'delete' | 'revealPersonal' | 'printPersonal';

export function can(actor: Actor, action: ApplicationAction, row: ApplicationRow): boolean {
  const ownUnit = actor.role === 'employer_officer' && actor.organisationId === row.employerId;
  const ownCandidate = actor.role === 'candidate' && actor.userId === row.candidateUserId;
  switch (action) {
    case 'change':
    case 'delete':
      return ownUnit;
    case 'revealPersonal':
      return ownUnit || ownCandidate;
    case 'printPersonal':
      switch (actor.role) {
        case 'employer_officer':
          return actor.organisationId === row.employerId || actor.organisationId === row.recommenderId;
        case 'recommender_officer':
          return actor.organisationId === row.recommenderId;
        case 'bureau_admin':
        case 'bureau_staff':
          return true;
        case 'candidate':
          return ownCandidate;
        case 'talent_office':
        case 'expert':
          return false;
      }
  }
}
