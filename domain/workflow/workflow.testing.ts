/**
 * Test factories for the workflow: applications, actors and contexts under which every guard passes.
 * Test-only; not re-exported from the package index.
 */
import type { Role } from '../roles';
import type { TransitionContext } from './guards';
import type { WorkflowActor, WorkflowApplication } from './machine';
import { type TransitionName, transitionOf } from './transitions';

export const ORGS = {
  employer: 'org-employer-1',
  otherEmployer: 'org-employer-2',
  district: 'org-district-hr-1',
  otherDistrict: 'org-district-hr-2',
  /** A state-owned enterprise recommending its own staff: employer and recommender at once. */
  stateEnterprise: 'org-soe-1',
  bureau: 'org-bureau',
  talentOffice: 'org-talent-office',
  expertPool: 'org-experts',
} as const;

export function makeApplication(overrides: Partial<WorkflowApplication> = {}): WorkflowApplication {
  return { status: 'draft', employerOrgId: ORGS.employer, recommenderOrgId: ORGS.district, ...overrides };
}

/** The usual holder of each role for an application employed by `ORGS.employer` under `ORGS.district`. */
export const ACTORS = {
  employer: { role: 'employer_officer', organisationId: ORGS.employer },
  recommender: { role: 'recommender_officer', organisationId: ORGS.district },
  bureauStaff: { role: 'bureau_staff', organisationId: ORGS.bureau },
  bureauAdmin: { role: 'bureau_admin', organisationId: ORGS.bureau },
  talentOffice: { role: 'talent_office', organisationId: ORGS.talentOffice },
  expert: { role: 'expert', organisationId: ORGS.expertPool },
  candidate: { role: 'candidate', organisationId: ORGS.employer },
} as const satisfies Record<string, WorkflowActor>;

/** An actor of `role` who is in scope for applications made with `makeApplication()` defaults. */
export function actorFor(role: Role, application: WorkflowApplication = makeApplication()): WorkflowActor {
  switch (role) {
    case 'employer_officer':
    case 'candidate':
      return { role, organisationId: application.employerOrgId };
    case 'recommender_officer':
      return { role, organisationId: application.recommenderOrgId };
    case 'bureau_admin':
    case 'bureau_staff':
      return { role, organisationId: ORGS.bureau };
    case 'talent_office':
      return { role, organisationId: ORGS.talentOffice };
    case 'expert':
      return { role, organisationId: ORGS.expertPool };
  }
}

/** Inside the seed's paper window (10-24 to 10-26), 10:00 Shanghai time. */
export const NOW = '2025-10-25T10:00:00+08:00';

/**
 * A context under which every guard passes. The notice is in the future when the transition starts a
 * notice and already over when it ends one.
 */
export function passingContext(
  name?: TransitionName,
  overrides: Partial<TransitionContext> = {},
): TransitionContext {
  const startsNotice = name !== undefined && transitionOf(name).guards.includes('notice_scheduled');
  return {
    now: NOW,
    reason: 'Reason given by the officer',
    notice: { endDate: startsNotice ? '2025-11-01' : '2025-10-24', openObjections: 0 },
    rank: 1,
    quota: { used: 0, places: 3 },
    submissionWindow: { start: '2025-10-24', end: '2025-10-26', opensAt: '08:30', closesAt: '17:00' },
    materialsComplete: true,
    eligibilityErrors: [],
    review: { reviewedOn: '2025-10-01' },
    panelAssigned: true,
    scoresComplete: true,
    selection: { complete: true, outcome: name === 'notPropose' ? 'not_proposed' : 'proposed' },
    approvalGiven: true,
    bankAccountPresent: true,
    editionOpen: true,
    awardPlaces: { proposed: 0, places: 10 },
    ...overrides,
  };
}
