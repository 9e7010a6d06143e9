import type { Role } from '../roles';
import type { ApplicationStatus } from './states';
import { type TransitionName, transitions } from './transitions';

/**
 * Transitions that are possible from almost anywhere (withdraw, revoke) are exits, not a next step:
 * an application does not wait on someone because it could be revoked.
 */
const exits: readonly string[] = ['withdraw', 'revoke'];

/** The statuses in which an application waits for an action this role may take — "my to-do". */
export function statusesAwaiting(role: Role): ApplicationStatus[] {
  const statuses = new Set<ApplicationStatus>();
  for (const [name, transition] of Object.entries(transitions) as [
    TransitionName,
    (typeof transitions)[TransitionName],
  ][]) {
    if (exits.includes(name)) continue;
    if (!(transition.by as readonly Role[]).includes(role)) continue;
    for (const from of transition.from as readonly ApplicationStatus[]) statuses.add(from);
  }
  return [...statuses];
}
