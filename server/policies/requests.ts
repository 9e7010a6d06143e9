import type { FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors';
import { permissionsOf, type RequestAction } from '../../domain/roles';
import { type Actor, requireActor } from '../plugins/context';

export type { RequestAction } from '../../domain/roles';

const forbidden = { zh: '您的角色无权执行此操作', en: 'Your role may not do this' };

/**
 * The actor, when its role may make this request (401 without a session, 403 for another role). The table
 * is the domain's `requestRoles`; the objects themselves answer through their own policies (application.ts,
 * attachment.ts, notice.ts) and the workflow machine (who takes which move).
 */
export function requirePermission(request: FastifyRequest, action: RequestAction): Actor {
  const actor = requireActor(request);
  if (!permissionsOf(actor.role).includes(action)) throw new DomainError('auth.forbidden', forbidden);
  return actor;
}
