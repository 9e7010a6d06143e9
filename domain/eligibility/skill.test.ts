import { describe, expect, it } from 'vitest';
import type { ProfessionalQualification } from '../application';
import type { SkillLevel } from '../people';
import { findingsWith } from './eligibility.testing';
import { isQualifyingQualification } from './skill';

const ruralIntermediate: ProfessionalQualification = {
  field: 'rural_revitalisation',
  level: 'intermediate',
  title: '农业技术推广中级',
};

describe('skill.level_too_low: grand award', () => {
  it.each(['apprentice', 'level5', 'level4', 'level3', 'level2'] as SkillLevel[])(
    'fires for %s',
    (skillLevel) => {
      const [finding] = findingsWith('skill.level_too_low', { award: 'grand_award', skillLevel });
      expect(finding).toMatchObject({
        severity: 'error',
        field: 'skillLevel',
        params: { minSkillLevel: 'level1' },
      });
    },
  );

  it('names the requirement and the level held', () => {
    const [finding] = findingsWith('skill.level_too_low', { award: 'grand_award', skillLevel: 'level2' });
    expect(finding?.message.zh).toBe(
      '“长春技能大奖”要求高级技师（一级）及以上职业资格（或职业技能等级）；申报人为技师（二级）',
    );
    expect(finding?.message.en).toBe(
      '"Changchun Skills Grand Award" requires Senior technician (level 1) or higher; the candidate has Technician (level 2)',
    );
  });

  it.each(['level1', 'special', 'chief'] as SkillLevel[])('stays silent for %s', (skillLevel) => {
    expect(findingsWith('skill.level_too_low', { award: 'grand_award', skillLevel })).toEqual([]);
  });

  it('does not accept a professional qualification in place of the skill level', () => {
    const draft = {
      award: 'grand_award',
      skillLevel: 'level3',
      professionalQualification: ruralIntermediate,
    } as const;
    expect(findingsWith('skill.level_too_low', draft)).toHaveLength(1);
    expect(
      findingsWith('skill.level_too_low', {
        award: 'grand_award',
        professionalQualification: ruralIntermediate,
      }),
    ).toEqual([]);
  });

  it('follows the minimum level the edition configures', () => {
    const award = {
      code: 'grand_award',
      conditionNumbers: [1, 2, 3, 4, 5],
      minSkillLevel: 'level2',
    } as const;
    expect(
      findingsWith('skill.level_too_low', { award: 'grand_award', skillLevel: 'level2' }, { award }),
    ).toEqual([]);
  });
});

describe('skill.level_too_low: technical expert', () => {
  it('fires below 高级工 without a qualifying qualification, naming the alternative', () => {
    const [finding] = findingsWith('skill.level_too_low', {
      award: 'technical_expert',
      skillLevel: 'level4',
    });
    expect(finding?.message.zh).toBe(
      '“长春技术能手”要求高级工（三级）及以上职业资格（或职业技能等级），或取得中级以上乡村振兴、新职业（新业态）专业技术资格并现从事生产服务一线技能岗位；申报人为中级工（四级）',
    );
  });

  it.each(['level3', 'level2', 'chief'] as SkillLevel[])('stays silent for %s', (skillLevel) => {
    expect(findingsWith('skill.level_too_low', { award: 'technical_expert', skillLevel })).toEqual([]);
  });

  it('accepts an intermediate-or-higher rural or new-occupation qualification in a frontline post', () => {
    for (const qualification of [
      ruralIntermediate,
      { field: 'new_occupation', level: 'senior', title: '网约配送员' },
      { field: 'new_occupation', level: 'full_senior', title: '正高级' },
    ] as const) {
      const draft = {
        award: 'technical_expert',
        skillLevel: 'level4',
        professionalQualification: qualification,
      } as const;
      expect(findingsWith('skill.level_too_low', draft)).toEqual([]);
      expect(findingsWith('skill.level_too_low', { ...draft, frontlinePost: true })).toEqual([]);
      expect(findingsWith('skill.level_too_low', { ...draft, skillLevel: undefined })).toEqual([]);
    }
  });

  it('refuses a junior, an other-field, or a non-frontline qualification', () => {
    const draft = { award: 'technical_expert', skillLevel: 'level5' } as const;
    for (const professionalQualification of [
      { ...ruralIntermediate, level: 'junior' },
      { ...ruralIntermediate, field: 'other' },
    ] as const) {
      expect(findingsWith('skill.level_too_low', { ...draft, professionalQualification })).toHaveLength(1);
    }
    expect(
      findingsWith('skill.level_too_low', {
        ...draft,
        professionalQualification: ruralIntermediate,
        frontlinePost: false,
      }),
    ).toHaveLength(1);
  });

  it('judges a qualification given without a skill level, on the qualification field', () => {
    const [finding] = findingsWith('skill.level_too_low', {
      award: 'technical_expert',
      professionalQualification: { ...ruralIntermediate, level: 'junior' },
    });
    expect(finding?.field).toBe('professionalQualification');
    expect(finding?.message.zh).toMatch(/申报人为未填写技能水平$/);
  });

  it('stays silent without an award or without skill level and qualification', () => {
    expect(findingsWith('skill.level_too_low', { skillLevel: 'apprentice' })).toEqual([]);
    expect(findingsWith('skill.level_too_low', { award: 'technical_expert' })).toEqual([]);
  });

  it('isQualifyingQualification: intermediate or higher, in the two named fields', () => {
    expect(isQualifyingQualification({ field: 'rural_revitalisation', level: 'intermediate' })).toBe(true);
    expect(isQualifyingQualification({ field: 'new_occupation', level: 'junior' })).toBe(false);
    expect(isQualifyingQualification({ field: 'other', level: 'full_senior' })).toBe(false);
  });
});
