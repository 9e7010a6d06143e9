import type { WorkingDayCalendar } from '../../domain/calendar';
import { addDays } from '../../domain/calendar/days';
import {
  type ApplicationStatus,
  type TransitionName,
  transitionNames,
  transitionOf,
} from '../../domain/workflow';

/** One move of a path: the transition and the statuses it joins. */
export interface PathStep {
  transition: TransitionName;
  from: ApplicationStatus;
  to: ApplicationStatus;
}

/**
 * The shortest way from one status to another through the domain's transition table (breadth-first
 * over `from` → `to`; among paths of equal length, the one whose moves come first in the table).
 */
export function shortestPath(from: ApplicationStatus, to: ApplicationStatus): PathStep[] {
  const cameBy = new Map<ApplicationStatus, PathStep | null>([[from, null]]);
  const queue: ApplicationStatus[] = [from];
  while (queue.length > 0 && !cameBy.has(to)) {
    const status = queue.shift() as ApplicationStatus;
    for (const transition of transitionNames) {
      const { from: sources, to: target } = transitionOf(transition);
      if (!sources.includes(status) || cameBy.has(target)) continue;
      cameBy.set(target, { transition, from: status, to: target });
      queue.push(target);
    }
  }
  if (!cameBy.has(to)) throw new Error(`no path from ${from} to ${to} in the transition table`);
  const steps: PathStep[] = [];
  for (let step = cameBy.get(to); step; step = cameBy.get(step.from)) steps.unshift(step);
  return steps;
}

/** The path from `draft` to `status`, passing the `through` statuses in order (each by its shortest way). */
export function pathTo(status: ApplicationStatus, through: readonly ApplicationStatus[] = []): PathStep[] {
  const stops: ApplicationStatus[] = ['draft', ...through, status];
  const steps: PathStep[] = [];
  for (let i = 1; i < stops.length; i++) {
    steps.push(...shortestPath(stops[i - 1] as ApplicationStatus, stops[i] as ApplicationStatus));
  }
  return steps;
}

const noticeStarts: readonly TransitionName[] = [
  'startUnitNotice',
  'startRecommenderNotice',
  'startCityNotice',
];
const noticeEnds: readonly TransitionName[] = ['endUnitNotice', 'endRecommenderNotice', 'endCityNotice'];

export const isNoticeStart = (name: TransitionName) => noticeStarts.includes(name);

/**
 * The day (Asia/Shanghai) each move of the path was made, the last one today: one day apart, except that
 * a notice runs its working days first — its end is moved the day after the notice's last day, and an
 * objection upheld during a notice falls inside it.
 */
export function pathDays(
  steps: readonly PathStep[],
  today: string,
  calendar: WorkingDayCalendar,
  noticeDays: number,
): string[] {
  const days: string[] = new Array(steps.length);
  for (let i = steps.length - 1; i >= 0; i--) {
    const next = days[i + 1];
    const step = steps[i] as PathStep;
    if (next === undefined) {
      days[i] = today;
      continue;
    }
    let day = addDays(next, -1);
    if (isNoticeStart(step.transition)) {
      const closes = noticeEnds.includes((steps[i + 1] as PathStep).transition);
      // the notice ended before the day it was closed; any other move came while it ran
      while (
        closes
          ? calendar.noticePeriod(day, noticeDays).end >= next
          : calendar.noticePeriod(day, noticeDays).start > next
      ) {
        day = addDays(day, -1);
      }
    }
    days[i] = day;
  }
  return days;
}
