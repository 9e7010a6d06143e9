import { describe, expect, it } from 'vitest';
import { roles } from '../roles';
import { actingLevelsOf, recommendsOwnStaff, statusHolder } from './levels';
import { statusesAwaiting } from './todo';

describe('statusesAwaiting', () => {
  it('gives a plain employer unit only the statuses it holds', () => {
    const statuses = statusesAwaiting(
      'employer_officer',
      actingLevelsOf('employer_officer', recommendsOwnStaff('employer')),
    );
    expect(statuses.sort()).toEqual([
      'draft',
      'returned_to_unit',
      'unit_decided',
      'unit_notice',
      'unit_noticed',
    ]);
  });

  it('gives an organisation that recommends its own staff the recommender statuses as well, never the city’s', () => {
    const statuses = statusesAwaiting(
      'employer_officer',
      actingLevelsOf('employer_officer', recommendsOwnStaff('recommender')),
    );
    expect(statuses).toEqual(expect.arrayContaining(['draft', 'at_recommender', 'recommender_notice']));
    expect(statuses).not.toContain('city_notice');
  });

  it('only ever names statuses held by one of the levels the role acts at', () => {
    for (const role of roles)
      for (const kind of ['employer', 'recommender', 'bureau', 'talent_office', 'expert_pool'] as const) {
        const levels = actingLevelsOf(role, recommendsOwnStaff(kind));
        for (const status of statusesAwaiting(role, levels)) expect(levels).toContain(statusHolder[status]);
      }
  });
});
