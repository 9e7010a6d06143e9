import type { Message } from '../message';
import type { Role } from '../roles';
import type { GuardCode } from './guards';
import { type ActingLevel, nonTerminalStatuses, preBureauStatuses } from './levels';
import type { ApplicationStatus } from './states';

/**
 * Every move an application can make through the seven steps of the work plan (§三), as data.
 * Editing an application is not a transition; only the moves the plan names (decisions, notices,
 * reports, returns, acceptance, review, approval, decision, payment) and the exits from it are.
 */

/** What the server must record with the event, beyond who, when, from and to. */
export type TransitionRecord =
  /** 领导集体研究决定: meeting date and uploaded minutes. */
  | 'decision'
  /** 公示: start and end dates, where it was posted, a screenshot. */
  | 'notice'
  /** The notice's outcome: objections received and how each was handled. */
  | 'notice_result'
  /** The ranking (排序) within the unit or the recommender. */
  | 'ranking'
  /** What was reported upward: the recommendation report, summary table, dossier. */
  | 'report'
  /** A free-text reason given by the actor. */
  | 'reason'
  /** The objection that was upheld. */
  | 'objection'
  /** Paper materials received at the bureau's desk: date and receipt. */
  | 'intake'
  /** The expert panel assigned. */
  | 'panel'
  /** Total score and rank from the expert review. */
  | 'review_result'
  /** The list sent to the talent office. */
  | 'submission'
  /** The talent office's approval document. */
  | 'approval'
  /** The bureau's published decision (document number and date). */
  | 'decision_document'
  /** Prize payment: amount, date, bank reference. */
  | 'payment'
  /** The verified finding behind a revocation (经查实). */
  | 'finding';

export interface Transition {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  by: readonly Role[];
  guards: readonly GuardCode[];
  records: readonly TransitionRecord[];
  label: Message;
  requiresReason?: boolean;
  /**
   * Which level acts. `employer_officer` acts at the employer level, and at the recommender level only
   * on an application its own organisation both employs and recommends (state-owned enterprises and
   * technical schools recommending their own staff: 驻长国有企业、驻长技工院校直接向市人社局报送).
   */
  level: ActingLevel;
}

const EMPLOYER: readonly Role[] = ['employer_officer'];
const RECOMMENDER: readonly Role[] = ['recommender_officer', 'employer_officer'];
const BUREAU: readonly Role[] = ['bureau_admin', 'bureau_staff'];
const TALENT_OFFICE: readonly Role[] = ['talent_office'];

export const transitions = {
  // Step 2 — grassroots recommendation (基层推荐): collective decision, 5-working-day notice, ranking.
  recordUnitDecision: {
    from: ['draft', 'returned_to_unit'],
    to: 'unit_decided',
    by: EMPLOYER,
    level: 'employer',
    guards: ['materials_complete', 'eligibility_clean'],
    records: ['decision'],
    label: { zh: '记录单位集体研究决定', en: "Record the unit's collective decision" },
  },
  startUnitNotice: {
    from: ['unit_decided'],
    to: 'unit_notice',
    by: EMPLOYER,
    level: 'employer',
    guards: ['notice_scheduled'],
    records: ['notice'],
    label: { zh: '开始单位公示', en: 'Start the unit notice' },
  },
  endUnitNotice: {
    from: ['unit_notice'],
    to: 'unit_noticed',
    by: EMPLOYER,
    level: 'employer',
    guards: ['notice_ended_without_open_objection'],
    records: ['notice_result'],
    label: { zh: '结束单位公示', en: 'Close the unit notice' },
  },
  reportToRecommender: {
    from: ['unit_noticed'],
    to: 'at_recommender',
    by: EMPLOYER,
    level: 'employer',
    guards: ['ranked', 'edition_open'],
    records: ['ranking', 'report'],
    label: { zh: '报送推荐单位', en: 'Report to the recommender' },
  },

  // Step 3 — level-by-level review (逐级评审) at the recommender, within its quota.
  // The recommender may send an application back from any status it holds outside a running notice:
  // that is also how it leaves out a candidate it will not put forward (差额 within its quota), since
  // the plan gives no separate "not recommended" end; the unit may then withdraw.
  returnToUnit: {
    from: ['at_recommender', 'recommender_decided', 'recommender_noticed', 'returned_to_recommender'],
    to: 'returned_to_unit',
    by: RECOMMENDER,
    level: 'recommender',
    guards: [],
    records: ['reason'],
    requiresReason: true,
    label: { zh: '退回申报单位', en: 'Return to the unit' },
  },
  // 谁推荐、谁负责: the recommender checks materials and eligibility again before deciding.
  recordRecommenderDecision: {
    from: ['at_recommender'],
    to: 'recommender_decided',
    by: RECOMMENDER,
    level: 'recommender',
    guards: ['recommender_reviewed', 'materials_complete', 'eligibility_clean'],
    records: ['decision'],
    label: { zh: '记录推荐单位集体研究决定', en: "Record the recommender's collective decision" },
  },
  startRecommenderNotice: {
    from: ['recommender_decided'],
    to: 'recommender_notice',
    by: RECOMMENDER,
    level: 'recommender',
    guards: ['notice_scheduled'],
    records: ['notice'],
    label: { zh: '开始推荐单位公示', en: 'Start the recommender notice' },
  },
  endRecommenderNotice: {
    from: ['recommender_notice'],
    to: 'recommender_noticed',
    by: RECOMMENDER,
    level: 'recommender',
    guards: ['notice_ended_without_open_objection'],
    records: ['notice_result'],
    label: { zh: '结束推荐单位公示', en: 'Close the recommender notice' },
  },
  reportToBureau: {
    from: ['recommender_noticed'],
    to: 'at_bureau',
    by: RECOMMENDER,
    level: 'recommender',
    // 10月24-26日…提前或逾期均不予受理: the report online, like the paper at the desk, only in the window
    guards: ['within_submission_window', 'ranked', 'within_quota'],
    records: ['ranking', 'report'],
    label: { zh: '报送市人社局', en: 'Report to the bureau' },
  },
  // After a return from the bureau the recommender corrects and reports again; the quota is checked
  // again because a returned application does not hold a place.
  reReportToBureau: {
    from: ['returned_to_recommender'],
    to: 'at_bureau',
    by: RECOMMENDER,
    level: 'recommender',
    guards: ['within_submission_window', 'ranked', 'within_quota'],
    records: ['report'],
    label: { zh: '重新报送市人社局', en: 'Report to the bureau again' },
  },

  // Bureau intake (受理): paper materials only inside the submission window.
  returnToRecommender: {
    from: ['at_bureau'],
    to: 'returned_to_recommender',
    by: BUREAU,
    level: 'bureau',
    guards: [],
    records: ['reason'],
    requiresReason: true,
    label: { zh: '退回推荐单位', en: 'Return to the recommender' },
  },
  accept: {
    from: ['at_bureau'],
    to: 'accepted',
    by: BUREAU,
    level: 'bureau',
    guards: ['within_submission_window', 'materials_complete'],
    records: ['intake'],
    label: { zh: '受理', en: 'Accept' },
  },
  reject: {
    from: ['at_bureau'],
    to: 'rejected',
    by: BUREAU,
    level: 'bureau',
    guards: [],
    records: ['reason'],
    requiresReason: true,
    label: { zh: '不予受理', en: 'Refuse' },
  },

  // Step 4 — comprehensive expert review (综合评审), competitive: at most the award's places proposed.
  startReview: {
    from: ['accepted'],
    to: 'in_review',
    by: BUREAU,
    level: 'bureau',
    guards: ['panel_assigned'],
    records: ['panel'],
    label: { zh: '开始专家评审', en: 'Start the expert review' },
  },
  propose: {
    from: ['in_review'],
    to: 'proposed',
    by: BUREAU,
    level: 'bureau',
    guards: ['scores_complete', 'ranked_among_winners', 'within_award_places'],
    records: ['review_result'],
    label: { zh: '提出为拟评选对象', en: 'Propose as a winner' },
  },
  notPropose: {
    from: ['in_review'],
    to: 'not_proposed',
    by: BUREAU,
    level: 'bureau',
    guards: ['scores_complete', 'ranked_outside_winners'],
    records: ['review_result'],
    label: { zh: '未入选', en: 'Not proposed' },
  },

  // Step 5 — city-level notice (市级公示).
  startCityNotice: {
    from: ['proposed'],
    to: 'city_notice',
    by: BUREAU,
    level: 'bureau',
    guards: ['notice_scheduled'],
    records: ['notice'],
    label: { zh: '开始市级公示', en: 'Start the city notice' },
  },
  endCityNotice: {
    from: ['city_notice'],
    to: 'city_noticed',
    by: BUREAU,
    level: 'bureau',
    guards: ['notice_ended_without_open_objection'],
    records: ['notice_result'],
    label: { zh: '结束市级公示', en: 'Close the city notice' },
  },

  // Step 6 — approval by the talent office (上报审定).
  submitForApproval: {
    from: ['city_noticed'],
    to: 'pending_approval',
    by: BUREAU,
    level: 'bureau',
    guards: [],
    records: ['submission'],
    label: { zh: '报人才办审定', en: 'Submit for approval' },
  },
  approve: {
    from: ['pending_approval'],
    to: 'approved',
    by: TALENT_OFFICE,
    level: 'talent_office',
    guards: [],
    records: ['approval'],
    label: { zh: '审定通过', en: 'Approve' },
  },
  returnFromApproval: {
    from: ['pending_approval'],
    to: 'city_noticed',
    by: TALENT_OFFICE,
    level: 'talent_office',
    guards: [],
    records: ['reason'],
    requiresReason: true,
    label: { zh: '退回市人社局', en: 'Return to the bureau' },
  },
  // After the talent office returns a candidate, the bureau resubmits or takes the candidate off the
  // list. Without this exit a candidate refused at approval could only be revoked, which is the
  // disciplinary sanction of §三(二)4 and would wrongly count against the recommender. The place is not
  // refilled: a substitute would need its own city notice, which the plan does not provide for.
  withdrawProposal: {
    from: ['city_noticed'],
    to: 'not_proposed',
    by: ['bureau_admin'],
    level: 'bureau',
    guards: [],
    records: ['reason'],
    requiresReason: true,
    label: { zh: '撤回拟评选对象', en: 'Take off the proposed list' },
  },

  // Step 7 — decision, certificate and prize (确定人员).
  publishDecision: {
    from: ['approved'],
    to: 'awarded',
    by: BUREAU,
    level: 'bureau',
    guards: ['approval_given'],
    records: ['decision_document'],
    label: { zh: '发布获评决定', en: 'Publish the decision' },
  },
  recordPrizePaid: {
    from: ['awarded'],
    to: 'prize_paid',
    by: BUREAU,
    level: 'bureau',
    guards: ['bank_account_present'],
    records: ['payment'],
    label: { zh: '登记奖金已发放', en: 'Record the prize as paid' },
  },

  // Exits.
  // The employer unit may withdraw its candidate while the application is below the bureau (including
  // after the bureau returned it to the recommender). Once at the bureau it is in the bureau's intake and
  // leaves only by return, refusal, non-selection or revocation.
  withdraw: {
    from: preBureauStatuses,
    to: 'withdrawn',
    by: EMPLOYER,
    level: 'employer',
    guards: [],
    records: ['reason'],
    requiresReason: true,
    label: { zh: '撤回申报', en: 'Withdraw the application' },
  },
  // 严肃纪律 (§三(二)4): forged identity or a recommendation outside the conditions or procedure,
  // once verified, revokes the candidate: terminal, no substitution, no re-submission, the place is not
  // refilled. Reserved to bureau_admin because it also weighs on the recommender's next quota.
  // A paid prize (prize_paid, terminal) is out of reach here: reclaiming one is a separate procedure.
  revoke: {
    from: nonTerminalStatuses,
    to: 'revoked',
    by: ['bureau_admin'],
    level: 'bureau',
    guards: [],
    records: ['reason', 'finding'],
    requiresReason: true,
    label: { zh: '撤销推荐对象资格', en: 'Revoke the candidacy' },
  },
  // An objection upheld during a notice disqualifies the candidate. The level running the notice
  // decides (the unit, the recommender or the bureau), hence `holder`. Its end is `disqualified`, not
  // the bureau's `rejected` (不予受理): below the bureau it never held a place of the recommender's quota. An open objection otherwise
  // holds the notice open through the `notice_ended_without_open_objection` guard.
  disqualifyOnObjection: {
    from: ['unit_notice', 'recommender_notice', 'city_notice'],
    to: 'disqualified',
    by: ['employer_officer', 'recommender_officer', 'bureau_admin', 'bureau_staff'],
    level: 'holder',
    guards: [],
    records: ['reason', 'objection'],
    requiresReason: true,
    label: { zh: '异议成立，取消资格', en: 'Disqualify on an upheld objection' },
  },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof transitions;

export const transitionNames = Object.keys(transitions) as TransitionName[];

export function isTransitionName(name: string): name is TransitionName {
  return Object.hasOwn(transitions, name);
}

/** The transition as its general shape (the literal types of `transitions` are for exhaustiveness). */
export function transitionOf(name: TransitionName): Transition {
  return transitions[name];
}
