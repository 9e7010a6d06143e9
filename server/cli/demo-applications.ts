import type { SkillLevel } from '../../domain/people';
import type { AwardCode } from '../../domain/roles';
import type { ApplicationStatus } from '../../domain/workflow/states';
import type { EntryInput } from '../services/applications';
import { reportedToChaoyang } from './demo-applications-reported';
import { entry, jilinBankAccount, job } from './demo-entries';

/** Every step of the unit and of the recommender, up to the bureau's desk. */
export const reportedToBureau: ApplicationStatus[] = [
  'draft',
  'unit_decided',
  'unit_notice',
  'unit_noticed',
  'at_recommender',
  'recommender_decided',
  'recommender_notice',
  'recommender_noticed',
  'at_bureau',
];

export interface DemoApplication {
  name: string;
  award: AwardCode;
  employer: string; // organisation code
  region: string;
  birthDate: string;
  sequence: number; // odd: male, even: female (17th digit of the ID number)
  bankAccount: string;
  mobile: string;
  landline?: string;
  candidateUser?: string;
  unitRank?: number;
  /** its rank at the recommender, once the recommender ranked it (Annex 3 lists it then) */
  recommenderRank?: number;
  /** the required papers as sample files (a complete dossier) */
  withAttachments?: boolean;
  /** statuses passed through, in order; the last is the current one */
  path: ApplicationStatus[];
  formerTitle?: { award: AwardCode; edition: number; year: number; certificateNo: string };
  fields: {
    name: string;
    gender: 'male' | 'female';
    birthDate: string;
    ethnicity: string;
    politicalStatus: string;
    education: string;
    occupation: string;
    skillLevel: SkillLevel;
    workStartDate: string;
    occupationStartDate: string;
    postalCode: string;
    address: string;
    email: string;
    conditions: number[];
    achievementsSummary: string;
  };
  entries: EntryInput[];
}

export const demoApplications: DemoApplication[] = [
  {
    name: '周铁军',
    withAttachments: true,
    award: 'grand_award',
    employer: 'emp-jingong',
    region: '220104',
    birthDate: '1978-03-12',
    sequence: 31,
    bankAccount: jilinBankAccount('621700001000123456'),
    mobile: '13804310123',
    landline: '0431-85551234',
    candidateUser: 'candidate',
    path: ['draft'],
    formerTitle: { award: 'technical_expert', edition: 2, year: 2023, certificateNo: 'CCJSNS-2023-007' },
    fields: {
      name: '周铁军',
      gender: 'male',
      birthDate: '1978-03-12',
      ethnicity: '01',
      politicalStatus: '01',
      education: '31',
      occupation: '数控车工',
      skillLevel: 'level1',
      workStartDate: '1997-07-01',
      occupationStartDate: '1997-07-01',
      postalCode: '130012',
      address: '长春市朝阳区红旗街1088号',
      email: 'zhoutiejun@example.cn',
      conditions: [2, 3],
      achievementsSummary:
        '从事数控车削加工二十余年，主持攻克高精度主轴加工变形难题，总结“三段控温切削法”，使主轴圆度误差由0.008毫米降至0.003毫米，年节约成本三百余万元。' +
        '带徒32人，其中12人取得技师以上职业技能等级，2人获省级技术能手称号。',
    },
    entries: [
      job(0, '长春精工数控机床有限公司', '数控车工', '人力资源部 王丽', '1997-07', '2010-12'),
      job(1, '长春精工数控机床有限公司', '数控车间 班组长', '人力资源部 王丽', '2011-01', ''),
      entry(
        'patents',
        0,
        '一种高精度主轴车削用恒温冷却装置（实用新型专利 ZL2021 2 0123456.7）',
        '专利证书复印件',
      ),
      entry(
        'innovations',
        0,
        '主轴加工“三段控温切削法”，圆度误差降低62%，年节约成本320万元',
        '公司技术中心鉴定意见',
      ),
      entry('uniqueSkills', 0, '薄壁套类零件一次装夹成形绝技，合格率由85%提升至99.2%', '车间主任 刘强'),
      entry('competitionPrizes', 0, '2022年吉林省职工职业技能大赛数控车工项目第二名', '获奖证书复印件'),
      entry('honours', 0, '2023年第二届长春技术能手', '证书复印件'),
      entry('honours', 1, '2021年长春市五一劳动奖章', '证书复印件'),
    ],
  },
  {
    name: '韩雪梅',
    award: 'technical_expert',
    employer: 'emp-jingong',
    region: '220102',
    birthDate: '1986-11-05',
    sequence: 42,
    bankAccount: jilinBankAccount('621700001000987654'),
    mobile: '13943100456',
    path: ['draft'],
    fields: {
      name: '韩雪梅',
      gender: 'female',
      birthDate: '1986-11-05',
      ethnicity: '11',
      politicalStatus: '13',
      education: '47',
      occupation: '装配钳工',
      skillLevel: 'level2',
      workStartDate: '2006-08-01',
      occupationStartDate: '2006-08-01',
      postalCode: '130012',
      address: '长春市朝阳区建设街56号',
      email: 'hanxuemei@example.cn',
      conditions: [1],
      achievementsSummary:
        '长期从事数控机床精密装配，总结导轨刮研“点面结合”操作法，装配一次合格率提升至99%。培养徒弟15名，其中8人取得高级工以上等级。',
    },
    entries: [
      job(0, '长春精工数控机床有限公司', '装配钳工', '人力资源部 王丽', '2006-08', ''),
      entry('innovations', 0, '导轨刮研“点面结合”操作法，装配返修率下降70%', '公司技术中心'),
      entry('competitionPrizes', 0, '2021年长春市职业技能大赛装配钳工项目第一名', '获奖证书复印件'),
    ],
  },
  {
    name: '马国庆',
    withAttachments: true,
    award: 'technical_expert',
    employer: 'emp-guangdian',
    region: '220104',
    birthDate: '1981-10-01',
    sequence: 15,
    bankAccount: jilinBankAccount('621700001000555533'),
    mobile: '13704319876',
    unitRank: 1,
    path: ['draft', 'unit_decided', 'unit_notice', 'unit_noticed', 'at_recommender'],
    fields: {
      name: '马国庆',
      gender: 'male',
      birthDate: '1981-10-01',
      ethnicity: '03',
      politicalStatus: '01',
      education: '21',
      occupation: '光学零件制造工',
      skillLevel: 'level3',
      workStartDate: '2003-07-01',
      occupationStartDate: '2004-03-01',
      postalCode: '130033',
      address: '长春市朝阳区湖西路77号',
      email: 'maguoqing@example.cn',
      conditions: [3],
      achievementsSummary:
        '精通高精度光学镜片研磨抛光，创新“分区压力抛光法”，面形精度达到λ/20，产品良率提升18%。',
    },
    entries: [
      job(0, '长春光电仪器制造有限公司', '光学车间 研磨工', '人事科 孙明', '2003-07', ''),
      entry('innovations', 0, '“分区压力抛光法”，良率提升18%', '公司技术部'),
    ],
  },
  {
    name: '郑春光',
    withAttachments: true,
    award: 'grand_award',
    employer: 'soe-crrc',
    region: '220106',
    birthDate: '1975-06-18',
    sequence: 57,
    bankAccount: jilinBankAccount('621700001000246802'),
    mobile: '13604317777',
    path: ['draft'],
    fields: {
      name: '郑春光',
      gender: 'male',
      birthDate: '1975-06-18',
      ethnicity: '01',
      politicalStatus: '01',
      education: '21',
      occupation: '焊工',
      skillLevel: 'special',
      workStartDate: '1995-07-01',
      occupationStartDate: '1995-07-01',
      postalCode: '130062',
      address: '长春市绿园区青荫路435号',
      email: 'zhengchunguang@example.cn',
      conditions: [1, 3],
      achievementsSummary:
        '高速动车组转向架构架焊接领军人才，创立“郑春光焊接工作室”，攻克铝合金车体长大焊缝变形控制难题，培养高级技师以上徒弟20余名。',
    },
    entries: [
      job(0, '中车长春轨道客车股份有限公司', '转向架制造中心 焊工', '人力资源部 吴刚', '1995-07', ''),
      entry('honours', 0, '2020年全国劳动模范', '证书复印件'),
    ],
  },
  {
    name: '李明远',
    withAttachments: true,
    award: 'technical_expert',
    employer: 'emp-lvyuan-weld',
    region: '220106',
    birthDate: '1984-04-20',
    sequence: 23,
    bankAccount: jilinBankAccount('621700001000777788'),
    mobile: '13504318888',
    unitRank: 1,
    recommenderRank: 1,
    path: [...reportedToBureau],
    fields: {
      name: '李明远',
      gender: 'male',
      birthDate: '1984-04-20',
      ethnicity: '01',
      politicalStatus: '01',
      education: '31',
      occupation: '焊工',
      skillLevel: 'level2',
      workStartDate: '2004-07-01',
      occupationStartDate: '2004-07-01',
      postalCode: '130062',
      address: '长春市绿园区西新工业园区12号',
      email: 'limingyuan@example.cn',
      conditions: [2],
      achievementsSummary:
        '主持压力容器环焊缝自动焊工艺改进，焊缝一次探伤合格率由96%提升至99.6%，年节约返修成本80余万元。',
    },
    entries: [
      job(0, '长春绿园焊接技术有限公司', '焊接车间 焊工、班长', '综合办 赵红', '2004-07', ''),
      entry('innovations', 0, '压力容器环焊缝自动焊工艺改进，年节约80万元', '公司技术部'),
      entry('competitionPrizes', 0, '2023年长春市职业技能大赛焊工项目第一名', '获奖证书复印件'),
    ],
  },
  // what two more units of the Chaoyang district reported to it, across both awards
  ...reportedToChaoyang,
  // a state-owned enterprise recommends its own staff straight to the bureau: a second envelope at the desk
  {
    name: '孟凡军',
    withAttachments: true,
    award: 'technical_expert',
    employer: 'soe-faw',
    region: '220106',
    birthDate: '1980-03-16',
    sequence: 37,
    bankAccount: jilinBankAccount('621700001000868686'),
    mobile: '13604319966',
    unitRank: 1,
    recommenderRank: 1,
    path: [...reportedToBureau],
    fields: {
      name: '孟凡军',
      gender: 'male',
      birthDate: '1980-03-16',
      ethnicity: '01',
      politicalStatus: '01',
      education: '31',
      occupation: '汽车装调工',
      skillLevel: 'level2',
      workStartDate: '2001-07-01',
      occupationStartDate: '2001-07-01',
      postalCode: '130011',
      address: '长春市绿园区东风大街8899号',
      email: 'mengfanjun@example.cn',
      conditions: [2],
      achievementsSummary:
        '主持整车电气装调工艺优化，下线一次调试合格率由95%提升至99.3%，年节约返修工时1.2万小时；带徒16人，其中5人取得技师职业技能等级。',
    },
    entries: [
      job(0, '中国第一汽车集团有限公司', '总装车间 汽车装调工、班组长', '人力资源部 周岩', '2001-07', ''),
      entry('innovations', 0, '整车电气装调工艺优化，年节约返修工时1.2万小时', '公司工艺部'),
      entry('competitionPrizes', 0, '2022年长春市职业技能大赛汽车装调工项目第一名', '获奖证书复印件'),
    ],
  },
];
