import { stepLevels, transitions } from '../../../domain/workflow';
import { type ApplicationSummary, listAllApplications } from '../../api/applications';
import { listNotices, type Notice } from '../../api/steps';
import { useApiResource } from '../../api/useApiResource';
import type { PageLevel } from './stepLevel';

export interface StepsData {
  applications: ApplicationSummary[];
  /** The level's notices its applications are on, newest first. */
  notices: Notice[];
}

/**
 * The applications the caller sees and the level's notices that still concern them (a candidate on notice
 * or just off it, waiting to be ranked).
 */
async function loadStepsData(level: PageLevel, signal: AbortSignal): Promise<StepsData> {
  // every application the caller sees, page after page: a list that stops at a cap would drop rows silently
  const [items, notices] = await Promise.all([listAllApplications({}, signal), listNotices(level, signal)]);
  const { endNotice } = stepLevels[level];
  const concerned: readonly string[] = [...transitions[endNotice].from, transitions[endNotice].to];
  const current = new Set(items.filter((a) => concerned.includes(a.status)).map((a) => a.id));
  const relevant = notices.filter((notice) => notice.items.some((item) => current.has(item.applicationId)));
  return { applications: items, notices: relevant.sort((a, b) => b.startDate.localeCompare(a.startDate)) };
}

export function useStepsData(level: PageLevel) {
  return useApiResource((signal) => loadStepsData(level, signal), [level]);
}
