import type { ApplicationDraft } from '../../domain/application';
import type { Message } from '../../domain/message';
import type { AwardCode } from '../../domain/roles';
import type { DraftPayload } from './applications';
import { api } from './client';

/** Candidate self-service through a one-time link: no session, so a 401 must not bounce to /login. */
export interface Invitation {
  application: { name: string; award: AwardCode; employer: Message };
  /** The personal part as the unit has it, without the personal numbers (see `masked`) or the history. */
  draft: Partial<ApplicationDraft>;
  masked: {
    idNumber: string | null;
    bankAccount: string | null;
    mobile: string | null;
    landline: string | null;
  };
  expiresAt: string;
}

const path = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

export function fetchInvitation(token: string, signal?: AbortSignal): Promise<Invitation> {
  return api.get(path(token), { signal, redirectOnUnauthorized: false });
}

export function submitInvitation(token: string, draft: DraftPayload): Promise<void> {
  return api.put(path(token), { draft }, { redirectOnUnauthorized: false });
}
