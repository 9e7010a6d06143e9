import { type ApplicationSummary, listApplications } from '../../api/applications';
import { listUnitNotices, type Notice } from '../../api/unit';
import { useApiResource } from '../../api/useApiResource';

export interface UnitData {
  applications: ApplicationSummary[];
  /** The unit notices the unit's applications are on, newest first. */
  notices: Notice[];
}

/** The unit's applications and the notices that still concern them (a candidate on notice or just off it). */
async function loadUnitData(signal: AbortSignal): Promise<UnitData> {
  const [{ items }, notices] = await Promise.all([
    listApplications({ limit: 200 }, signal),
    listUnitNotices(signal),
  ]);
  const current = new Set(
    items.filter((a) => a.status === 'unit_notice' || a.status === 'unit_noticed').map((a) => a.id),
  );
  const relevant = notices.filter((notice) => notice.items.some((item) => current.has(item.applicationId)));
  return { applications: items, notices: relevant.sort((a, b) => b.startDate.localeCompare(a.startDate)) };
}

export function useUnitData() {
  return useApiResource((signal) => loadUnitData(signal), []);
}
