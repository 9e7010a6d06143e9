import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareSkillLevels,
  educationLevelSchema,
  educationLevels,
  entryByCode,
  ethnicGroupSchema,
  ethnicGroups,
  genderSchema,
  isSkillLevelAtLeast,
  politicalStatuses,
  politicalStatusSchema,
  postSchema,
  type SkillLevel,
  skillLevelCodes,
  skillLevelRank,
  skillLevelSchema,
  skillLevels,
} from './enumerations';

describe('ethnic groups (GB/T 3304)', () => {
  it('lists the 56 groups with codes 01…56 in order', () => {
    expect(ethnicGroups).toHaveLength(56);
    ethnicGroups.forEach((group, index) => {
      expect(group.code).toBe(String(index + 1).padStart(2, '0'));
      expect(group.zh).toMatch(/族$/);
      expect(group.en.length).toBeGreaterThan(1);
      expect(group.alpha).toMatch(/^[A-Z]{2}$/);
    });
  });

  it('has unique names and letter codes', () => {
    for (const key of ['zh', 'en', 'roman', 'alpha'] as const) {
      expect(new Set(ethnicGroups.map((group) => group[key])).size).toBe(56);
    }
  });

  it('places the groups the standard names first, last and common in Jilin', () => {
    expect(entryByCode(ethnicGroups, '01')).toMatchObject({ zh: '汉族', en: 'Han', alpha: 'HA' });
    expect(entryByCode(ethnicGroups, '02')).toMatchObject({ zh: '蒙古族', en: 'Mongol' });
    expect(entryByCode(ethnicGroups, '10')).toMatchObject({ zh: '朝鲜族', en: 'Korean', roman: 'Chosen' });
    expect(entryByCode(ethnicGroups, '11')).toMatchObject({ zh: '满族', en: 'Manchu', roman: 'Man' });
    expect(entryByCode(ethnicGroups, '56')).toMatchObject({ zh: '基诺族', en: 'Jino', alpha: 'JN' });
  });

  it('validates codes with its zod enum', () => {
    expect(ethnicGroupSchema.safeParse('10').success).toBe(true);
    expect(ethnicGroupSchema.safeParse('57').success).toBe(false);
    expect(ethnicGroupSchema.safeParse('1').success).toBe(false);
  });
});

describe('political status (GB/T 4762)', () => {
  it('lists the 13 statuses with codes 01…13', () => {
    expect(politicalStatuses.map((status) => status.code)).toEqual(
      Array.from({ length: 13 }, (_, index) => String(index + 1).padStart(2, '0')),
    );
    expect(entryByCode(politicalStatuses, '01')?.zh).toBe('中共党员');
    expect(entryByCode(politicalStatuses, '10')?.zh).toBe('九三学社社员');
    expect(entryByCode(politicalStatuses, '13')?.zh).toBe('群众');
    expect(politicalStatusSchema.safeParse('14').success).toBe(false);
  });
});

describe('education levels (GB/T 4658)', () => {
  it('lists the form values with unique two-digit codes', () => {
    expect(educationLevels.map((level) => level.zh)).toEqual([
      '研究生（博士）',
      '研究生（硕士）',
      '大学本科',
      '大学专科',
      '中等专科',
      '技工学校',
      '职业高中',
      '普通高中',
      '初中',
      '小学及以下',
    ]);
    expect(new Set(educationLevels.map((level) => level.code)).size).toBe(educationLevels.length);
    for (const level of educationLevels) expect(level.code).toMatch(/^\d{2}$/);
    expect(educationLevelSchema.safeParse('21').success).toBe(true);
    expect(educationLevelSchema.safeParse('20').success).toBe(false);
  });
});

describe('skill levels', () => {
  it('orders the eight levels from apprentice to chief technician', () => {
    expect(skillLevelCodes).toEqual([
      'apprentice',
      'level5',
      'level4',
      'level3',
      'level2',
      'level1',
      'special',
      'chief',
    ]);
    expect(skillLevelRank('apprentice')).toBe(0);
    expect(skillLevelRank('level1')).toBe(5);
    expect(skillLevelRank('chief')).toBe(7);
    expect(entryByCode(skillLevels, 'level1')?.zh).toBe('高级技师（一级）');
  });

  it('compares levels consistently with their rank', () => {
    const level = fc.constantFrom<SkillLevel>(...skillLevelCodes);
    fc.assert(
      fc.property(level, level, (a, b) => {
        expect(Math.sign(compareSkillLevels(a, b))).toBe(Math.sign(skillLevelRank(a) - skillLevelRank(b)));
        expect(compareSkillLevels(a, b) + compareSkillLevels(b, a)).toBe(0);
        expect(compareSkillLevels(a, b) === 0).toBe(a === b);
      }),
    );
  });

  it('checks the award thresholds: 高级技师 and above, 高级工 and above', () => {
    expect(isSkillLevelAtLeast('level1', 'level1')).toBe(true);
    expect(isSkillLevelAtLeast('chief', 'level1')).toBe(true);
    expect(isSkillLevelAtLeast('level2', 'level1')).toBe(false);
    expect(isSkillLevelAtLeast('level3', 'level3')).toBe(true);
    expect(isSkillLevelAtLeast('level4', 'level3')).toBe(false);
  });

  it('sorts with compareSkillLevels', () => {
    const shuffled: SkillLevel[] = ['chief', 'level3', 'apprentice', 'special', 'level5'];
    expect(shuffled.sort(compareSkillLevels)).toEqual(['apprentice', 'level5', 'level3', 'special', 'chief']);
  });
});

describe('zod enums', () => {
  it('accept exactly the listed codes', () => {
    expect(skillLevelSchema.options).toEqual(skillLevelCodes);
    expect(skillLevelSchema.safeParse('level6').success).toBe(false);
    expect(genderSchema.options).toEqual(['male', 'female']);
    expect(genderSchema.safeParse('other').success).toBe(false);
    expect(postSchema.options).toEqual(['worker', 'cadre']);
  });

  it('every entry has code, zh and en', () => {
    for (const list of [ethnicGroups, politicalStatuses, educationLevels, skillLevels]) {
      for (const entry of list) {
        expect(entry.code.length).toBeGreaterThan(0);
        expect(entry.zh.length).toBeGreaterThan(0);
        expect(entry.en.length).toBeGreaterThan(0);
      }
    }
  });
});
