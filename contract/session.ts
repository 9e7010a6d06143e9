import { z } from 'zod';
import { organisationKinds, recommenderKinds, requestActions, roles } from '../domain/roles';
import { identifierText } from '../domain/text';
import { MessageSchema } from './common';

/** `POST /api/session`: log in; a user holding several roles may name the one to act in. */
export const LoginBody = z.object({
  username: identifierText().min(1).max(64),
  password: z.string().min(1).max(256),
  organisationId: z.uuid().optional(),
  role: z.enum(roles).optional(),
});

export const OrganisationView = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(organisationKinds),
  /** Which of the four recommender kinds (Annex 1); null for other organisations. */
  recommenderKind: z.enum(recommenderKinds).nullable(),
  name: MessageSchema,
});

export const MembershipView = z.object({ role: z.enum(roles), organisation: OrganisationView });

/** The current user, the role and organisation they act in, and every membership they could switch to. */
export const SessionView = z.object({
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string() }),
  role: z.enum(roles),
  organisation: OrganisationView,
  memberships: z.array(MembershipView),
  /** The requests of the domain's `requestRoles` this role may make (a new application, the calendar …). */
  permissions: z.array(z.enum(requestActions)),
});
