import type { Role } from '../roles';
import { type Level, statusHolder } from './levels';
import type { ApplicationStatus } from './states';
import { type TransitionName, transitionNames, transitionOf } from './transitions';

/**
 * Transitions that are possible from almost anywhere (withdraw, revoke) are exits, not a next step:
 * an application does not wait on someone because it could be revoked.
 */
const exits: readonly TransitionName[] = ['withdraw', 'revoke'];

/**
 * The statuses in which an application waits for an action this role may take at one of its levels —
 * "my to-do", read off the transition table.
 */
export function statusesAwaiting(role: Role, levels: readonly Level[]): ApplicationStatus[] {
  const statuses = new Set<ApplicationStatus>();
  for (const name of transitionNames) {
    if (exits.includes(name)) continue;
    const transition = transitionOf(name);
    if (!transition.by.includes(role)) continue;
    for (const from of transition.from) {
      const level = transition.level === 'holder' ? statusHolder[from] : transition.level;
      if (levels.includes(level)) statuses.add(from);
    }
  }
  return [...statuses];
}
