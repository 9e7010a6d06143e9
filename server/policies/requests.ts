import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors';
import type { Role } from '../../domain/roles';
import { type Actor, requireActor } from '../plugins/context';

/**
 * What a role may ask for that is not a move on an object it sees: one table of the requests open to some
 * roles only. The objects themselves answer through their own policies (application.ts, notice.ts) and the
 * workflow machine (who takes which move).
 */
export const requestRoles = {
  /** A new Annex 2 draft: the employer unit's officer (an SOE or a school's officer for its own staff). */
  createApplication: ['employer_officer'],
  /** Trying the rules on a partial draft: those who fill in an Annex 2, the unit's officer and the candidate. */
  dryRunEligibility: ['employer_officer', 'candidate'],
  /** The working-day calendar's overrides: the bureau's administrator. */
  administerCalendar: ['bureau_admin'],
} as const satisfies Record<string, readonly Role[]>;

export type RequestAction = keyof typeof requestRoles;

const forbidden = { zh: '您的角色无权执行此操作', en: 'Your role may not do this' };

/** The actor, when its role may make this request (401 without a session, 403 for another role). */
export function requirePermission(request: FastifyRequest, action: RequestAction): Actor {
  const actor = requireActor(request);
  if (!(requestRoles[action] as readonly Role[]).includes(actor.role))
    throw new DomainError('auth.forbidden', forbidden);
  return actor;
}
