import { describe, expect, it } from 'vitest';
import { annex2FieldLabels, sectionNames } from './field-lists';
import { annex2ColumnLabels, witnessLabel } from './labels';
import { applicationFields } from './registry';

describe('Annex 2 labels', () => {
  it('name every field of the schema in both languages', () => {
    expect(Object.keys(annex2FieldLabels).sort()).toEqual([...applicationFields].sort());
    for (const label of Object.values(annex2FieldLabels)) {
      expect(label.zh.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
    }
  });

  it('use the wording of the annex', () => {
    const zh = Object.values(annex2FieldLabels).map((label) => label.zh);
    for (const annexLabel of [
      '姓名',
      '性别',
      '出生日期',
      '民族',
      '政治面貌',
      '文化程度',
      '职业（工种）名称',
      '技能水平',
      '参加工作时间',
      '从事本职业（工种）时间',
      '邮政编码',
      '工作单位',
      '身份证号码',
      '吉林银行一类账户账号',
      '通讯地址',
      '联系电话（座机）',
      '手机',
      '电子邮箱',
      '主要经历',
      '获得国家专利情况',
      '荣获市级以上科技进步奖情况',
      '技术革新情况',
      '其他绝招绝技或突出贡献',
      '职业技能竞赛获奖情况',
      '曾获得的荣誉称号',
      '其他获奖情况',
    ]) {
      expect(zh).toContain(annexLabel);
    }
  });

  it('head the witness column as the annex does', () => {
    expect(witnessLabel('workHistory')).toBe(annex2ColumnLabels.witness);
    for (const section of sectionNames.filter((name) => name !== 'workHistory')) {
      expect(witnessLabel(section).zh).toBe('证明人或证明材料');
    }
  });
});
