import type { SkillLevel } from '../../domain/people';
import type { AwardCode } from '../../domain/roles';
import type { ApplicationStatus } from '../../domain/workflow/states';
import { type DemoApplication, reportedToBureau } from './demo-applications';
import { entry, jilinBankAccount, job } from './demo-entries';

/** Every level's step, the bureau's intake, and the start of the expert review. */
const inReview: ApplicationStatus[] = [...reportedToBureau, 'accepted', 'in_review'];
/** Reviewed, proposed, through the city notice and sent to the talent office. */
const sentForApproval: ApplicationStatus[] = [
  ...inReview,
  'proposed',
  'city_notice',
  'city_noticed',
  'pending_approval',
];

interface Person {
  name: string;
  award: AwardCode;
  employer: string;
  unitName: string;
  gender: 'male' | 'female';
  birthDate: string;
  sequence: number;
  account: string;
  mobile: string;
  occupation: string;
  skillLevel: SkillLevel;
  since: string;
  conditions: number[];
  summary: string;
  innovation: string;
  honour: string;
  path: ApplicationStatus[];
  formerTitle?: DemoApplication['formerTitle'];
}

function candidate(p: Person): DemoApplication {
  const from = p.since.slice(0, 7);
  return {
    name: p.name,
    withAttachments: true,
    award: p.award,
    employer: p.employer,
    region: '220102',
    birthDate: p.birthDate,
    sequence: p.sequence,
    bankAccount: jilinBankAccount(p.account),
    mobile: p.mobile,
    unitRank: 1,
    recommenderRank: 1,
    path: p.path,
    formerTitle: p.formerTitle,
    fields: {
      name: p.name,
      gender: p.gender,
      birthDate: p.birthDate,
      ethnicity: '01',
      politicalStatus: '01',
      education: '31',
      occupation: p.occupation,
      skillLevel: p.skillLevel,
      workStartDate: p.since,
      occupationStartDate: p.since,
      postalCode: '130012',
      address: '长春市南关区人民大街2688号',
      email: `demo${p.sequence}@example.cn`,
      conditions: p.conditions,
      achievementsSummary: p.summary,
    },
    entries: [
      job(0, p.unitName, `${p.occupation}、班组长`, '人事处 王敏', from, ''),
      entry('innovations', 0, p.innovation, '单位技术部门'),
      entry('honours', 0, p.honour, '证书复印件'),
    ],
  };
}

/**
 * The expert review and the talent office's approval as a new user finds them: four welders and machinists
 * in the review of 长春技术能手, scored by two experts of the panel and waiting for 孙卫东 (the `expert`
 * account); two candidates of 长春技能大奖 through the city notice and sent to the talent office (the
 * `talent` account). Demo names and numbers.
 */
export const reviewStageApplications: DemoApplication[] = [
  candidate({
    name: '高志远',
    award: 'technical_expert',
    employer: 'school-qcgy',
    unitName: '长春汽车工业高级技工学校',
    gender: 'male',
    birthDate: '1982-09-14',
    sequence: 111,
    account: '621700001000515151',
    mobile: '13604311101',
    occupation: '数控车工',
    skillLevel: 'level2',
    since: '2003-07-01',
    conditions: [1, 2],
    summary: '带领数控实训中心完成新能源汽车电机轴精密加工工艺开发，加工精度提升至IT5级，培养学生技师42名。',
    innovation: '电机轴精密车削工艺，废品率由3%降至0.4%',
    honour: '2024年吉林省职业院校技能大赛优秀指导教师',
    path: inReview,
  }),
  candidate({
    name: '王丽娟',
    award: 'technical_expert',
    employer: 'emp-lvyuan-weld',
    unitName: '长春绿园焊接技术有限公司',
    gender: 'female',
    birthDate: '1986-02-03',
    sequence: 112,
    account: '621700001000525252',
    mobile: '13604311102',
    occupation: '焊工',
    skillLevel: 'level2',
    since: '2006-07-01',
    conditions: [2],
    summary: '攻克不锈钢薄板激光焊变形难题，焊后平面度由2毫米降至0.3毫米，为企业新增订单1200余万元。',
    innovation: '不锈钢薄板激光焊变形控制工装，获实用新型专利',
    honour: '2023年长春市职业技能大赛焊工项目第二名',
    path: inReview,
  }),
  candidate({
    name: '赵长春',
    award: 'technical_expert',
    employer: 'soe-faw',
    unitName: '中国第一汽车集团有限公司',
    gender: 'male',
    birthDate: '1979-11-27',
    sequence: 113,
    account: '621700001000535353',
    mobile: '13604311103',
    occupation: '工具钳工',
    skillLevel: 'level1',
    since: '1999-07-01',
    conditions: [1, 3],
    summary: '主持冲压模具快速修复技术攻关，模具修复周期由15天缩短至4天，年创效益300余万元，带徒15人。',
    innovation: '冲压模具激光熔覆快速修复技术',
    honour: '2022年一汽集团首席技能大师',
    path: inReview,
  }),
  candidate({
    name: '孙晓梅',
    award: 'technical_expert',
    employer: 'school-jsxy',
    unitName: '长春市技师学院',
    gender: 'female',
    birthDate: '1988-06-18',
    sequence: 114,
    account: '621700001000545454',
    mobile: '13604311104',
    occupation: '电工',
    skillLevel: 'level2',
    since: '2009-07-01',
    conditions: [2, 4],
    summary: '研发智能配电柜故障诊断实训装置，在全市12所职业院校推广使用，指导学生获省级技能大赛一等奖3项。',
    innovation: '智能配电柜故障诊断实训装置',
    honour: '2024年长春市五一劳动奖章',
    path: inReview,
  }),
  candidate({
    name: '钱国栋',
    award: 'grand_award',
    employer: 'soe-faw',
    unitName: '中国第一汽车集团有限公司',
    gender: 'male',
    birthDate: '1971-03-09',
    sequence: 115,
    account: '621700001000555555',
    mobile: '13604311105',
    occupation: '汽车装调工',
    skillLevel: 'level1',
    since: '1990-07-01',
    conditions: [1, 2, 3],
    summary: '三十余年扎根整车装调一线，主持红旗轿车底盘装调工艺优化，一次下线合格率由91%提升至99.2%。',
    innovation: '红旗轿车底盘四轮定位快速装调法',
    honour: '2021年第一届长春技术能手',
    path: sentForApproval,
    formerTitle: { award: 'technical_expert', edition: 1, year: 2021, certificateNo: 'CCJSNS-2021-002' },
  }),
  candidate({
    name: '冯雪峰',
    award: 'grand_award',
    employer: 'school-qcgy',
    unitName: '长春汽车工业高级技工学校',
    gender: 'male',
    birthDate: '1975-12-01',
    sequence: 116,
    account: '621700001000565656',
    mobile: '13604311106',
    occupation: '机修钳工',
    skillLevel: 'level1',
    since: '1995-07-01',
    conditions: [1, 4],
    summary: '建成全国示范性技能大师工作室，开发实训项目56个，培养高级技师27名、技师86名。',
    innovation: '柔性生产线故障快速定位方法',
    honour: '2023年第二届长春技术能手',
    path: sentForApproval,
    formerTitle: { award: 'technical_expert', edition: 2, year: 2023, certificateNo: 'CCJSNS-2023-003' },
  }),
];
