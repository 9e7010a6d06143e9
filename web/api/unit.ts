import type { AwardCode } from '../../domain/roles';
import type { ApplicationSummary } from './applications';
import { api } from './client';

/** The employer unit's steps (docs/api-applications.md, "Unit steps"). */

export interface UnitDecisionInput {
  award?: AwardCode;
  applicationIds: string[];
  decidedOn: string;
  participants: string;
  summary?: string;
  minutesAttachmentId?: string;
}

export interface UnitDecision {
  id: string;
  decidedOn?: string;
  participants?: string;
  summary?: string | null;
}

export function recordUnitDecision(
  input: UnitDecisionInput,
): Promise<{ decision: UnitDecision; applications: ApplicationSummary[] }> {
  return api.post('/api/unit/decisions', input);
}

export type ObjectionStatus = 'open' | 'upheld' | 'dismissed';

export interface Objection {
  id: string;
  applicationId: string | null;
  submitterName: string;
  submitterPhoneMasked: string | null;
  content: string;
  status: ObjectionStatus;
  handling?: string | null;
  receivedAt: string;
}

export interface NoticeItem {
  applicationId: string;
  name: string;
  award: AwardCode;
}

export interface Notice {
  id: string;
  level: string;
  title: string;
  body: string;
  startDate: string;
  endDate: string;
  workingDays: number;
  status: string;
  items: NoticeItem[];
  objections: Objection[];
}

export function startUnitNotice(input: {
  applicationIds: string[];
  startDate: string;
  days?: number;
  title?: string;
  body?: string;
}): Promise<Notice> {
  return api.post('/api/unit/notices', input);
}

const notice = (id: string) => `/api/notices/${encodeURIComponent(id)}`;

export function fetchNotice(id: string, signal?: AbortSignal): Promise<Notice> {
  return api.get(notice(id), { signal });
}

/** The unit's own notices, newest first. */
export async function listUnitNotices(signal?: AbortSignal): Promise<Notice[]> {
  const { items } = await api.get<{ items: Notice[] }>('/api/notices?level=unit', { signal });
  return items;
}

export function noticeDocumentUrl(id: string): string {
  return `${notice(id)}/document.pdf`;
}

export function recordObjection(
  noticeId: string,
  input: {
    applicationId?: string;
    submitterName: string;
    submitterPhone?: string;
    content: string;
    receivedOn: string;
  },
): Promise<Objection> {
  return api.post(`${notice(noticeId)}/objections`, input);
}

export function handleObjection(
  objectionId: string,
  input: { status: 'upheld' | 'dismissed'; handling: string },
): Promise<Objection> {
  return api.patch(`/api/objections/${encodeURIComponent(objectionId)}`, input);
}

export function closeNotice(noticeId: string): Promise<Notice> {
  return api.post(`${notice(noticeId)}/close`, {});
}

export function saveUnitRanking(input: {
  award: AwardCode;
  applicationIds: string[];
}): Promise<{ items: ApplicationSummary[] }> {
  return api.put('/api/unit/ranking', input);
}
