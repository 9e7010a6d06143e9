/**
 * Roles a user can hold inside an organisation.
 * 市人社局 bureau_admin / bureau_staff · 市委组织部人才办 talent_office · 推荐单位 recommender_officer ·
 * 申报单位 employer_officer · 评审专家 expert · 候选人 candidate
 */
export const roles = [
  'bureau_admin',
  'bureau_staff',
  'talent_office',
  'recommender_officer',
  'employer_officer',
  'expert',
  'candidate',
] as const;
export type Role = (typeof roles)[number];

/** Kinds of organisation. Recommenders come in four kinds (Annex 1). */
export const organisationKinds = [
  'bureau',
  'talent_office',
  'recommender',
  'employer',
  'expert_pool',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const recommenderKinds = [
  'district_hr',
  'city_department',
  'technical_school',
  'state_enterprise',
] as const;
export type RecommenderKind = (typeof recommenderKinds)[number];

export const awardCodes = ['grand_award', 'technical_expert'] as const;
export type AwardCode = (typeof awardCodes)[number];

/** Which organisation kinds a role may be held in. */
export const roleOrganisationKinds: Record<Role, readonly OrganisationKind[]> = {
  bureau_admin: ['bureau'],
  bureau_staff: ['bureau'],
  talent_office: ['talent_office'],
  recommender_officer: ['recommender'],
  employer_officer: ['employer', 'recommender'],
  expert: ['expert_pool'],
  candidate: ['employer', 'recommender'],
};

/**
 * What a role may ask for that is not a move on an object it sees: one table of the requests open to some
 * roles only. The server refuses the others (403); the web offers the request only where it is listed.
 */
export const requestRoles = {
  /** A new Annex 2 draft: the employer unit's officer (an SOE or a school's officer for its own staff). */
  createApplication: ['employer_officer'],
  /** Trying the rules on a partial draft: those who fill in an Annex 2, the unit's officer and the candidate. */
  dryRunEligibility: ['employer_officer', 'candidate'],
  /** The minutes of a collective decision, before the decision names them: the levels that decide. */
  uploadDecisionMinutes: ['employer_officer', 'recommender_officer'],
  /**
   * The recommender's review of its candidates (专家评审) and its signed opinion: a recommender's officers,
   * and those of an SOE or technical school recommending its own staff (checked on the organisation).
   */
  recordRecommenderReview: ['recommender_officer', 'employer_officer'],
  /** The working-day calendar's overrides: the bureau's administrator. */
  administerCalendar: ['bureau_admin'],
  /** The intake desk: finding an envelope by its code and the intake list (受理), the bureau's staff. */
  receivePapers: ['bureau_admin', 'bureau_staff'],
  /**
   * 综合评审 administration: the expert pool, panels and their draw, conflicts (回避) vetted, the rubric, the
   * ranking and the leadership group's vote — the bureau.
   */
  organiseReview: ['bureau_admin', 'bureau_staff'],
  /** Reopening an expert's submitted score sheet: the bureau's administrator only (audited with the reason). */
  reopenScoreSheet: ['bureau_admin'],
  /** Scoring the candidates of one's panel and declaring one's own conflicts: the experts. */
  scoreCandidates: ['expert'],
  /**
   * A winner's certificate: the bureau, which issues it; the winner's unit and the winner themselves print
   * their own (the application's scope decides whose).
   */
  printCertificate: ['bureau_admin', 'bureau_staff', 'employer_officer', 'candidate'],
  /** The prize list for the finance office, with ID and account numbers in clear: the bureau's administrator. */
  exportPrizeList: ['bureau_admin'],
  /** The review opinion and the decision: the bureau, and the talent office that approves the list. */
  readAwardPapers: ['bureau_admin', 'bureau_staff', 'talent_office'],
  /** The proposed list as the talent office approves it: review results and the city notice's outcome. */
  readApprovalList: ['bureau_admin', 'bureau_staff', 'talent_office'],
} as const satisfies Record<string, readonly Role[]>;

export type RequestAction = keyof typeof requestRoles;
export const requestActions = Object.keys(requestRoles) as RequestAction[];

/** The requests of `requestRoles` a role may make. */
export function permissionsOf(role: Role): RequestAction[] {
  return requestActions.filter((action) => (requestRoles[action] as readonly Role[]).includes(role));
}
