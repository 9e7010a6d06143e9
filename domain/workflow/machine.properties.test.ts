import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '../roles';
import { allowedTransitions, checkTransition } from './machine';
import { applicationStatuses } from './states';
import { transitionNames, transitionOf } from './transitions';
import { ORGS } from './workflow.testing';

describe('properties', () => {
  const orgIds = fc.constantFrom(
    ORGS.employer,
    ORGS.otherEmployer,
    ORGS.district,
    ORGS.stateEnterprise,
    ORGS.bureau,
  );
  const application = fc.record({
    status: fc.constantFrom(...applicationStatuses),
    employerOrgId: orgIds,
    recommenderOrgId: orgIds,
  });
  const actor = fc.record({ role: fc.constantFrom(...roles), organisationId: orgIds });
  const context = fc.record(
    {
      now: fc.constantFrom(
        '2025-10-22T10:00:00+08:00',
        '2025-10-25T10:00:00+08:00',
        '2025-11-10T10:00:00+08:00',
      ),
      reason: fc.constantFrom('Materials incomplete', ''),
      notice: fc.record({
        endDate: fc.constantFrom('2025-10-20', '2025-10-25', '2025-11-30'),
        openObjections: fc.nat(2),
      }),
      rank: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      quota: fc.record({ used: fc.nat(3), places: fc.nat(3) }),
      submissionWindow: fc.constant({
        start: '2025-10-24',
        end: '2025-10-26',
        opensAt: '08:30',
        closesAt: '17:00',
      }),
      materialsComplete: fc.boolean(),
      eligibilityErrors: fc.constantFrom([], ['eligibility.retired']),
      review: fc.constantFrom(null, { reviewedOn: '2025-10-01' }),
      panelAssigned: fc.boolean(),
      scoresComplete: fc.boolean(),
      selection: fc.record({
        complete: fc.boolean(),
        outcome: fc.constantFrom('proposed' as const, 'not_proposed' as const, 'undecided' as const),
      }),
      approvalGiven: fc.boolean(),
      bankAccountPresent: fc.boolean(),
      editionOpen: fc.boolean(),
      awardPlaces: fc.record({ proposed: fc.nat(11), places: fc.constant(10) }),
    },
    { requiredKeys: ['now'] },
  );

  it('never offers a transition that does not leave the status or is not open to the role', () => {
    fc.assert(
      fc.property(application, actor, context, (app, who, ctx) => {
        for (const offered of allowedTransitions(app, who, ctx)) {
          const t = transitionOf(offered.name);
          expect(t.from).toContain(app.status);
          expect(t.by).toContain(who.role);
          expect(offered.to).toBe(t.to);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with checkTransition: offered and unblocked exactly when allowed', () => {
    fc.assert(
      fc.property(application, actor, context, fc.constantFrom(...transitionNames), (app, who, ctx, name) => {
        const offered = allowedTransitions(app, who, ctx).find((o) => o.name === name);
        const result = checkTransition(name, app, who, ctx);
        const reasonMissing = transitionOf(name).requiresReason === true && !ctx.reason;
        if (!offered) {
          expect(result.ok).toBe(false);
          expect([
            'workflow.not_allowed_from_status',
            'workflow.role_not_allowed',
            'workflow.out_of_scope',
          ]).toContain(result.ok ? '' : result.code);
        } else if (reasonMissing) {
          expect(result).toMatchObject({ ok: false, code: 'workflow.reason_required' });
        } else {
          expect(result.ok).toBe(offered.blockedBy.length === 0);
          if (!result.ok) expect(result.failures).toEqual(offered.blockedBy);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps units inside their own applications', () => {
    fc.assert(
      fc.property(application, actor, context, (app, who, ctx) => {
        if (allowedTransitions(app, who, ctx).length === 0) return;
        if (who.role === 'employer_officer') expect(who.organisationId).toBe(app.employerOrgId);
        if (who.role === 'recommender_officer') expect(who.organisationId).toBe(app.recommenderOrgId);
        expect(['expert', 'candidate']).not.toContain(who.role);
      }),
      { numRuns: 2000 },
    );
  });
});
