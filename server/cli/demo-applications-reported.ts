import type { DemoApplication } from './demo-applications';
import { entry, jilinBankAccount, job } from './demo-entries';

const reported = ['draft', 'unit_decided', 'unit_notice', 'unit_noticed', 'at_recommender'] as const;

/**
 * What the Chaoyang district's units reported to it besides 马国庆: with him, four candidates of two
 * employers (长春精工, 长春光电) across both awards, so that the district's officer walks its review,
 * notice and ranking with a real choice to make. Demo names and numbers.
 */
export const reportedToChaoyang: DemoApplication[] = [
  {
    name: '陈建国',
    withAttachments: true,
    award: 'grand_award',
    employer: 'emp-guangdian',
    region: '220104',
    birthDate: '1973-05-08',
    sequence: 51,
    bankAccount: jilinBankAccount('621700001000313579'),
    mobile: '13894316688',
    unitRank: 1,
    path: [...reported],
    formerTitle: { award: 'technical_expert', edition: 2, year: 2023, certificateNo: 'CCJSNS-2023-011' },
    fields: {
      name: '陈建国',
      gender: 'male',
      birthDate: '1973-05-08',
      ethnicity: '01',
      politicalStatus: '01',
      education: '21',
      occupation: '光学零件制造工',
      skillLevel: 'level1',
      workStartDate: '1992-07-01',
      occupationStartDate: '1992-07-01',
      postalCode: '130033',
      address: '长春市朝阳区湖西路118号',
      email: 'chenjianguo@example.cn',
      conditions: [2, 3],
      achievementsSummary:
        '从事光学零件加工三十年，主持大口径非球面镜超精密加工攻关，面形精度达到λ/50，打破国外技术垄断；' +
        '创办“陈建国光学技能工作室”，带徒28人，其中9人成为高级技师。',
    },
    entries: [
      job(0, '长春光电仪器制造有限公司', '光学车间 研磨工', '人事科 孙明', '1992-07', '2008-06'),
      job(1, '长春光电仪器制造有限公司', '光学车间 技术主管', '人事科 孙明', '2008-07', ''),
      entry('innovations', 0, '大口径非球面镜超精密加工工艺，良品率由60%提升至92%', '公司技术部'),
      entry('honours', 0, '2023年第二届长春技术能手', '证书复印件'),
      entry('honours', 1, '2022年吉林省技术能手', '证书复印件'),
    ],
  },
  {
    name: '刘振东',
    withAttachments: true,
    award: 'grand_award',
    employer: 'emp-jingong',
    region: '220104',
    birthDate: '1976-12-20',
    sequence: 73,
    bankAccount: jilinBankAccount('621700001000424680'),
    mobile: '13578901234',
    unitRank: 1,
    path: [...reported],
    formerTitle: { award: 'technical_expert', edition: 1, year: 2021, certificateNo: 'CCJSNS-2021-004' },
    fields: {
      name: '刘振东',
      gender: 'male',
      birthDate: '1976-12-20',
      ethnicity: '01',
      politicalStatus: '01',
      education: '31',
      occupation: '装配钳工',
      skillLevel: 'level1',
      workStartDate: '1995-08-01',
      occupationStartDate: '1995-08-01',
      postalCode: '130012',
      address: '长春市朝阳区西安大路1200号',
      email: 'liuzhendong@example.cn',
      conditions: [1, 3],
      achievementsSummary:
        '精密机床装配调试专家，主持五轴联动数控机床整机装配精度攻关，定位精度提升至0.004毫米；' +
        '获国家实用新型专利4项，2020年全国机械行业职业技能竞赛装配钳工项目冠军。',
    },
    entries: [
      job(0, '长春精工数控机床有限公司', '总装车间 装配钳工', '人力资源部 王丽', '1995-08', ''),
      entry('patents', 0, '一种机床主轴预紧力检测装置（实用新型专利 ZL2020 2 0456789.1）', '专利证书复印件'),
      entry('competitionPrizes', 0, '2020年全国机械行业职业技能竞赛装配钳工项目第一名', '获奖证书复印件'),
      entry('honours', 0, '2021年第一届长春技术能手', '证书复印件'),
    ],
  },
  {
    name: '王秀兰',
    withAttachments: true,
    award: 'technical_expert',
    employer: 'emp-jingong',
    region: '220102',
    birthDate: '1983-09-14',
    sequence: 46,
    bankAccount: jilinBankAccount('621700001000535791'),
    mobile: '13756784321',
    unitRank: 1,
    path: [...reported],
    fields: {
      name: '王秀兰',
      gender: 'female',
      birthDate: '1983-09-14',
      ethnicity: '01',
      politicalStatus: '01',
      education: '31',
      occupation: '数控车工',
      skillLevel: 'level2',
      workStartDate: '2003-07-01',
      occupationStartDate: '2003-07-01',
      postalCode: '130012',
      address: '长春市朝阳区红旗街256号',
      email: 'wangxiulan@example.cn',
      conditions: [2],
      achievementsSummary:
        '长期承担高精度液压阀芯车削加工，总结“微量进给对刀法”，阀芯尺寸合格率由93%提升至99.5%，年节约成本60余万元。',
    },
    entries: [
      job(0, '长春精工数控机床有限公司', '数控车间 车工', '人力资源部 王丽', '2003-07', ''),
      entry('innovations', 0, '“微量进给对刀法”，合格率提升至99.5%', '公司技术中心'),
      entry('competitionPrizes', 0, '2022年长春市职业技能大赛数控车工项目第一名', '获奖证书复印件'),
    ],
  },
];
