import type { OrganisationKind, Role } from '../roles';
import { type Level, statusHolder } from './levels';
import type { ApplicationStatus } from './states';
import { type TransitionName, transitionNames, transitionOf } from './transitions';

/**
 * Transitions that are possible from almost anywhere (withdraw, revoke) are exits, not a next step:
 * an application does not wait on someone because it could be revoked.
 */
const exits: readonly TransitionName[] = ['withdraw', 'revoke'];

/**
 * The levels at which a role held in an organisation of this kind acts. An employer officer acts at the
 * recommender level too only in an organisation that recommends its own staff (a state-owned enterprise
 * or a technical school); in a plain employer unit the recommender's steps are never theirs.
 */
export function actingLevelsOf(role: Role, organisationKind: OrganisationKind): Level[] {
  switch (role) {
    case 'employer_officer':
      return organisationKind === 'recommender' ? ['employer', 'recommender'] : ['employer'];
    case 'recommender_officer':
      return ['recommender'];
    case 'bureau_admin':
    case 'bureau_staff':
      return ['bureau'];
    case 'talent_office':
      return ['talent_office'];
    case 'expert':
    case 'candidate':
      return [];
  }
}

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
