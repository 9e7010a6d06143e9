import type { Role } from '../../../domain/roles';
import type { CurrentEdition } from '../../api/editions';
import type { MessageKey } from '../../i18n/translate';

type Schedule = CurrentEdition['schedule'];

/** When a step takes place, as the edition's schedule gives it. */
export type When =
  /** the latest day the step may take place, with the working days left until it */
  | { kind: 'latest'; day: string; workingDaysLeft: number; noticeEnd?: string }
  /** the submission window itself */
  | { kind: 'window' }
  /** no date in the edition: who sets it, or what it follows */
  | { kind: 'text'; text: MessageKey }
  /** a date the calendar cannot give until the bureau enters the year */
  | { kind: 'unknown'; year: number };

export interface Milestone {
  key: string;
  title: MessageKey;
  when: When;
  hint?: MessageKey;
}

/**
 * The steps of the edition a role takes or waits for, in their order, with the dates the server computed
 * (server/services/editions-schedule.ts): the unit's and the recommender's latest notice and report before
 * the submission window, and after it the bureau's steps, which have no date in the edition.
 */
export function milestonesFor(role: Role, recommendsOwnStaff: boolean, schedule: Schedule): Milestone[] {
  const unknown = schedule.unknownCalendarYear ?? 0;
  const latest = (deadline: { day: string; workingDaysLeft: number } | null): When =>
    deadline ? { kind: 'latest', ...deadline } : { kind: 'unknown', year: unknown };
  const latestNotice = (notice: Schedule['unitNotice']): When =>
    notice ? { kind: 'latest', ...notice.start, noticeEnd: notice.end } : { kind: 'unknown', year: unknown };
  const unitNotice: Milestone = {
    key: 'unitNotice',
    title: 'home.dates.unitNotice',
    when: latestNotice(schedule.unitNotice),
    hint: 'home.dates.unitNotice.hint',
  };
  const recommenderNotice: Milestone = {
    key: 'recommenderNotice',
    title: 'home.dates.recommenderNotice',
    when: latestNotice(schedule.recommenderNotice),
    hint: 'home.dates.recommenderNotice.hint',
  };
  const deliver = (title: MessageKey): Milestone => ({
    key: 'deliver',
    title,
    when: { kind: 'window' },
    hint: 'home.dates.deliver.hint',
  });
  const intake: Milestone = { key: 'intake', title: 'home.dates.bureauIntake', when: { kind: 'window' } };
  const review: Milestone = {
    key: 'review',
    title: 'home.dates.review',
    when: { kind: 'text', text: 'home.dates.afterIntake' },
    hint: 'home.dates.review.hint',
  };
  const cityNotice: Milestone = {
    key: 'cityNotice',
    title: 'home.dates.cityNotice',
    when: { kind: 'text', text: 'home.dates.afterIntake' },
  };

  switch (role) {
    case 'employer_officer':
      return recommendsOwnStaff
        ? [unitNotice, recommenderNotice, deliver('home.dates.deliver')]
        : [
            unitNotice,
            {
              key: 'unitReport',
              title: 'home.dates.unitReport',
              when: latest(schedule.unitReport),
              hint: 'home.dates.unitReport.hint',
            },
            deliver('home.dates.recommenderDelivers'),
          ];
    case 'recommender_officer':
      return [
        {
          key: 'unitsArrive',
          title: 'home.dates.unitsArrive',
          when: latest(schedule.unitReport),
          hint: 'home.dates.unitsArrive.hint',
        },
        recommenderNotice,
        deliver('home.dates.deliver'),
      ];
    case 'bureau_admin':
    case 'bureau_staff':
      return [
        { ...intake, title: 'home.dates.intake', hint: 'home.dates.intake.hint' },
        review,
        cityNotice,
        {
          key: 'approval',
          title: 'home.dates.approval',
          when: { kind: 'text', text: 'home.dates.afterCityNotice' },
        },
        {
          key: 'decision',
          title: 'home.dates.decision',
          when: { kind: 'text', text: 'home.dates.afterApproval' },
        },
      ];
    case 'expert':
      return [
        intake,
        {
          key: 'panels',
          title: 'home.expert.panels',
          when: { kind: 'text', text: 'home.dates.afterIntake' },
          hint: 'home.expert.panels.hint',
        },
        review,
      ];
    case 'talent_office':
      return [
        intake,
        review,
        cityNotice,
        {
          key: 'approval',
          title: 'home.talent.arrives',
          when: { kind: 'text', text: 'home.dates.afterCityNotice' },
        },
      ];
    case 'candidate':
      return [];
  }
}
