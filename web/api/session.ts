import type { z } from 'zod';
import type { LoginBody, MembershipView, OrganisationView, SessionView } from '../../contract/session';
import { api } from './client';

/** Wire types of `/api/session`: the server's schemas (contract/session.ts). */
export type Organisation = z.output<typeof OrganisationView>;
export type Membership = z.output<typeof MembershipView>;
export type Session = z.output<typeof SessionView>;
export type Credentials = z.input<typeof LoginBody>;

export function logIn(credentials: Credentials): Promise<Session> {
  return api.post<Session>('/api/session', credentials, { redirectOnUnauthorized: false });
}

/** The current session, or the ApiError `auth.required` (401) when nobody is signed in. */
export function fetchSession(signal?: AbortSignal): Promise<Session> {
  return api.get<Session>('/api/session', { redirectOnUnauthorized: false, signal });
}

export function logOut(): Promise<void> {
  // An expired session is already logged out: do not bounce through the 401 handler.
  return api.delete('/api/session', { redirectOnUnauthorized: false });
}
