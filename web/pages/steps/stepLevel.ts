import { actingLevelsOf, recommendsOwnStaff, type StepLevel, stepLevels } from '../../../domain/workflow';
import type { ApplicationSummary } from '../../api/applications';
import type { Session } from '../../api/session';
import type { DecidingLevel, RankingLevel } from '../../api/steps';
import type { MessageKey } from '../../i18n/translate';
import { appPaths } from '../../paths';
import { levelProgress, type Standing, stepOf } from './stepProgress';

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
  | 'report.submit'
  | 'report.confirm'
  | 'reported';

/**
 * The texts an organisation that recommends its own staff (a state-owned enterprise, a technical school:
 * 驻长国有企业、驻长技工院校直接向市人社局报送) reads in its own words, under `<level>.ownStaff.<name>`: it
 * is not an employer reporting to a recommender but its own recommender, reporting to the bureau.
 */
export const ownStaffTexts = {
  unit: [
    'pageTitle',
    'heading',
    'intro',
    'step.report',
    'report.title',
    'report.intro',
    'report.submit',
    'report.confirm',
    'reported',
  ],
  recommender: ['pageTitle', 'heading', 'intro', 'decision.intro'],
} as const satisfies Record<PageLevel, readonly LevelTextName[]>;

/**
 * The i18n key of one of the level's own texts (`<level>.<name>`, or `<level>.ownStaff.<name>` for an
 * organisation recommending its own staff); a level without the key in zh-CN does not compile.
 */
export function levelText(level: PageLevel, name: LevelTextName, ownStaff = false): MessageKey {
  const own: readonly LevelTextName[] = ownStaffTexts[level];
  if (ownStaff && own.includes(name)) return `${level}.ownStaff.${name}` as MessageKey;
  const key: `${PageLevel}.${LevelTextName}` = `${level}.${name}`;
  return key;
}

/** The texts of a level's notice that the shared notice components read, at every level (the city's too). */
type NoticeTextName = 'step.notice' | 'notices.empty';

/**
 * The i18n key of a notice text of `level` (`<level>.<name>`): the notice components serve the unit and the
 * recommender on their steps pages and the city (市级公示) on the bureau's selection screen.
 */
export function noticeText(level: StepLevel, name: NoticeTextName): MessageKey {
  const key: `${StepLevel}.${NoticeTextName}` = `${level}.${name}`;
  return key;
}

/**
 * Whether the session's officer recommends its own organisation's staff — an SOE's or a technical school's
 * officer, who takes the unit's and the recommender's steps both (not a district bureau's officer, who
 * recommends other units' staff): its screens then say so.
 */
export function ownStaffOf(session: Session): boolean {
  const levels = actingLevelsOf(session.role, recommendsOwnStaff(session.organisation.kind));
  return pageLevels.every((level) => levels.includes(stepLevels[level].runBy));
}

/** Whether the session's officer takes `level`'s steps (an SOE or school officer: both levels). */
export function actsAt(session: Session, level: PageLevel): boolean {
  const levels = actingLevelsOf(session.role, recommendsOwnStaff(session.organisation.kind));
  return levels.includes(stepLevels[level].runBy);
}

/**
 * The level's own applications in each of its steps (`stepOf`: by the statuses its transitions start
 * from), and the level's progress over them.
 */
export function byStep(level: PageLevel, session: Session, applications: ApplicationSummary[]) {
  const own = applications.filter((a) => organisationAt(level, a) === session.organisation.id);
  const placed = own.map((a) => ({ status: a.status, rank: rankAt(level, a) }));
  const at = (...standings: Standing[]) =>
    own.filter((a) => standings.includes(stepOf(level, { status: a.status, rank: rankAt(level, a) })));
  return {
    toDecide: at('decision'),
    toNotice: at('notice'),
    onNotice: at('objections'),
    noticed: at('ranking', 'report'),
    ranked: at('report'),
    progress: levelProgress(level, placed),
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
