/**
 * Test factory for the summary table (Annex 3): a district bureau's two grand-award and three
 * technical-expert candidates, handed over out of order, with valid ID numbers and Luhn-valid accounts
 * of 16 to 19 digits. Test-only.
 */
import { luhnCheckDigit } from '../../domain/people';
import { makeIdNumber } from '../../domain/people/id-number.testing';
import type { SummaryTable, SummaryTableRow } from './annex3-data';

const account = (payload: string) => `${payload}${luhnCheckDigit(payload)}`;

export const summaryRows: readonly SummaryTableRow[] = [
  {
    award: 'technical_expert',
    rank: 2,
    name: '李春燕',
    gender: '女',
    employer: '长春精工数控机床有限公司',
    idNumber: makeIdNumber({ region: '220102', birthDate: '1988-06-20', gender: 'female', seq: 7 }),
    occupation: '装配钳工',
    skillLevelOrTitle: '技师（二级）',
    education: '大学本科',
    achievements:
      '总结导轨刮研“点面结合”操作法，装配返修率下降70%；获2023年吉林省职业技能大赛装配钳工项目第二名。',
    bankAccount: account('623166000012345'),
    phone: '13604312288',
  },
  {
    award: 'grand_award',
    rank: 2,
    name: '王淑华',
    gender: '女',
    employer: '中国第一汽车集团有限公司长春一汽富维汽车零部件股份有限公司冲压件制造分公司',
    idNumber: makeIdNumber({ region: '220105', birthDate: '1975-11-02', gender: 'female', seq: 41 }),
    occupation: '焊工',
    skillLevelOrTitle: '高级技师（一级）',
    education: '大学专科',
    achievements:
      '从事汽车白车身焊接工作三十年，主持机器人点焊参数优化项目，焊点合格率由96.5%提升至99.8%，年节约返修成本120余万元；创建“王淑华技能大师工作室”，带徒46名，其中12人获评技师、高级技师。',
    bankAccount: account('62316600001234567'),
    phone: '13943106655',
  },
  {
    award: 'technical_expert',
    rank: 3,
    name: '赵永刚',
    gender: '男',
    employer: '长春轨道客车股份有限公司',
    idNumber: makeIdNumber({ region: '220106', birthDate: '1990-01-15', gender: 'male', seq: 3 }),
    occupation: '电工',
    skillLevelOrTitle: '工程师',
    education: '研究生',
    achievements: '完成动车组牵引变流器检修工艺改进3项，获国家实用新型专利2项。',
    bankAccount: account('6231660000555888'),
    phone: '0431-84567890',
  },
  {
    award: 'grand_award',
    rank: 1,
    name: '周铁军',
    gender: '男',
    employer: '长春精工数控机床有限公司',
    idNumber: makeIdNumber({ region: '220104', birthDate: '1978-03-12', gender: 'male', seq: 15 }),
    occupation: '数控车工',
    skillLevelOrTitle: '高级技师（一级）',
    education: '大学专科',
    achievements:
      '从事数控车削加工二十余年，首创薄壁套类零件一次装夹成形方法，合格率由85%提升至99.2%；主持数控车床液压卡盘改造，年节约加工成本约46万元；带徒32名。',
    bankAccount: account('621700001000123456'),
    phone: '13804310123',
  },
  {
    award: 'technical_expert',
    rank: 1,
    name: '孙丽娜',
    gender: '女',
    employer: '吉林大学第一医院',
    idNumber: makeIdNumber({ region: '220103', birthDate: '1986-09-30', gender: 'female', seq: 120 }),
    occupation: '医疗器械维修工',
    skillLevelOrTitle: '高级技师（一级）',
    education: '大学本科',
    achievements: '自主修复进口CT球管冷却系统，节约维修费用80万元。',
    bankAccount: account('623166000098765'),
    phone: '18643109876',
  },
];

export function makeSummaryTable(overrides: Partial<SummaryTable> = {}): SummaryTable {
  return {
    recommenderName: '长春市朝阳区人力资源和社会保障局',
    rows: summaryRows,
    filledBy: '刘晓梅',
    filledOn: '2025-10-24',
    contactPhone: '0431-85678123',
    verification: { url: 'http://localhost:3000/verify/summary/7F3K92QD', code: '7F3K-92QD' },
    ...overrides,
  };
}

/** `count` technical-expert candidates after the two grand-award ones: a table over several pages. */
export function makeLongSummaryTable(count: number): SummaryTable {
  const [template] = summaryRows;
  if (!template) throw new Error('factory has rows');
  const experts = Array.from({ length: count }, (_, index) => ({
    ...template,
    rank: index + 1,
    name: `候选人${String(index + 1).padStart(2, '0')}号`,
    gender: '男',
    idNumber: makeIdNumber({ region: '220102', birthDate: '1985-04-18', gender: 'male', seq: index }),
  }));
  const grand = summaryRows.filter((row) => row.award === 'grand_award');
  return makeSummaryTable({ rows: [...experts.reverse(), ...grand] });
}
