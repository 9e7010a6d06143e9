import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationStatuses, preBureauStatuses } from '../workflow';
import { holdsQuotaPlace } from './places';

describe('holdsQuotaPlace', () => {
  it('holds no place for anything still below the bureau, reported before or not', () => {
    for (const status of preBureauStatuses) {
      expect(holdsQuotaPlace(status, false)).toBe(false);
      // returned_to_recommender was reported once but is back at the recommender: no place
      expect(holdsQuotaPlace(status, true)).toBe(false);
    }
  });

  it('a candidate disqualified at a unit or recommender notice holds no place', () => {
    expect(holdsQuotaPlace('disqualified', false)).toBe(false);
    expect(holdsQuotaPlace('withdrawn', false)).toBe(false);
  });

  it('revoked or disqualified after reaching the bureau keeps the place taken (不得递补)', () => {
    expect(holdsQuotaPlace('revoked', true)).toBe(true);
    expect(holdsQuotaPlace('disqualified', true)).toBe(true);
    expect(holdsQuotaPlace('revoked', false)).toBe(false);
  });

  it('every bureau status holds its place; bureau refusal is a bureau end', () => {
    for (const status of ['at_bureau', 'accepted', 'in_review', 'awarded', 'prize_paid', 'rejected'] as const)
      expect(holdsQuotaPlace(status, true)).toBe(true);
  });

  it('reaching the bureau never makes an application hold less', () => {
    fc.assert(
      fc.property(fc.constantFrom(...applicationStatuses), (status) => {
        if (holdsQuotaPlace(status, false)) expect(holdsQuotaPlace(status, true)).toBe(true);
      }),
    );
  });
});
