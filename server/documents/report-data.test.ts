import { describe, expect, it } from 'vitest';
import {
  balancedLines,
  candidateColumnWidths,
  candidateGroups,
  periodZh,
  reportTexts,
  reportView,
  widthInCharacters,
} from './report-data';
import { makeReport, withObjection } from './report-data.testing';

describe('reportView', () => {
  const view = reportView(makeReport());
  const all = () => view.sections.flatMap((section) => section.paragraphs);

  it('builds the title from the edition and breaks it in two even lines before 和', () => {
    expect(view.title).toBe('关于推荐第三届长春技能大奖和长春技术能手候选人的报告');
    expect(view.titleLines).toEqual(['关于推荐第三届长春技能大奖', '和长春技术能手候选人的报告']);
  });

  it('opens with the addressee and the 方案 the report answers', () => {
    expect(view.addresseeLine).toBe('长春市人力资源和社会保障局：');
    expect(view.opening).toBe(
      '根据《第三届长春技能大奖和长春技术能手评选工作方案》要求，我单位按照评选条件和推荐名额，依照专家评审、集体研究、公示的程序组织开展了推荐工作，现将有关情况报告如下：',
    );
  });

  it('has the four sections of §四(一) in order', () => {
    expect(view.sections.map((section) => section.heading)).toEqual([
      '一、推荐人选',
      '二、专家评议情况',
      '三、公示情况',
      '四、联系人及联系方式',
    ]);
  });

  it('counts and orders the candidates by award and rank, whatever order they come in', () => {
    const [candidates] = view.sections;
    expect(candidates?.paragraphs).toEqual([
      '经专家评审、集体研究，推荐长春技能大奖候选人2名、长春技术能手候选人3名，按推荐顺序排列如下：',
    ]);
    const table = candidates?.table ?? [];
    expect(table.map((group) => group.label)).toEqual(['长春技能大奖', '长春技术能手']);
    expect(table.map((group) => group.rows.map((row) => `${row.rank}${row.name}`))).toEqual([
      ['1周铁军', '2孙立伟'],
      ['1李春燕', '2王海涛', '3刘佳琪'],
    ]);
    const [first] = table[0]?.rows ?? [];
    expect(first).toEqual({
      rank: '1',
      name: '周铁军',
      gender: '男',
      employer: '长春精工数控机床有限公司',
      occupation: '数控车工',
      skill: '高级技师（一级）',
    });
    expect(table[1]?.rows[2]?.skill).toBe('工程师（新职业专业技术资格）');
  });

  it('names the reviewers, quotes their opinion and states the collective decision', () => {
    expect(all()).toEqual(
      expect.arrayContaining([
        '2027年10月8日，我单位组织王建国（长春工业大学教授）、刘淑华（长春市技师学院高级讲师）、陈志远（中国第一汽车集团有限公司正高级工程师）等3名专家进行评审，评审意见如下：',
        '专家组一致同意推荐周铁军、孙立伟为长春技能大奖候选人，推荐李春燕、王海涛、刘佳琪为长春技术能手候选人，并按综合评分确定推荐顺序。',
        '专家评审意见书见附件1。',
        '2027年10月11日，经局党组会议集体研究，同意专家评审意见，确定以上5名同志为推荐人选，并按评审推荐顺序排序。',
      ]),
    );
  });

  it('writes the notice period in Chinese with its working days and outcome', () => {
    expect(view.sections[2]?.paragraphs).toEqual([
      '2027年10月12日至10月18日，我单位在朝阳区人民政府门户网站及区人社局办公楼公示栏对上述推荐人选进行了公示，公示期5个工作日。公示期间未收到异议。公示截图及公示文件见附件2。',
    ]);
    const objected = reportView(withObjection()).sections[2]?.paragraphs[0];
    expect(objected).toContain(
      '公示期5个工作日。公示期间收到异议1件，经核查，所反映问题与事实不符，不影响其推荐资格。公示截图',
    );
  });

  it('ends with the contact, the attachments and the signature', () => {
    expect(view.sections[3]?.paragraphs).toEqual(['联系人：张丽\u3000\u3000联系电话：0431-85112233']);
    expect(view.closing).toBe('特此报告。');
    expect(view.attachments).toEqual(['1.专家评审意见书', '2.公示截图/公示文件']);
    expect(view.signature).toEqual([
      '推荐单位（盖章）：',
      '长春市朝阳区人力资源和社会保障局',
      '2027年10月19日',
    ]);
    const school = reportView(makeReport({ recommenderName: '长春市技师学院' }));
    expect(school.signature).toEqual(['推荐单位（盖章）：长春市技师学院', '2027年10月19日']);
    const long = reportView(
      makeReport({ recommenderName: '中国第一汽车集团有限公司长春一汽富维汽车零部件股份有限公司' }),
    );
    expect(long.signature).toEqual([
      '推荐单位（盖章）：',
      '中国第一汽车集团有限公司',
      '长春一汽富维汽车零部件股份有限公司',
      '2027年10月19日',
    ]);
  });

  it('names the uploaded opinion in the list of attachments', () => {
    const report = makeReport();
    const uploaded = reportView({
      ...report,
      review: { ...report.review, uploaded: { fileName: '专家评审意见书（签字版）.pdf' } },
    });
    expect(uploaded.attachments[0]).toBe('1.专家评审意见书（专家评审意见书（签字版）.pdf）');
  });

  it('leaves out an award nobody is recommended for, and speaks of one expert as one', () => {
    const report = makeReport();
    const single = reportView({
      ...report,
      candidates: report.candidates.filter((candidate) => candidate.award === 'technical_expert'),
      review: { ...report.review, reviewers: [{ name: '王建国' }] },
    });
    expect(single.sections[0]?.paragraphs[0]).toBe(
      '经专家评审、集体研究，推荐长春技术能手候选人3名，按推荐顺序排列如下：',
    );
    expect(single.sections[0]?.table?.map((group) => group.award)).toEqual(['technical_expert']);
    expect(single.sections[1]?.paragraphs[0]).toBe(
      '2027年10月8日，我单位组织专家王建国进行评审，评审意见如下：',
    );
  });
});

describe('candidateGroups', () => {
  const candidates = makeReport().candidates;

  it('refuses ranks with a gap or a repeat, and an empty list', () => {
    const gap = candidates.map((c) => (c.name === '刘佳琪' ? { ...c, rank: 4 } : c));
    expect(() => candidateGroups(gap)).toThrow(/technical_expert ranks/);
    const repeat = candidates.map((c) => (c.name === '孙立伟' ? { ...c, rank: 1 } : c));
    expect(() => candidateGroups(repeat)).toThrow(/grand_award ranks/);
    expect(() => candidateGroups([])).toThrow(/at least one/);
  });

  it('prints a gender or skill given as text as it is', () => {
    const [first] = candidates;
    if (!first) throw new Error('factory has candidates');
    const [group] = candidateGroups([{ ...first, rank: 1, gender: '女', skillLevelOrTitle: '高级工程师' }]);
    expect(group?.rows[0]).toMatchObject({ gender: '女', skill: '高级工程师' });
  });
});

describe('report helpers', () => {
  it('writes a period within a year without repeating the year, across years with it', () => {
    expect(periodZh('2027-10-12', '2027-10-18')).toBe('2027年10月12日至10月18日');
    expect(periodZh('2027-12-27', '2028-01-03')).toBe('2027年12月27日至2028年1月3日');
  });

  it('balances lines and keeps short titles whole', () => {
    expect(balancedLines('关于推荐候选人的报告', 20)).toEqual(['关于推荐候选人的报告']);
    const lines = balancedLines('关于推荐第四届长春技能大奖长春技术能手和长春首席技师候选人的报告', 20);
    expect(lines.join('')).toBe('关于推荐第四届长春技能大奖长春技术能手和长春首席技师候选人的报告');
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(Math.abs((lines[0]?.length ?? 0) - (lines[1]?.length ?? 0))).toBeLessThanOrEqual(2);
  });

  it('measures digits as half a character', () => {
    expect(widthInCharacters('2027年10月19日')).toBe(7);
    expect(widthInCharacters(reportTexts.signature)).toBe(8);
  });

  it('fills the text column with the table', () => {
    const widths = candidateColumnWidths(442);
    expect(widths).toHaveLength(reportTexts.columns.length);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(442);
    expect(Math.min(...widths)).toBeGreaterThan(30);
  });
});
