import { describe, expect, it } from 'vitest';
import { type ApplicationStatus, applicationStatuses } from '../../../domain/workflow';
import { levelProgress, progressSteps, stepOf } from './stepProgress';

const at = (status: ApplicationStatus, rank: number | null = null) => ({ status, rank });

describe('where a candidate stands at a level', () => {
  it('puts each unit status in the card of the step it waits for', () => {
    expect(stepOf('unit', at('draft'))).toBe('decision');
    // sent back by the recommender: the unit decides again
    expect(stepOf('unit', at('returned_to_unit'))).toBe('decision');
    expect(stepOf('unit', at('unit_decided'))).toBe('notice');
    expect(stepOf('unit', at('unit_notice'))).toBe('objections');
    expect(stepOf('unit', at('unit_noticed'))).toBe('ranking');
    expect(stepOf('unit', at('unit_noticed', 2))).toBe('report');
  });

  it('counts a candidate as reported once it went up, however far, and an exit nowhere', () => {
    for (const status of ['at_recommender', 'recommender_notice', 'at_bureau', 'awarded'] as const)
      expect(stepOf('unit', at(status)), status).toBe('reported');
    for (const status of ['withdrawn', 'disqualified', 'revoked', 'rejected'] as const)
      expect(stepOf('unit', at(status)), status).toBeNull();
  });

  it('uses the recommender’s own transitions at the recommender level', () => {
    expect(stepOf('recommender', at('at_recommender'))).toBe('decision');
    expect(stepOf('recommender', at('recommender_decided'))).toBe('notice');
    expect(stepOf('recommender', at('recommender_notice'))).toBe('objections');
    expect(stepOf('recommender', at('recommender_noticed', 1))).toBe('report');
    expect(stepOf('recommender', at('accepted'))).toBe('reported');
    // not yet reported to it, or back at the recommender after the bureau returned it: not "reported"
    expect(stepOf('recommender', at('unit_noticed'))).toBeNull();
    expect(stepOf('recommender', at('returned_to_recommender'))).toBeNull();
  });

  it('gives every status at most one place per level', () => {
    for (const status of applicationStatuses) {
      const standing = stepOf('unit', at(status));
      expect(standing === null || standing === 'reported' || progressSteps.includes(standing)).toBe(true);
    }
  });
});

describe('the progress of a level', () => {
  it('has one step per card, five, counting the candidates waiting in each', () => {
    const progress = levelProgress('unit', [
      at('draft'),
      at('draft'),
      at('unit_notice'),
      at('at_recommender'),
    ]);
    expect(progress.steps.map((s) => [s.step, s.count, s.state])).toEqual([
      ['decision', 2, 'process'],
      ['notice', 0, 'wait'],
      ['objections', 1, 'process'],
      ['ranking', 0, 'wait'],
      ['report', 0, 'wait'],
    ]);
    expect(progress.current).toBe(0);
    expect(progress.reported).toBe(1);
  });

  it('marks the steps everybody passed as finished', () => {
    const progress = levelProgress('unit', [at('unit_noticed'), at('unit_noticed', 1)]);
    expect(progress.current).toBe(3);
    expect(progress.steps.map((s) => s.state)).toEqual(['finish', 'finish', 'finish', 'process', 'process']);
  });

  it('stays finished after the last report instead of falling back to the first step', () => {
    const progress = levelProgress('unit', [at('at_recommender'), at('at_recommender')]);
    expect(progress.current).toBe(5);
    expect(progress.steps.every((s) => s.state === 'finish')).toBe(true);
    expect(progress.reported).toBe(2);
  });

  it('starts at the first step with nobody yet', () => {
    const progress = levelProgress('recommender', []);
    expect(progress.current).toBe(0);
    expect(progress.steps.every((s) => s.state === 'wait' && s.count === 0)).toBe(true);
  });
});
