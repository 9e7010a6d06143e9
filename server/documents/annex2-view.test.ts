import { describe, expect, it } from 'vitest';
import { makeApplication } from '../../domain/application/application.testing';
import { annex2DataFromDraft } from './annex2-data';
import { makeAnnex2Data } from './annex2-data.testing';
import { annex2View, dateZh, fieldLabel, periodText, spaced, yearMonthZh } from './annex2-view';

describe('annex2View', () => {
  const view = annex2View(makeAnnex2Data());

  it('resolves the codes to the names the form prints', () => {
    expect(view.personal).toMatchObject({
      gender: '男',
      ethnicity: '汉族',
      politicalStatus: '中共党员',
      education: '大学专科',
      skill: '高级技师（一级）',
      birthDate: '1978年03月12日',
      workStart: '1997年07月',
      bankAccount: '6217 0000 1000 1234 569',
    });
    expect(view.awardChoices).toEqual([
      { label: '长春技能大奖', checked: true },
      { label: '长春技术能手', checked: false },
    ]);
  });

  it('counts the whole years in the occupation up to the reference date', () => {
    const data = makeAnnex2Data({ occupationStartDate: '2007-10-25' });
    expect(annex2View({ ...data, referenceDate: '2025-10-24' }).personal.yearsInOccupation).toBe('17年');
    expect(annex2View({ ...data, referenceDate: '2025-10-25' }).personal.yearsInOccupation).toBe('18年');
    expect(annex2View({ ...data, occupationStartDate: '2025-03-01' }).personal.yearsInOccupation).toBe(
      '不足1年',
    );
    expect(view.personal.yearsInOccupation).toBe('28年');
  });

  it('prints a professional qualification in the 技能水平 cell', () => {
    const draft = makeApplication({ award: 'technical_expert', skillLevel: undefined });
    const data = annex2DataFromDraft(
      {
        ...draft,
        professionalQualification: { field: 'rural_revitalisation', level: 'intermediate', title: '农艺师' },
      },
      {
        referenceDate: '2025-10-24',
        verificationUrl: 'http://h/verify/',
        generatedAt: new Date(),
        employerName: '长春精工',
      },
    );
    const technical = annex2View(data);
    expect(technical.personal.skill).toBe('农艺师（乡村振兴中级专业技术资格）');
    expect(technical.personal.employerName).toBe('长春精工');
    expect(technical.awardChoices.find((choice) => choice.checked)?.label).toBe('长春技术能手');
  });

  it('lists the seven 项目 rows in the order of the annex', () => {
    expect(view.items.map((item) => item.label)).toEqual([
      '获得国家专利情况',
      '荣获市级以上科技进步奖情况',
      '技术革新情况',
      '其他绝招绝技或突出贡献',
      '职业技能竞赛获奖情况',
      '曾获得的荣誉称号',
      '其他获奖情况',
    ]);
    expect(view.opinions.map((opinion) => [opinion.label, opinion.signature])).toEqual([
      ['本人所在单位推荐意见', true],
      ['县级人社部门推荐意见', true],
      ['市级人社部门推荐意见', false],
    ]);
  });

  it('writes periods as the annex does', () => {
    expect(periodText({ from: '1997-07', to: '2010-12' })).toBe('1997.07—2010.12');
    expect(periodText({ from: '2011-01' })).toBe('2011.01—至今');
    expect(periodText({ from: '2022-09', to: '2022-09' })).toBe('2022.09');
    expect(periodText({ to: '2022-09' })).toBe('2022.09');
    expect(periodText({})).toBe('');
    expect(view.workHistory[1]).toEqual({
      period: '2011.01—至今',
      place: '长春精工数控机床有限公司，数控车间班组长',
      witness: '人力资源部 王丽',
    });
  });

  it('prints the periods of the other sections with their start and end, open-ended as 至今', () => {
    const data = makeAnnex2Data();
    const withPeriods = annex2View({
      ...data,
      sections: {
        ...data.sections,
        honours: [
          { from: '2018-04', to: '2020-12', content: '吉林省技术能手', witness: '省人社厅文件' },
          { from: '2021-01', content: '长春市首席技师', witness: '市人社局文件' },
          { from: '2023-05', to: '2023-05', content: '第二届长春技术能手', witness: '证书复印件' },
        ],
      },
    });
    const honours = withPeriods.items.find((item) => item.label === '曾获得的荣誉称号');
    expect(honours?.rows.map((row) => row.content)).toEqual([
      '2018.04—2020.12\u3000吉林省技术能手',
      '2021.01—至今\u3000长春市首席技师',
      '2023.05\u3000第二届长春技术能手',
    ]);
  });

  it('formats dates and spaces short labels', () => {
    expect(dateZh('2025-09-05', { pad: false })).toBe('2025年9月5日');
    expect(dateZh('2025-09-05', { pad: true })).toBe('2025年09月05日');
    expect(yearMonthZh('1997-07-01')).toBe('1997年07月');
    expect(fieldLabel('name')).toBe('姓\u3000\u3000名');
    expect(fieldLabel('idNumber')).toBe('身份证号码');
    expect(spaced('主要经历', 1)).toBe('主\u3000要\u3000经\u3000历');
  });
});
