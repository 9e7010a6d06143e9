import { describe, expect, it } from 'vitest';
import { findingsWith } from './eligibility.testing';

describe('award.condition_missing', () => {
  it('fires when no condition is chosen, naming the award’s conditions', () => {
    const [finding] = findingsWith('award.condition_missing', { award: 'technical_expert', conditions: [] });
    expect(finding).toMatchObject({ severity: 'error', field: 'conditions' });
    expect(finding?.message.zh).toBe('请至少选择一项“长春技术能手”评选条件（第 1–4 项）');
    expect(findingsWith('award.condition_missing', { conditions: [] })[0]?.message.zh).toBe(
      '请至少选择一项评选条件',
    );
  });

  it('stays silent when conditions are absent or chosen', () => {
    expect(findingsWith('award.condition_missing', { award: 'grand_award' })).toEqual([]);
    expect(findingsWith('award.condition_missing', { award: 'grand_award', conditions: [3] })).toEqual([]);
  });
});

describe('award.condition_unknown', () => {
  it('fires for condition 5 of the technical expert', () => {
    const [finding] = findingsWith('award.condition_unknown', {
      award: 'technical_expert',
      conditions: [1, 5],
    });
    expect(finding).toMatchObject({ severity: 'error', field: 'conditions', params: { unknown: [5] } });
    expect(finding?.message.zh).toBe('第 5 项不是“长春技术能手”评选条件（第 1–4 项）之一');
  });

  it('lists every unknown number once', () => {
    const [finding] = findingsWith('award.condition_unknown', {
      award: 'grand_award',
      conditions: [0, 6, 6, 2],
    });
    expect(finding?.params).toMatchObject({ unknown: [0, 6] });
    expect(finding?.message.en).toBe(
      'No. 0, 6 is not one of the conditions of "Changchun Skills Grand Award" (nos. 1–5)',
    );
  });

  it('follows the conditions the edition configures', () => {
    const award = { code: 'grand_award', conditionNumbers: [1, 2, 4], minSkillLevel: 'level1' } as const;
    const [finding] = findingsWith(
      'award.condition_unknown',
      { award: 'grand_award', conditions: [3] },
      { award },
    );
    expect(finding?.message.zh).toBe('第 3 项不是“长春技能大奖”评选条件（第 1、2、4 项）之一');
  });

  it('stays silent for the award’s own conditions, without an award or without conditions', () => {
    expect(
      findingsWith('award.condition_unknown', { award: 'grand_award', conditions: [1, 2, 3, 4, 5] }),
    ).toEqual([]);
    expect(findingsWith('award.condition_unknown', { conditions: [5] })).toEqual([]);
    expect(findingsWith('award.condition_unknown', { award: 'technical_expert' })).toEqual([]);
  });
});
