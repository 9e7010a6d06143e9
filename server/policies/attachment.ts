import type { AttachmentKind } from '../../domain/application';
import type { applications } from '../db/schema';
import type { Actor } from '../plugins/context';
import { decidesNow } from '../workflow/deciding';
import { can as canApplication } from './application';

type ApplicationRow = typeof applications.$inferSelect;

/**
 * What one may do with an application's attachments, beside reading them (whoever sees the application
 * reads its papers: the scope says that, and every download is audited):
 * - `add` and `remove`: the officer of the unit that owns the application (whether its status still
 *   allows it is the workflow's business: `editableStatuses`);
 * - `add` the minutes (`decision_minutes`) of the collective decision the actor's level is about to take
 *   on it: the recommender adds its own minutes to what was reported to it, and they are that level's paper.
 */
export type AttachmentAction = 'add' | 'remove';

export function can(actor: Actor, action: AttachmentAction, row: ApplicationRow, kind?: string): boolean {
  if (action === 'add' && ownsMinutes(actor, row, kind)) return true;
  return canApplication(actor, 'change', row);
}

/** The upload is the minutes of the decision the actor's own level takes now (its organisation owns them). */
export function ownsMinutes(actor: Actor, row: ApplicationRow, kind: string | undefined): boolean {
  return kind === ('decision_minutes' satisfies AttachmentKind) && decidesNow(actor, row);
}
