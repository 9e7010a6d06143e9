import {
  type ApplicationStatus,
  actingLevelsOf,
  recommendsOwnStaff,
  stepLevels,
  transitions,
} from '../../../domain/workflow';
import type { ApplicationSummary } from '../../api/applications';
import type { Session } from '../../api/session';
import type { DecidingLevel, RankingLevel } from '../../api/steps';
import type { MessageKey } from '../../i18n/translate';
import { appPaths } from '../../paths';

/**
 * What differs between the levels that take the four shared steps on a page of their own (the unit and
 * the recommender): the transitions and statuses come from `stepLevels`, the words from the i18n keys
 * `<level>.<name>`. The city level has no collective decision and no ranking; its notice comes with the
 * bureau's own screens.
 */
export type PageLevel = DecidingLevel & RankingLevel;

/** Where each level's steps page lives. */
export const stepsPagePaths = {
  unit: appPaths.unit,
  recommender: appPaths.recommender,
} as const satisfies Record<PageLevel, string>;

export const pageLevels = Object.keys(stepsPagePaths) as PageLevel[];

/** The texts that name the level (its notice, whom it reports to, whose opinion it writes …). */
type LevelTextName =
  | 'pageTitle'
  | 'heading'
  | 'intro'
  | 'onlyActor'
  | 'step.notice'
  | 'step.report'
  | 'decision.intro'
  | 'notice.title'
  | 'notices.empty'
  | 'report.title'
  | 'report.intro'
  | 'report.opinion'
  | 'report.defaultOpinion'
  | 'report.submit';

/** The i18n key of one of the level's own texts; a level without the key in zh-CN does not compile. */
export function levelText(level: PageLevel, name: LevelTextName): MessageKey {
  const key: `${PageLevel}.${LevelTextName}` = `${level}.${name}`;
  return key;
}

/** Whether the session's officer takes `level`'s steps (an SOE or school officer: both levels). */
export function actsAt(session: Session, level: PageLevel): boolean {
  const levels = actingLevelsOf(session.role, recommendsOwnStaff(session.organisation.kind));
  return levels.includes(stepLevels[level].runBy);
}

/** The level's applications in each of its steps, by the statuses its transitions start from. */
export function byStep(level: PageLevel, session: Session, applications: ApplicationSummary[]) {
  const steps = stepLevels[level];
  const own = applications.filter((a) => organisationAt(level, a) === session.organisation.id);
  const inStatus = (statuses: readonly ApplicationStatus[]) => own.filter((a) => statuses.includes(a.status));
  const noticed = inStatus([steps.rankable]);
  return {
    toDecide: inStatus(transitions[steps.decide].from),
    toNotice: inStatus(transitions[steps.startNotice].from),
    onNotice: inStatus(transitions[steps.endNotice].from),
    noticed,
    ranked: noticed.filter((a) => rankAt(level, a) !== null),
  };
}

/** The organisation that takes the level's steps for this application. */
function organisationAt(level: PageLevel, application: ApplicationSummary): string {
  return stepLevels[level].runBy === 'employer' ? application.employer.id : application.recommender.id;
}

/** The candidate's rank at the level, as saved (null before the level ranked it). */
export function rankAt(level: PageLevel, application: ApplicationSummary): number | null {
  return application[stepLevels[level].rankColumn];
}
