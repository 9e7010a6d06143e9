import type { z } from 'zod';
import type { InvitationView, SubmitInvitationBody } from '../../contract/invitations';
import { api } from './client';

/** Candidate self-service through a one-time link: no session, so a 401 must not bounce to /login. */
export type Invitation = z.output<typeof InvitationView>;
/** The candidate's part as sent; a cleared field travels as `null` so the server clears it too. */
export type InvitationDraft = z.input<typeof SubmitInvitationBody>['draft'];

const path = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

export function fetchInvitation(token: string, signal?: AbortSignal): Promise<Invitation> {
  return api.get(path(token), { signal, redirectOnUnauthorized: false });
}

export function submitInvitation(token: string, draft: InvitationDraft): Promise<void> {
  return api.put(path(token), { draft } satisfies z.input<typeof SubmitInvitationBody>, {
    redirectOnUnauthorized: false,
  });
}
