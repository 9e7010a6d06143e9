import type { Message } from '../message';
import type { AwardCode } from '../roles';
import type { ApplicationField } from './schema';
import type { SectionName } from './sections';

/**
 * The labels of the recommendation form (Annex 2), worded as the annex prints them, for the form, the
 * printed document and field errors. The declarations the annex does not print (post, unit head,
 * frontline post, workplace, conditions, declassification) are worded after the work plan (seed §一–四).
 */
export const annex2FieldLabels = {
  award: { zh: '推荐类别', en: 'Award category' },
  name: { zh: '姓名', en: 'Name' },
  gender: { zh: '性别', en: 'Gender' },
  birthDate: { zh: '出生日期', en: 'Date of birth' },
  ethnicity: { zh: '民族', en: 'Ethnic group' },
  politicalStatus: { zh: '政治面貌', en: 'Political status' },
  education: { zh: '文化程度', en: 'Education' },
  occupation: { zh: '职业（工种）名称', en: 'Occupation (trade)' },
  skillLevel: { zh: '技能水平', en: 'Skill level' },
  professionalQualification: {
    zh: '专业技术资格（乡村振兴、新职业（新业态）等）',
    en: 'Professional-technical qualification (rural revitalisation, new occupations, …)',
  },
  post: { zh: '岗位类别（工人/干部）', en: 'Kind of post (worker/cadre)' },
  workStartDate: { zh: '参加工作时间', en: 'Started work on' },
  occupationStartDate: { zh: '从事本职业（工种）时间', en: 'In this occupation since' },
  postalCode: { zh: '邮政编码', en: 'Postal code' },
  employerName: { zh: '工作单位', en: 'Employer' },
  idNumber: { zh: '身份证号码', en: 'ID number' },
  bankAccount: { zh: '吉林银行一类账户账号', en: 'Bank of Jilin class-I account number' },
  address: { zh: '通讯地址', en: 'Postal address' },
  landline: { zh: '联系电话（座机）', en: 'Telephone (landline)' },
  mobile: { zh: '手机', en: 'Mobile' },
  email: { zh: '电子邮箱', en: 'E-mail' },
  isUnitHead: { zh: '现任企事业单位负责人', en: 'Currently head of an enterprise or institution' },
  frontlinePost: {
    zh: '现从事生产服务一线技能岗位',
    en: 'Works in a frontline production or service skill post',
  },
  workplaceInChangchun: { zh: '工作单位在长春市域内', en: 'Employer located in Changchun' },
  conditions: { zh: '符合的评选条件', en: 'Award conditions met' },
  achievementsSummary: {
    zh: '主要业绩成果（不超过300字）',
    en: 'Main achievements (at most 300 characters)',
  },
  declassified: { zh: '涉密材料已脱密，可公开', en: 'Classified material declassified, may be made public' },
  workHistory: { zh: '主要经历', en: 'Career history' },
  patents: { zh: '获得国家专利情况', en: 'National patents granted' },
  sciTechAwards: {
    zh: '荣获市级以上科技进步奖情况',
    en: 'Science and technology progress awards (city level or higher)',
  },
  innovations: { zh: '技术革新情况', en: 'Technical innovation' },
  uniqueSkills: { zh: '其他绝招绝技或突出贡献', en: 'Unique skills or other outstanding contributions' },
  competitionPrizes: { zh: '职业技能竞赛获奖情况', en: 'Vocational skills competition prizes' },
  honours: { zh: '曾获得的荣誉称号', en: 'Honorary titles received' },
  otherAwards: { zh: '其他获奖情况', en: 'Other awards' },
} as const satisfies Record<ApplicationField, Message>;

/** Column headings of the structured sections. */
export const annex2ColumnLabels = {
  period: { zh: '起止时间', en: 'From – to' },
  place: { zh: '在何单位学习、工作', en: 'Where (school or employer)' },
  content: { zh: '内容', en: 'Details' },
  witness: { zh: '证明人', en: 'Witness' },
  witnessOrEvidence: { zh: '证明人或证明材料', en: 'Witness or evidence' },
  untilNow: { zh: '至今', en: 'to date' },
} as const satisfies Record<string, Message>;

/** The witness column reads 证明人 in the work history and 证明人或证明材料 in the other sections. */
export function witnessLabel(section: SectionName): Message {
  return section === 'workHistory' ? annex2ColumnLabels.witness : annex2ColumnLabels.witnessOrEvidence;
}

/** The award categories as the annex's tick boxes name them (推荐类别); an edition may rename them. */
export const awardLabels = {
  grand_award: { zh: '长春技能大奖', en: 'Changchun Skills Grand Award' },
  technical_expert: { zh: '长春技术能手', en: 'Changchun Technical Expert' },
} as const satisfies Record<AwardCode, Message>;
