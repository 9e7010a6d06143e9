import type { ApplicationDraft, ApplicationField, AttachmentKind } from '../../domain/application';
import type { Finding } from '../../domain/eligibility';
import type { Message } from '../../domain/message';
import type { AwardCode } from '../../domain/roles';
import type { ApplicationStatus, TransitionName } from '../../domain/workflow';
import { api } from './client';

/**
 * Wire types and calls of the applications API (docs/api-applications.md). The draft is the domain's
 * `ApplicationDraft`; everything else is written here as the contract states it.
 */

export interface OrganisationRef {
  id: string;
  name: Message;
}

/** One row of `GET /api/applications`: personal data masked. */
export interface ApplicationSummary {
  id: string;
  award: AwardCode;
  status: ApplicationStatus;
  name: string;
  gender: string | null;
  occupation: string | null;
  skillLevel: string | null;
  unitRank: number | null;
  recommenderRank: number | null;
  idNumberMasked: string | null;
  mobileMasked: string | null;
  employer: OrganisationRef;
  recommender: OrganisationRef;
  updatedAt: string;
}

export interface Attachment {
  id: string;
  kind: AttachmentKind;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  declassified: boolean;
  createdAt: string;
}

export interface Blocker {
  code: string;
  message: Message;
}

export interface OfferedTransition {
  name: TransitionName;
  to: ApplicationStatus;
  label: Message;
  requiresReason: boolean;
  blockedBy: Blocker[];
}

export interface HistoryEvent {
  transition: string;
  fromStatus: string;
  toStatus: string;
  actorRole: string | null;
  actorName?: string | null;
  reason: string | null;
  at: string;
}

export interface NoticeRef {
  id: string;
  startDate: string;
  endDate: string;
  status: string;
  openObjections: number;
}

export interface ApplicationDetail {
  id: string;
  award: AwardCode;
  status: ApplicationStatus;
  version: number;
  unitRank: number | null;
  recommenderRank: number | null;
  employer: OrganisationRef;
  recommender: OrganisationRef;
  draft: ApplicationDraft;
  masked: {
    idNumber: string | null;
    bankAccount: string | null;
    mobile: string | null;
    landline: string | null;
    birthYear: number | null;
  };
  findings: Finding[];
  warningJustifications: Record<string, string>;
  completeness: { filled: number; required: number; missing: ApplicationField[] };
  attachments: Attachment[];
  missingAttachments: AttachmentKind[];
  unitOpinion: string | null;
  notice: NoticeRef | null;
  allowedTransitions: OfferedTransition[];
  history: HistoryEvent[];
}

/** The draft as sent: a cleared field travels as `null` so the server clears it too. */
export type DraftPayload = { [K in keyof ApplicationDraft]?: ApplicationDraft[K] | null };

export interface ListFilter {
  status?: ApplicationStatus;
  award?: AwardCode;
  limit?: number;
  offset?: number;
}

const base = '/api/applications';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export function listApplications(
  filter: ListFilter,
  signal?: AbortSignal,
): Promise<{ items: ApplicationSummary[]; total: number }> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  const suffix = query.size > 0 ? `?${query}` : '';
  return api.get(`${base}${suffix}`, { signal });
}

export function fetchApplication(id: string, signal?: AbortSignal): Promise<ApplicationDetail> {
  return api.get(one(id), { signal });
}

export function createApplication(draft: DraftPayload): Promise<ApplicationDetail> {
  return api.post(base, draft);
}

export function updateApplication(
  id: string,
  body: { version: number; draft: DraftPayload; warningJustifications?: Record<string, string> },
): Promise<ApplicationDetail> {
  return api.patch(one(id), body);
}

export function deleteApplication(id: string): Promise<void> {
  return api.delete(one(id));
}

export function applyTransition(
  id: string,
  name: TransitionName,
  body: { reason?: string; opinion?: string; version?: number },
): Promise<ApplicationDetail> {
  return api.post(`${one(id)}/transitions/${encodeURIComponent(name)}`, body);
}

export function attachmentUrl(applicationId: string, attachmentId: string): string {
  return `${one(applicationId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

export function attachmentsUrl(applicationId: string): string {
  return `${one(applicationId)}/attachments`;
}

export function deleteAttachment(applicationId: string, attachmentId: string): Promise<void> {
  return api.delete(attachmentUrl(applicationId, attachmentId));
}

export function annex2Url(applicationId: string, format: 'pdf' | 'docx'): string {
  return `${one(applicationId)}/annex2.${format}`;
}

export function inviteCandidate(applicationId: string): Promise<{ url: string; expiresAt: string }> {
  return api.post(`${one(applicationId)}/invitations`, {});
}
