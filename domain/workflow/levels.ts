import type { OrganisationKind, Role } from '../roles';
import { type NoticeLevel, noticeLevels } from '../statuses';
import { type ApplicationStatus, applicationStatuses, terminalStatuses } from './states';
import type { TransitionName } from './transitions';

/**
 * The levels of the hierarchy an application climbs (employer unit → recommender → bureau → talent
 * office) and the groups of statuses the transition table refers to.
 */

/** The level of the hierarchy that acts: the employer unit, the recommender, the bureau, the talent office. */
export type Level = 'employer' | 'recommender' | 'bureau' | 'talent_office';

/** `holder`: whichever level holds the application in its current status (see `statusHolder`). */
export type ActingLevel = Level | 'holder';

/** Who holds the application in each status, i.e. whose move it is. Terminal statuses: who closed it. */
export const statusHolder: Record<ApplicationStatus, Level> = {
  draft: 'employer',
  unit_decided: 'employer',
  unit_notice: 'employer',
  unit_noticed: 'employer',
  returned_to_unit: 'employer',
  at_recommender: 'recommender',
  recommender_decided: 'recommender',
  recommender_notice: 'recommender',
  recommender_noticed: 'recommender',
  returned_to_recommender: 'recommender',
  at_bureau: 'bureau',
  accepted: 'bureau',
  in_review: 'bureau',
  proposed: 'bureau',
  city_notice: 'bureau',
  city_noticed: 'bureau',
  pending_approval: 'talent_office',
  approved: 'bureau',
  awarded: 'bureau',
  prize_paid: 'bureau',
  not_proposed: 'bureau',
  withdrawn: 'employer',
  rejected: 'bureau',
  // Whichever level ran the notice closed it; no step follows, so the holder only matters for display.
  disqualified: 'bureau',
  revoked: 'bureau',
};

/** Which notice (公示) runs in a notice status, in the server's naming of notice levels. */
export const noticeLevelByStatus = {
  unit_notice: 'unit',
  recommender_notice: 'recommender',
  city_notice: 'city',
} as const satisfies Partial<Record<ApplicationStatus, 'unit' | 'recommender' | 'city'>>;

/** Before the report reaches the bureau: the employer unit may still withdraw its candidate. */
export const preBureauStatuses = [
  'draft',
  'unit_decided',
  'unit_notice',
  'unit_noticed',
  'returned_to_unit',
  'at_recommender',
  'recommender_decided',
  'recommender_notice',
  'recommender_noticed',
  'returned_to_recommender',
] as const satisfies readonly ApplicationStatus[];

export const nonTerminalStatuses: readonly ApplicationStatus[] = applicationStatuses.filter(
  (status) => !terminalStatuses.includes(status),
);

/**
 * The levels at which a role acts. An employer officer acts at the recommender level too only where
 * its organisation recommends its own staff (a state-owned enterprise or a technical school: 驻长国有企业、
 * 驻长技工院校直接向市人社局报送); in a plain employer unit the recommender's steps are never theirs.
 */
export function actingLevelsOf(role: Role, recommendsOwnStaff: boolean): Level[] {
  switch (role) {
    case 'employer_officer':
      return recommendsOwnStaff ? ['employer', 'recommender'] : ['employer'];
    case 'recommender_officer':
      return ['recommender'];
    case 'bureau_admin':
    case 'bureau_staff':
      return ['bureau'];
    case 'talent_office':
      return ['talent_office'];
    case 'expert':
    case 'candidate':
      return [];
  }
}

/** Only a recommending organisation can recommend its own staff: its officers act at both levels. */
export function recommendsOwnStaff(organisationKind: OrganisationKind): boolean {
  return organisationKind === 'recommender';
}

/** The level of the hierarchy that runs a notice of each of the server's notice levels. */
export const levelRunningNotice = {
  unit: 'employer',
  recommender: 'recommender',
  city: 'bureau',
} as const satisfies Record<StepLevel, Level>;

/**
 * The levels that take the same steps — a collective decision, a notice with its objections, a ranking
 * and a report upward — in the server's naming (`unit`, `recommender`, `city`). One table says, per level,
 * which transitions those steps are, so one service, one set of routes and one set of screens serve every
 * level. The city level has no collective decision of its own (the expert review stands in its place) and
 * reports to the talent office by submitting its list for approval.
 */
export const stepLevels = {
  unit: {
    runBy: levelRunningNotice.unit,
    decide: 'recordUnitDecision',
    startNotice: 'startUnitNotice',
    endNotice: 'endUnitNotice',
    report: 'reportToRecommender',
    /** The status in which the level ranks its candidates, and where the rank is kept. */
    rankable: 'unit_noticed',
    rankColumn: 'unitRank',
  },
  recommender: {
    runBy: levelRunningNotice.recommender,
    decide: 'recordRecommenderDecision',
    startNotice: 'startRecommenderNotice',
    endNotice: 'endRecommenderNotice',
    report: 'reportToBureau',
    rankable: 'recommender_noticed',
    rankColumn: 'recommenderRank',
  },
  city: {
    runBy: levelRunningNotice.city,
    decide: null,
    startNotice: 'startCityNotice',
    endNotice: 'endCityNotice',
    report: 'submitForApproval',
    rankable: null,
    rankColumn: null,
  },
} as const satisfies Record<
  StepLevel,
  {
    runBy: Level;
    decide: TransitionName | null;
    startNotice: TransitionName;
    endNotice: TransitionName;
    report: TransitionName;
    rankable: ApplicationStatus | null;
    rankColumn: 'unitRank' | 'recommenderRank' | null;
  }
>;

/** The levels of notices (`domain/statuses.ts`): the same three. */
export type StepLevel = NoticeLevel;
export const stepLevelNames = noticeLevels;

/** The step level a hierarchy level acts at (the talent office takes none of these steps). */
export function stepLevelOf(level: Level): StepLevel | undefined {
  return stepLevelNames.find((s) => stepLevels[s].runBy === level);
}
