import type { z } from 'zod';
import {
  APPLICATION_PAGE_MAX,
  type ApplicationDetail as ApplicationDetailSchema,
  type ApplicationList,
  type ApplicationListQuery,
  type ApplicationSummary as ApplicationSummarySchema,
  type Blocker as BlockerSchema,
  type CreateApplicationBody,
  type HistoryEvent as HistoryEventSchema,
  type NoticeRef as NoticeRefSchema,
  type ObjectionEvent as ObjectionEventSchema,
  type OfferedTransition as OfferedTransitionSchema,
  type UpdateApplicationBody,
} from '../../contract/applications';
import type { AttachmentUploadFields, AttachmentView } from '../../contract/attachments';
import type { OrganisationRef as OrganisationRefSchema } from '../../contract/common';
import type { documentFormats } from '../../contract/documents';
import type { InvitationCreated } from '../../contract/invitations';
import type { AnyRecordPayload, TransitionName } from '../../domain/workflow';
import { api } from './client';
import { type UploadOptions, uploadMultipart } from './upload';

/**
 * Wire types and calls of the applications API (docs/api-applications.md). The types are the server's
 * own schemas (contract/applications.ts): what is sent is their `z.input`, what comes back their
 * `z.output`, so a change on one side that the other does not follow fails the type check.
 */

export type OrganisationRef = z.output<typeof OrganisationRefSchema>;
/** One row of `GET /api/applications`: personal data masked. */
export type ApplicationSummary = z.output<typeof ApplicationSummarySchema>;
export type Attachment = z.output<typeof AttachmentView>;
/** The multipart fields of an upload (sent before the file). */
export type AttachmentUpload = z.input<typeof AttachmentUploadFields>;
export type Blocker = z.output<typeof BlockerSchema>;
export type OfferedTransition = z.output<typeof OfferedTransitionSchema>;
export type HistoryEvent = z.output<typeof HistoryEventSchema>;
export type NoticeRef = z.output<typeof NoticeRefSchema>;
export type ObjectionEvent = z.output<typeof ObjectionEventSchema>;
export type ApplicationDetail = z.output<typeof ApplicationDetailSchema>;

/** The draft as sent: a cleared field travels as `null` (or blank) so the server clears it too. */
export type DraftPayload = z.input<typeof CreateApplicationBody>;
export type ApplicationUpdate = z.input<typeof UpdateApplicationBody>;

/** A page of the list: limit and offset have the server's defaults when left out. */
export type ListFilter = Partial<z.output<typeof ApplicationListQuery>>;

const base = '/api/applications';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export function listApplications(
  filter: ListFilter,
  signal?: AbortSignal,
): Promise<z.output<typeof ApplicationList>> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined) query.set(key, String(value));
  }
  const suffix = query.size > 0 ? `?${query}` : '';
  return api.get(`${base}${suffix}`, { signal });
}

/**
 * Every application the filter selects, read page by page until `total`: a screen that needs them all
 * (the unit's steps) must not lose the 201st to a page size.
 */
export async function listAllApplications(
  filter: Omit<ListFilter, 'limit' | 'offset'>,
  signal?: AbortSignal,
): Promise<ApplicationSummary[]> {
  const items: ApplicationSummary[] = [];
  for (;;) {
    const page = await listApplications(
      { ...filter, limit: APPLICATION_PAGE_MAX, offset: items.length },
      signal,
    );
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

export function fetchApplication(id: string, signal?: AbortSignal): Promise<ApplicationDetail> {
  return api.get(one(id), { signal });
}

export function createApplication(draft: DraftPayload): Promise<ApplicationDetail> {
  return api.post(base, draft);
}

export function updateApplication(id: string, body: ApplicationUpdate): Promise<ApplicationDetail> {
  return api.patch(one(id), body);
}

export function deleteApplication(id: string): Promise<void> {
  return api.delete(one(id));
}

export function applyTransition(
  id: string,
  name: TransitionName,
  body: AnyRecordPayload & { version?: number },
): Promise<ApplicationDetail> {
  return api.post(`${one(id)}/transitions/${encodeURIComponent(name)}`, body);
}

export function attachmentUrl(applicationId: string, attachmentId: string): string {
  return `${one(applicationId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

export function attachmentsUrl(applicationId: string): string {
  return `${one(applicationId)}/attachments`;
}

/** Uploads one attachment (multipart: the contract's fields first, then the file), with progress. */
export function uploadAttachment(
  applicationId: string,
  fields: AttachmentUpload,
  file: File | Blob,
  options: Omit<UploadOptions, 'fields' | 'file'> = {},
): Promise<Attachment> {
  const sent: Record<string, string> = { kind: fields.kind };
  if (fields.declassified !== undefined) sent.declassified = fields.declassified;
  return uploadMultipart<Attachment>(attachmentsUrl(applicationId), { ...options, fields: sent, file });
}

export function deleteAttachment(applicationId: string, attachmentId: string): Promise<void> {
  return api.delete(attachmentUrl(applicationId, attachmentId));
}

export function annex2Url(applicationId: string, format: (typeof documentFormats)[number]): string {
  return `${one(applicationId)}/annex2.${format}`;
}

export function inviteCandidate(applicationId: string): Promise<z.output<typeof InvitationCreated>> {
  return api.post(`${one(applicationId)}/invitations`, {});
}
