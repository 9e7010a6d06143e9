import type { homeZhCN } from './home.zh-CN';

/** The home page's texts (en-US), spread into en-US.ts; same keys as home.zh-CN.ts. */
export const homeEnUS: Record<keyof typeof homeZhCN, string> = {
  'home.edition.title': 'This edition',
  'home.edition.window': 'Submission window',
  'home.edition.windowNote':
    'The recommenders hand the application materials to the bureau on these days; materials brought earlier or later are not accepted.',
  'home.edition.left.before': '{working} working days ({days} days, today included) until the window closes',
  'home.edition.left.open': 'The window is open: {working} working days ({days} days) left, today included',
  'home.edition.left.closed': 'The submission window of this edition has closed',
  'home.edition.left.unknownYear':
    "{days} days (today included) until the window closes. The {year} holiday arrangement is not on record yet, so working days cannot be counted: a bureau administrator must first enter that year's calendar.",
  'home.edition.address': 'Delivery address',
  'home.edition.contact': 'Contact',
  'home.edition.phone': 'Phone',
  'home.edition.loadFailed': 'The edition could not be loaded',

  'home.dates.title': 'Your dates',
  'home.dates.latest': 'By {day} at the latest',
  'home.dates.noticeLatest': 'Starting by {start} at the latest, ending {end}',
  'home.dates.bureauIntake': "The bureau receives the recommenders' materials",
  'home.dates.workingLeft': '{n} working days left',
  'home.dates.passed': 'passed',
  'home.dates.unknown': 'Counted once the {year} calendar is entered',
  'home.dates.afterIntake': 'Set by the bureau after intake',
  'home.dates.afterCityNotice': 'After the city notice has ended',
  'home.dates.derivedNote':
    'The "at the latest" dates are counted back from the window as the work plan sets it: every level posts a {n}-working-day notice and reports only once it has ended without objection, at least one working day before the next level\'s notice has to start.',

  'home.dates.unitNotice': 'Unit notice ({n} working days)',
  'home.dates.unitNotice.hint':
    "Posted in the unit after the leadership's collective decision; candidates without objection are ranked and reported.",
  'home.dates.unitReport': 'Report to the recommender',
  'home.dates.unitReport.hint':
    'The recommender then reviews, decides and posts its own {n}-working-day notice.',
  'home.dates.unitsArrive': "Units' reports arrive",
  'home.dates.unitsArrive.hint': 'Your employer units report their candidates by this day at the latest.',
  'home.dates.recommenderNotice': 'Recommender notice ({n} working days)',
  'home.dates.recommenderNotice.hint':
    'Posted after your review and collective decision; candidates without objection are ranked.',
  'home.dates.deliver': 'Hand the materials to the bureau',
  'home.dates.deliver.hint': 'Deliver to: {address}',
  'home.dates.recommenderDelivers': 'The recommender hands the materials to the bureau',
  'home.dates.afterApproval': "After the Talent Office's approval",
  'home.dates.intake': "Receive the recommenders' materials",
  'home.dates.intake.hint': 'Delivered to: {address}',
  'home.dates.review': 'Expert review',
  'home.dates.review.hint':
    'The bureau has experts review the candidates against the conditions and proposes the winners.',
  'home.dates.cityNotice': 'City notice ({n} working days)',
  'home.dates.approval': 'Approval by the Talent Office',
  'home.dates.decision': 'The bureau announces the awards',

  'home.expert.intro':
    'The application materials reach the bureau in the submission window; the expert review follows their intake. The bureau assigns the review panels: you are told your applications and review dates, and they appear under "My to-do".',
  'home.expert.panels': 'Review panels',
  'home.expert.panels.hint': 'Assigned by the bureau; you are told once assigned.',
  'home.talent.intro':
    'After the expert review and the {n}-working-day city notice, the bureau sends the list of proposed winners to the Talent Office for approval. It appears under "My to-do" when it arrives.',
  'home.talent.arrives': 'The list of proposed winners reaches the Talent Office',
  'home.bureau.intro':
    'The recommenders deliver in the submission window; the dates of the review, the city notice and the approval after intake are set by the bureau.',

  'home.candidate.title': 'My application',
  'home.candidate.none':
    'Your unit has not started an application for you yet. The unit fills it in and recommends you; if it needs your personal details, it sends you an invitation link.',
  'home.candidate.view': 'View the application',
  'home.candidate.status': 'Status',
  'home.candidate.next': 'Next',
  'home.candidate.next.employer':
    "With your unit: after the leadership's collective decision it posts a {n}-working-day notice in the unit and, without objection, reports you to the recommender.",
  'home.candidate.next.employerBy': 'The unit reports to the recommender by {day} at the latest.',
  'home.candidate.next.recommender':
    'Reported to the recommender: it reviews, posts a {n}-working-day notice and hands the materials to the bureau in the submission window.',
  'home.candidate.next.bureau':
    'Reported to the bureau: after intake experts review the candidates, and the proposed winners are posted city-wide for {n} working days.',
  'home.candidate.next.talent_office':
    'The proposed winners are with the Talent Office for approval; the bureau then announces the awards.',
  'home.candidate.next.awarded': 'Awarded: the bureau confers the title, the certificate and the prize.',
  'home.candidate.next.closed': 'This application has ended. Your unit can tell you more.',
};
