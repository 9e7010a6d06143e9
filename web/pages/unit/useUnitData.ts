import { type ApplicationSummary, fetchApplication, listApplications } from '../../api/applications';
import { fetchNotice, type Notice } from '../../api/unit';
import { useApiResource } from '../../api/useApiResource';

export interface UnitData {
  applications: ApplicationSummary[];
  /** The unit notices the unit's applications are on, newest first. */
  notices: Notice[];
}

/**
 * The unit's applications and the notices they are on. The list API does not name the notice, so the
 * detail of one application per status on a notice gives its id.
 */
async function loadUnitData(signal: AbortSignal): Promise<UnitData> {
  const { items } = await listApplications({ limit: 200 }, signal);
  const notices = new Map<string, Notice>();
  const covered = new Set<string>();
  for (const application of items) {
    if (application.status !== 'unit_notice' && application.status !== 'unit_noticed') continue;
    // Siblings on a notice already fetched need no detail of their own (each detail read is audited).
    if (covered.has(application.id)) continue;
    const detail = await fetchApplication(application.id, signal);
    if (!detail.notice || notices.has(detail.notice.id)) continue;
    const notice = await fetchNotice(detail.notice.id, signal);
    notices.set(notice.id, notice);
    for (const item of notice.items) covered.add(item.applicationId);
  }
  const sorted = [...notices.values()].sort((a, b) => b.startDate.localeCompare(a.startDate));
  return { applications: items, notices: sorted };
}

export function useUnitData() {
  return useApiResource((signal) => loadUnitData(signal), []);
}
