import type { Message } from '../../domain/message';
import type { OrganisationKind, RecommenderKind, Role } from '../../domain/roles';
import { api } from './client';

/** Wire types of `/api/session`, as the server sends them. */
export interface Organisation {
  id: string;
  code: string;
  kind: OrganisationKind;
  /** Which of the four recommender kinds (Annex 1); null or absent for other organisations. */
  recommenderKind?: RecommenderKind | null;
  name: Message;
}

export interface Membership {
  role: Role;
  organisation: Organisation;
}

export interface Session {
  user: { id: string; username: string; displayName: string };
  role: Role;
  organisation: Organisation;
  memberships: Membership[];
}

export interface Credentials {
  username: string;
  password: string;
}

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
