/** The application workflow: statuses, transitions as data, guards, and what an actor may do now. */
export {
  evaluateGuard,
  evaluateGuards,
  type GuardCode,
  type GuardFailure,
  type GuardResult,
  guardCodes,
  type TransitionContext,
} from './guards';
export {
  type ActingLevel,
  actingLevelsOf,
  type Level,
  levelRunningNotice,
  nonTerminalStatuses,
  noticeLevelByStatus,
  preBureauStatuses,
  recommendsOwnStaff,
  type StepLevel,
  statusHolder,
  stepLevelNames,
  stepLevelOf,
  stepLevels,
} from './levels';
export {
  type AllowedTransition,
  allowedTransitions,
  assertAuthority,
  assertTransition,
  type CheckResult,
  checkTransition,
  offeredTransitionNames,
  type WorkflowActor,
  type WorkflowApplication,
  type WorkflowRefusalCode,
} from './machine';
export {
  NOTICE_WORKING_DAYS,
  type NoticePhase,
  type NoticeStartProblem,
  noticeLengthMessage,
  noticePhase,
  noticeStartProblem,
} from './notice-start';
export { defaultNoticeText, type NoticeOutcome, suggestedReportOpinion } from './notice-text';
export {
  type AnyRecordPayload,
  type RecordInput,
  type RecordPayload,
  recordPayloads,
  transitionNeedsPayload,
  transitionPayloadSchema,
} from './records';
export {
  decisionBeforeReview,
  MAX_REVIEW_OPINION,
  MAX_REVIEWERS,
  type RecommenderReview,
  type RecommenderReviewInput,
  type Reviewer,
  recommenderReviewInput,
  reviewDateProblem,
  reviewerSchema,
  reviewOpinionMissing,
} from './review';
export {
  type ApplicationStatus,
  applicationStatuses,
  editableStatuses,
  statusLabels,
  terminalStatuses,
} from './states';
export {
  DEFAULT_WINDOW_HOURS,
  isSubmissionWindow,
  type SubmissionWindow,
  type WindowPhase,
  windowBounds,
  windowPhase,
  windowRefusal,
  windowText,
} from './submission-window';
export {
  isTransitionName,
  type Transition,
  type TransitionName,
  type TransitionRecord,
  transitionNames,
  transitionOf,
  transitions,
} from './transitions';
