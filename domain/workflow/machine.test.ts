import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { type Role, roles } from '../roles';
import type { GuardCode, TransitionContext } from './guards';
import { preBureauStatuses, statusHolder } from './levels';
import { allowedTransitions, assertTransition, checkTransition, type WorkflowActor } from './machine';
import { type ApplicationStatus, applicationStatuses, terminalStatuses } from './states';
import { type TransitionName, transitionNames, transitionOf } from './transitions';
import { ACTORS, actorFor, makeApplication, ORGS, passingContext } from './workflow.testing';

type Step = [TransitionName, WorkflowActor, ApplicationStatus];

/** Runs the steps in order, checking each through both `allowedTransitions` and `checkTransition`. */
function walk(start: ReturnType<typeof makeApplication>, steps: readonly Step[]) {
  let application = start;
  for (const [name, actor, expected] of steps) {
    const context = passingContext(name);
    const offered = allowedTransitions(application, actor, context).find((t) => t.name === name);
    expect(offered, `${name} offered at ${application.status} to ${actor.role}`).toBeDefined();
    expect(offered?.blockedBy).toEqual([]);
    expect(checkTransition(name, application, actor, context)).toEqual({
      ok: true,
      name,
      from: application.status,
      to: expected,
      records: transitionOf(name).records,
    });
    application = { ...application, status: expected };
  }
  return application;
}

const { employer, recommender, bureauStaff, bureauAdmin, talentOffice } = ACTORS;

describe('the happy path, draft to prize paid', () => {
  it('walks all seven steps with a district recommender, each step by its own level', () => {
    const end = walk(makeApplication(), [
      ['recordUnitDecision', employer, 'unit_decided'],
      ['startUnitNotice', employer, 'unit_notice'],
      ['endUnitNotice', employer, 'unit_noticed'],
      ['reportToRecommender', employer, 'at_recommender'],
      ['recordRecommenderDecision', recommender, 'recommender_decided'],
      ['startRecommenderNotice', recommender, 'recommender_notice'],
      ['endRecommenderNotice', recommender, 'recommender_noticed'],
      ['reportToBureau', recommender, 'at_bureau'],
      ['accept', bureauStaff, 'accepted'],
      ['startReview', bureauStaff, 'in_review'],
      ['propose', bureauStaff, 'proposed'],
      ['startCityNotice', bureauStaff, 'city_notice'],
      ['endCityNotice', bureauStaff, 'city_noticed'],
      ['submitForApproval', bureauAdmin, 'pending_approval'],
      ['approve', talentOffice, 'approved'],
      ['publishDecision', bureauAdmin, 'awarded'],
      ['recordPrizePaid', bureauStaff, 'prize_paid'],
    ]);
    for (const role of roles) {
      expect(allowedTransitions(end, actorFor(role, end), passingContext())).toEqual([]);
    }
  });

  it('lets a state-owned enterprise recommending its own staff act at both levels with one officer', () => {
    const application = makeApplication({
      employerOrgId: ORGS.stateEnterprise,
      recommenderOrgId: ORGS.stateEnterprise,
    });
    const officer = { role: 'employer_officer', organisationId: ORGS.stateEnterprise } as const;
    walk(application, [
      ['recordUnitDecision', officer, 'unit_decided'],
      ['startUnitNotice', officer, 'unit_notice'],
      ['endUnitNotice', officer, 'unit_noticed'],
      ['reportToRecommender', officer, 'at_recommender'],
      ['returnToUnit', officer, 'returned_to_unit'],
      ['recordUnitDecision', officer, 'unit_decided'],
      ['startUnitNotice', officer, 'unit_notice'],
      ['endUnitNotice', officer, 'unit_noticed'],
      ['reportToRecommender', officer, 'at_recommender'],
      ['recordRecommenderDecision', officer, 'recommender_decided'],
      ['startRecommenderNotice', officer, 'recommender_notice'],
      ['endRecommenderNotice', officer, 'recommender_noticed'],
      ['reportToBureau', officer, 'at_bureau'],
    ]);
  });

  it('takes the detours: returns, re-reports and a return from approval', () => {
    walk(makeApplication({ status: 'at_recommender' }), [
      ['returnToUnit', recommender, 'returned_to_unit'],
      ['recordUnitDecision', employer, 'unit_decided'],
    ]);
    walk(makeApplication({ status: 'at_bureau' }), [
      ['returnToRecommender', bureauStaff, 'returned_to_recommender'],
      ['reReportToBureau', recommender, 'at_bureau'],
      ['reject', bureauStaff, 'rejected'],
    ]);
    walk(makeApplication({ status: 'pending_approval' }), [
      ['returnFromApproval', talentOffice, 'city_noticed'],
      ['submitForApproval', bureauStaff, 'pending_approval'],
      ['returnFromApproval', talentOffice, 'city_noticed'],
      ['withdrawProposal', bureauAdmin, 'not_proposed'],
    ]);
    walk(makeApplication({ status: 'in_review' }), [['notPropose', bureauStaff, 'not_proposed']]);
  });
});

describe('every transition', () => {
  it.each(transitionNames)('%s is allowed from each of its statuses to a role it names', (name) => {
    const t = transitionOf(name);
    for (const status of t.from) {
      const application = makeApplication({ status });
      const level = t.level === 'holder' ? statusHolder[status] : t.level;
      const role = t.by.find((r) => levelOfRole[r] === level);
      expect(role, `a role for ${name} at ${status}`).toBeDefined();
      if (!role) continue;
      const result = checkTransition(name, application, actorFor(role, application), passingContext(name));
      expect(result).toMatchObject({ ok: true, from: status, to: t.to });
    }
  });
});

const levelOfRole: Record<Role, string> = {
  employer_officer: 'employer',
  recommender_officer: 'recommender',
  bureau_admin: 'bureau',
  bureau_staff: 'bureau',
  talent_office: 'talent_office',
  expert: 'none',
  candidate: 'none',
};

describe('refusals', () => {
  it('refuses an unknown transition', () => {
    expect(checkTransition('saveDraft', makeApplication(), employer, passingContext())).toMatchObject({
      ok: false,
      code: 'workflow.unknown_transition',
    });
  });

  it('refuses a transition from a status it does not leave', () => {
    const result = checkTransition(
      'accept',
      makeApplication({ status: 'draft' }),
      bureauStaff,
      passingContext('accept'),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'workflow.not_allowed_from_status',
      params: { status: 'draft' },
    });
    expect(result.ok ? undefined : result.message.zh).toContain('填写中');
  });

  it.each([
    ['recordUnitDecision', 'draft', ACTORS.recommender],
    ['recordUnitDecision', 'draft', bureauAdmin],
    ['accept', 'at_bureau', employer],
    ['accept', 'at_bureau', talentOffice],
    ['approve', 'pending_approval', bureauAdmin],
    ['revoke', 'awarded', bureauStaff],
    ['withdraw', 'draft', ACTORS.candidate],
    ['startReview', 'accepted', ACTORS.expert],
    // The role is listed, but not at this level: an employer outside a self-recommending organisation
    // cannot act as its recommender, and the bureau does not decide a unit's objections.
    ['recordRecommenderDecision', 'at_recommender', employer],
    ['disqualifyOnObjection', 'unit_notice', bureauAdmin],
    ['disqualifyOnObjection', 'city_notice', employer],
    ['disqualifyOnObjection', 'recommender_notice', employer],
  ] as const)('refuses %s at %s to %o as role_not_allowed', (name, status, actor) => {
    const result = checkTransition(name, makeApplication({ status }), actor, passingContext(name));
    expect(result).toMatchObject({ ok: false, code: 'workflow.role_not_allowed' });
  });

  it.each([
    ['recordUnitDecision', 'draft', { role: 'employer_officer', organisationId: ORGS.otherEmployer }],
    ['withdraw', 'at_recommender', { role: 'employer_officer', organisationId: ORGS.otherEmployer }],
    ['returnToUnit', 'at_recommender', { role: 'recommender_officer', organisationId: ORGS.otherDistrict }],
    [
      'reportToBureau',
      'recommender_noticed',
      { role: 'recommender_officer', organisationId: ORGS.otherDistrict },
    ],
  ] as const)('refuses %s at %s to %o as out_of_scope', (name, status, actor) => {
    const result = checkTransition(name, makeApplication({ status }), actor, passingContext(name));
    expect(result).toMatchObject({ ok: false, code: 'workflow.out_of_scope' });
  });

  it('refuses a recommender officer of the self-recommending enterprise on another recommender’s case', () => {
    const application = makeApplication({ status: 'at_recommender' });
    const soeOfficer = { role: 'employer_officer', organisationId: ORGS.stateEnterprise } as const;
    expect(checkTransition('returnToUnit', application, soeOfficer, passingContext())).toMatchObject({
      ok: false,
      code: 'workflow.role_not_allowed',
    });
  });

  it.each(transitionNames.filter((name) => transitionOf(name).requiresReason === true))(
    '%s refuses a missing or blank reason',
    (name) => {
      const t = transitionOf(name);
      const status = t.from[0] ?? 'draft';
      const application = makeApplication({ status });
      const level = t.level === 'holder' ? statusHolder[status] : t.level;
      const role = t.by.find((r) => levelOfRole[r] === level) ?? 'bureau_admin';
      const actor = actorFor(role, application);
      for (const reason of [undefined, '', '   ']) {
        const context = { ...passingContext(name), reason };
        expect(checkTransition(name, application, actor, context)).toMatchObject({
          ok: false,
          code: 'workflow.reason_required',
        });
      }
    },
  );

  /** For each guard a context that fails only it, with the code expected. */
  const failingOnly: Record<GuardCode, [Partial<TransitionContext>, string]> = {
    materials_complete: [{ materialsComplete: false }, 'workflow.materials_incomplete'],
    eligibility_clean: [{ eligibilityErrors: ['eligibility.head_of_unit'] }, 'workflow.eligibility_errors'],
    notice_scheduled: [
      { notice: { endDate: '2025-10-01', openObjections: 0 } },
      'workflow.notice_not_scheduled',
    ],
    notice_ended_without_open_objection: [
      { notice: { endDate: '2025-10-20', openObjections: 1 } },
      'workflow.open_objection',
    ],
    recommender_reviewed: [{ review: null }, 'review.missing'],
    ranked: [{ rank: undefined }, 'workflow.not_ranked'],
    edition_open: [{ editionOpen: false }, 'workflow.edition_closed'],
    within_quota: [{ quota: { used: 2, places: 2 } }, 'quota.exceeded'],
    within_submission_window: [{ now: '2025-10-23T10:00:00+08:00' }, 'window.not_open'],
    panel_assigned: [{ panelAssigned: false }, 'workflow.panel_not_assigned'],
    scores_complete: [{ scoresComplete: false }, 'workflow.scores_incomplete'],
    ranked_among_winners: [{ selection: { complete: true, outcome: 'undecided' } }, 'review.vote_needed'],
    ranked_outside_winners: [
      { selection: { complete: false, outcome: 'not_proposed' } },
      'review.ranking_incomplete',
    ],
    within_award_places: [{ awardPlaces: { proposed: 10, places: 10 } }, 'workflow.award_places_exceeded'],
    approval_given: [{ approvalGiven: undefined }, 'workflow.approval_missing'],
    bank_account_present: [{ bankAccountPresent: false }, 'workflow.bank_account_missing'],
  };

  const guarded = transitionNames.flatMap((name) =>
    transitionOf(name).guards.map((guard) => [name, guard] as const),
  );

  it.each(guarded)('%s is refused when %s fails, and the UI is told why', (name, guard) => {
    const t = transitionOf(name);
    const status = t.from[0] ?? 'draft';
    const application = makeApplication({ status });
    const role = t.by.find((r) => levelOfRole[r] === t.level) ?? 'bureau_admin';
    const actor = actorFor(role, application);
    const [override, code] = failingOnly[guard];
    const context = passingContext(name, override);
    expect(checkTransition(name, application, actor, context)).toMatchObject({
      ok: false,
      code,
      failures: [expect.objectContaining({ guard, code })],
    });
    const offered = allowedTransitions(application, actor, context).find((o) => o.name === name);
    expect(offered?.blockedBy.map((failure) => failure.code)).toEqual([code]);
  });

  it('reports the first failing guard and lists them all', () => {
    const context = passingContext('recordUnitDecision', {
      materialsComplete: false,
      eligibilityErrors: ['x'],
    });
    expect(checkTransition('recordUnitDecision', makeApplication(), employer, context)).toMatchObject({
      ok: false,
      code: 'workflow.materials_incomplete',
      failures: [{ code: 'workflow.materials_incomplete' }, { code: 'workflow.eligibility_errors' }],
    });
  });

  it('holds a notice open while an objection is open, at every level', () => {
    const context = passingContext('endUnitNotice', { notice: { endDate: '2025-10-20', openObjections: 1 } });
    const cases = [
      ['endUnitNotice', 'unit_notice', employer],
      ['endRecommenderNotice', 'recommender_notice', recommender],
      ['endCityNotice', 'city_notice', bureauStaff],
    ] as const;
    for (const [name, status, actor] of cases) {
      const result = checkTransition(name, makeApplication({ status }), actor, context);
      expect(result).toMatchObject({ ok: false, code: 'workflow.open_objection' });
    }
  });
});

describe('objections upheld', () => {
  it('let the level running the notice disqualify the candidate', () => {
    const soe = makeApplication({
      employerOrgId: ORGS.stateEnterprise,
      recommenderOrgId: ORGS.stateEnterprise,
    });
    const cases = [
      [makeApplication({ status: 'unit_notice' }), employer],
      [makeApplication({ status: 'recommender_notice' }), recommender],
      [{ ...soe, status: 'recommender_notice' as const }, actorFor('employer_officer', soe)],
      [makeApplication({ status: 'city_notice' }), bureauStaff],
      [makeApplication({ status: 'city_notice' }), bureauAdmin],
    ] as const;
    for (const [application, actor] of cases) {
      expect(checkTransition('disqualifyOnObjection', application, actor, passingContext())).toMatchObject({
        ok: true,
        to: 'disqualified',
      });
    }
  });
});

describe('exits', () => {
  it('withdrawal is possible below the bureau only', () => {
    for (const status of applicationStatuses) {
      const result = checkTransition('withdraw', makeApplication({ status }), employer, passingContext());
      expect(result.ok).toBe((preBureauStatuses as readonly string[]).includes(status));
    }
  });

  it('revocation is possible from awarded but not after the prize is paid', () => {
    expect(
      checkTransition('revoke', makeApplication({ status: 'awarded' }), bureauAdmin, passingContext()).ok,
    ).toBe(true);
    expect(
      checkTransition('revoke', makeApplication({ status: 'prize_paid' }), bureauAdmin, passingContext()),
    ).toMatchObject({ ok: false, code: 'workflow.not_allowed_from_status' });
  });

  it('revoked is terminal: nothing is offered to anyone, everything is refused', () => {
    const revoked = makeApplication({ status: 'revoked' });
    for (const role of roles) {
      const actor = actorFor(role, revoked);
      expect(allowedTransitions(revoked, actor, passingContext())).toEqual([]);
      for (const name of transitionNames) {
        expect(checkTransition(name, revoked, actor, passingContext(name))).toMatchObject({
          ok: false,
          code: 'workflow.not_allowed_from_status',
        });
      }
    }
  });

  it('offers nothing in any terminal status', () => {
    for (const status of terminalStatuses) {
      const application = makeApplication({ status });
      for (const role of roles) {
        expect(allowedTransitions(application, actorFor(role, application), passingContext())).toEqual([]);
      }
    }
  });
});

describe('assertTransition', () => {
  it('returns the move when allowed', () => {
    expect(
      assertTransition(
        'accept',
        makeApplication({ status: 'at_bureau' }),
        bureauStaff,
        passingContext('accept'),
      ),
    ).toMatchObject({ from: 'at_bureau', to: 'accepted' });
  });

  it.each([
    ['accept', 'draft', bureauStaff, passingContext('accept'), 'workflow.not_allowed_from_status', 409],
    ['accept', 'at_bureau', employer, passingContext('accept'), 'workflow.role_not_allowed', 403],
    [
      'reject',
      'at_bureau',
      bureauStaff,
      passingContext('reject', { reason: '' }),
      'workflow.reason_required',
      422,
    ],
    [
      'accept',
      'at_bureau',
      bureauStaff,
      passingContext('accept', { now: '2025-10-27T09:00:00+08:00' }),
      'window.closed',
      422,
    ],
  ] as const)('throws a DomainError for %s at %s', (name, status, actor, context, code, _httpStatus) => {
    try {
      assertTransition(name, makeApplication({ status }), actor, context);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code });
      if (code === 'workflow.reason_required') {
        expect((error as DomainError).fields).toEqual([expect.objectContaining({ path: 'reason', code })]);
      }
    }
  });
});
