import {
  type ApplicationStatus,
  statusHolder,
  stepLevels,
  terminalStatuses,
  transitionNames,
  transitions,
} from '../../../domain/workflow';
import type { DecidingLevel, RankingLevel } from '../../api/steps';

/**
 * The progress of a level's steps page, derived from its candidates' statuses alone: which of the page's
 * five cards each candidate waits in, and how many have left the level upward. The statuses of each card
 * come from the level's transitions in `stepLevels` (domain/workflow/levels.ts); nothing is restated here.
 */
type Level = DecidingLevel & RankingLevel;

/** The page's cards, in order: 1 collective decision … 5 opinion and report. */
export const progressSteps = ['decision', 'notice', 'objections', 'ranking', 'report'] as const;
export type ProgressStep = (typeof progressSteps)[number];

/** Where a candidate stands at the level: one of its steps, past it (reported upward), or neither. */
export type Standing = ProgressStep | 'reported' | null;

/** What `stepOf` reads: the status, and the rank the level gave (null before it ranked). */
export interface Placed {
  status: ApplicationStatus;
  rank: number | null;
}

/** Every status reachable from `start` through the transition table without passing through `stop`. */
function reachableFrom(
  start: ApplicationStatus,
  stop: (status: ApplicationStatus) => boolean,
): Set<ApplicationStatus> {
  const seen = new Set<ApplicationStatus>([start]);
  const queue: ApplicationStatus[] = [start];
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    if (stop(status)) continue;
    for (const name of transitionNames) {
      const { from, to } = transitions[name];
      if ((from as readonly ApplicationStatus[]).includes(status) && !seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/**
 * The statuses in which the level has done its part: reachable from where its report leads without coming
 * back to the level, held by another level, and not an end off the path (withdrawn, disqualified, revoked …
 * count nowhere). A return to the level (退回) is held by it again: it is back in the level's hands.
 */
function reportedStatuses(level: Level): Set<ApplicationStatus> {
  const { report, runBy } = stepLevels[level];
  const heldHere = (status: ApplicationStatus) => statusHolder[status] === runBy;
  const past = [...reachableFrom(transitions[report].to, heldHere)].filter(
    (status) => !heldHere(status) && !terminalStatuses.includes(status),
  );
  return new Set(past);
}

const reportedByLevel = { unit: reportedStatuses('unit'), recommender: reportedStatuses('recommender') };

/** The card a candidate waits in at `level`, `reported` once it went up, null if it is in none. */
export function stepOf(level: Level, { status, rank }: Placed): Standing {
  const steps = stepLevels[level];
  const startsFrom = (name: keyof typeof transitions) =>
    (transitions[name].from as readonly ApplicationStatus[]).includes(status);
  if (startsFrom(steps.decide)) return 'decision';
  if (startsFrom(steps.startNotice)) return 'notice';
  if (startsFrom(steps.endNotice)) return 'objections';
  if (status === steps.rankable) return rank === null ? 'ranking' : 'report';
  if (reportedByLevel[level].has(status)) return 'reported';
  return null;
}

export type StepState = 'wait' | 'process' | 'finish';

export interface LevelProgress {
  /** The first card with a candidate waiting in it (the one to work on); the number of cards when none. */
  current: number;
  steps: { step: ProgressStep; count: number; state: StepState }[];
  /** Candidates the level has reported upward. */
  reported: number;
}

/**
 * One progress for the level: each card with the number of candidates waiting in it — `process` when
 * someone waits there, `finish` when every candidate is past it, `wait` otherwise. After the last report
 * every card is finished (the bar does not fall back to the first step).
 */
export function levelProgress(level: Level, candidates: readonly Placed[]): LevelProgress {
  const standings = candidates.map((candidate) => stepOf(level, candidate));
  const reported = standings.filter((s) => s === 'reported').length;
  const counts = progressSteps.map((step) => standings.filter((s) => s === step).length);
  const first = counts.findIndex((n) => n > 0);
  const current = first >= 0 ? first : reported > 0 ? progressSteps.length : 0;
  const steps = progressSteps.map((step, index) => {
    const count = counts[index] ?? 0;
    const state: StepState = count > 0 ? 'process' : index < current ? 'finish' : 'wait';
    return { step, count, state };
  });
  return { current, steps, reported };
}
