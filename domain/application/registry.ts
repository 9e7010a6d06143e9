import { z } from 'zod';
import type { Message } from '../message';
import {
  bankAccountSchema,
  educationLevelSchema,
  emailSchema,
  ethnicGroupSchema,
  genderSchema,
  idNumberSchema,
  landlineSchema,
  mobileSchema,
  politicalStatusSchema,
  postalCodeSchema,
  postSchema,
  skillLevelSchema,
} from '../people';
import { awardCodes } from '../roles';
import { personName, textField } from '../text';
import { conditionNumbersSchema, isoDateSchema, summarySchema } from './fields';
import { SUMMARY_MAX_CHARACTERS } from './messages';
import { professionalQualificationSchema } from './qualification';
import { sectionSchema, workHistorySchema } from './sections';

/**
 * Where a field of the form is kept. The names are those of `server/db/schema` (the server checks them
 * against the table at compile time; `domain/` does not import the server).
 */
export type FieldColumn =
  /** A column of `applications` holding the value as is; `cleared` is what a cleared field stores there
   * (the column's NOT NULL default). */
  | { readonly applications: string; readonly cleared?: string | boolean | readonly never[] }
  /** Sealed personal data: SM4-encrypted in `sealed`, with a display mask in `masked`. */
  | { readonly sealed: `${string}Enc`; readonly masked: `${string}Masked` }
  /** Rows of `application_entries` whose `section` is the field's name. */
  | { readonly entries: true }
  /** `applications.award_id`: the draft carries the award's code. */
  | { readonly awardOf: 'awardId' };

interface FieldFlags {
  /** Worded as the annex prints it; the declarations the annex does not print (post, unit head, frontline
   * post, workplace, conditions, declassification) are worded after the work plan (seed §一–四). */
  readonly label: Message;
  readonly schema: z.ZodType;
  /** A complete application must carry it (completeness, submission). */
  readonly required?: true;
  /** Annex 2 (PDF and DOCX) prints it under its label. */
  readonly printed?: true;
  /** The candidate may fill it in through the unit's invitation link. */
  readonly candidateEditable?: true;
  /** Part of a secret's digits, so left out wherever the secrets are shown masked (`omitWhereMasked`). */
  readonly hiddenWhereMasked?: true;
}

/** Secret fields are exactly those kept sealed: the compiler refuses a secret in plain columns and back. */
export type FieldSpec = FieldFlags &
  (
    | { readonly secret: true; readonly column: Extract<FieldColumn, { sealed: string }> }
    | { readonly secret?: never; readonly column: Exclude<FieldColumn, { sealed: string }> }
  );

/**
 * The recommendation form (Annex 2, 候选人推荐表), each field once, in the annex's order: its label,
 * schema, storage and what it is part of. Every list of fields elsewhere derives from this table.
 * The people fields use the schemas of `domain/people`, so their codes and messages are the eligibility
 * rules' own; a bank account failing only its Luhn check parses (the warning comes from the rules).
 */
export const annex2Fields = {
  award: {
    label: { zh: '推荐类别', en: 'Award category' },
    schema: z.enum(awardCodes),
    column: { awardOf: 'awardId' },
    required: true,
    printed: true,
  },
  // 基本情况. The name, once given, cannot be cleared (see ApplicationDraft): the application is listed under it.
  name: {
    label: { zh: '姓名', en: 'Name' },
    schema: personName({ min: 2, max: 30 }),
    column: { applications: 'name' },
    required: true,
    printed: true,
    candidateEditable: true,
  },
  gender: {
    label: { zh: '性别', en: 'Gender' },
    schema: genderSchema,
    column: { applications: 'gender' },
    required: true,
    printed: true,
    candidateEditable: true,
  },
  birthDate: {
    label: { zh: '出生日期', en: 'Date of birth' },
    schema: isoDateSchema,
    column: { applications: 'birthDate' },
    required: true,
    printed: true,
    candidateEditable: true,
    // Digits 7–14 of the ID number: the masked number beside the date rebuilt the whole number.
    hiddenWhereMasked: true,
  },
  ethnicity: {
    label: { zh: '民族', en: 'Ethnic group' },
    schema: ethnicGroupSchema,
    column: { applications: 'ethnicity' },
    required: true,
    printed: true,
    candidateEditable: true,
  },
  politicalStatus: {
    label: { zh: '政治面貌', en: 'Political status' },
    schema: politicalStatusSchema,
    column: { applications: 'politicalStatus' },
    required: true,
    printed: true,
    candidateEditable: true,
  },
  education: {
    label: { zh: '文化程度', en: 'Education' },
    schema: educationLevelSchema,
    column: { applications: 'education' },
    required: true,
    printed: true,
    candidateEditable: true,
  },
  occupation: {
    label: { zh: '职业（工种）名称', en: 'Occupation (trade)' },
    schema: textField({ max: 50 }),
    column: { applications: 'occupation' },
    required: true,
    printed: true,
    candidateEditable: true,
  },
  // Required with the qualification as its alternative (schema.ts, `alternativeRequirements`).
  skillLevel: {
    label: { zh: '技能水平', en: 'Skill level' },
    schema: skillLevelSchema,
    column: { applications: 'skillLevel' },
    printed: true,
  },
  // Only an alternative route for the technical expert; printed inside the 技能水平 cell, under that label.
  professionalQualification: {
    label: {
      zh: '专业技术资格（乡村振兴、新职业（新业态）等）',
      en: 'Professional-technical qualification (rural revitalisation, new occupations, …)',
    },
    schema: professionalQualificationSchema,
    column: { applications: 'professionalQualification' },
  },
  /** Worker (工人) or cadre (干部) post: sets a woman's original retirement age (50 or 55). Optional: a
   * skill post is a worker post unless stated. */
  post: {
    label: { zh: '岗位类别（工人/干部）', en: 'Kind of post (worker/cadre)' },
    schema: postSchema,
    column: { applications: 'post', cleared: 'worker' },
  },
  workStartDate: {
    label: { zh: '参加工作时间', en: 'Started work on' },
    schema: isoDateSchema,
    column: { applications: 'workStartDate' },
    required: true,
    printed: true,
    candidateEditable: true,
  },
  /** The years in the occupation (从事本职业（工种）时间) are derived from this date. */
  occupationStartDate: {
    label: { zh: '从事本职业（工种）时间', en: 'In this occupation since' },
    schema: isoDateSchema,
    column: { applications: 'occupationStartDate' },
    required: true,
    printed: true,
    candidateEditable: true,
  },
  postalCode: {
    label: { zh: '邮政编码', en: 'Postal code' },
    schema: postalCodeSchema,
    column: { applications: 'postalCode' },
    required: true,
    printed: true,
    candidateEditable: true,
  },
  /** 工作单位 as printed; optional, the employer organisation's name when absent. */
  employerName: {
    label: { zh: '工作单位', en: 'Employer' },
    schema: textField({ max: 100 }),
    column: { applications: 'employerName' },
    printed: true,
  },
  idNumber: {
    label: { zh: '身份证号码', en: 'ID number' },
    schema: idNumberSchema,
    column: { sealed: 'idNumberEnc', masked: 'idNumberMasked' },
    required: true,
    printed: true,
    candidateEditable: true,
    secret: true,
  },
  bankAccount: {
    label: { zh: '吉林银行一类账户账号', en: 'Bank of Jilin class-I account number' },
    schema: bankAccountSchema,
    column: { sealed: 'bankAccountEnc', masked: 'bankAccountMasked' },
    required: true,
    printed: true,
    candidateEditable: true,
    secret: true,
  },
  address: {
    label: { zh: '通讯地址', en: 'Postal address' },
    schema: textField({ max: 100 }),
    column: { applications: 'address' },
    required: true,
    printed: true,
    candidateEditable: true,
  },
  // Optional, like the e-mail: many frontline workers have neither; the mobile is the contact.
  landline: {
    label: { zh: '联系电话（座机）', en: 'Telephone (landline)' },
    schema: landlineSchema,
    column: { sealed: 'landlineEnc', masked: 'landlineMasked' },
    printed: true,
    candidateEditable: true,
    secret: true,
  },
  mobile: {
    label: { zh: '手机', en: 'Mobile' },
    schema: mobileSchema,
    column: { sealed: 'mobileEnc', masked: 'mobileMasked' },
    required: true,
    printed: true,
    candidateEditable: true,
    secret: true,
  },
  email: {
    label: { zh: '电子邮箱', en: 'E-mail' },
    schema: emailSchema,
    column: { applications: 'email' },
    printed: true,
    candidateEditable: true,
  },
  // Declarations the eligibility rules read (seed §一（一）); the paper form lacks them.
  isUnitHead: {
    label: { zh: '现任企事业单位负责人', en: 'Currently head of an enterprise or institution' },
    schema: z.boolean(),
    column: { applications: 'isUnitHead', cleared: false },
    required: true,
  },
  frontlinePost: {
    label: { zh: '现从事生产服务一线技能岗位', en: 'Works in a frontline production or service skill post' },
    schema: z.boolean(),
    column: { applications: 'frontlinePost', cleared: true },
    required: true,
  },
  workplaceInChangchun: {
    label: { zh: '工作单位在长春市域内', en: 'Employer located in Changchun' },
    schema: z.boolean(),
    column: { applications: 'workplaceInChangchun', cleared: true },
    required: true,
  },
  conditions: {
    label: { zh: '符合的评选条件', en: 'Award conditions met' },
    schema: conditionNumbersSchema,
    column: { applications: 'conditions', cleared: [] },
    required: true,
  },
  // Goes to the summary table (Annex 3), not to Annex 2.
  achievementsSummary: {
    label: { zh: '主要业绩成果（不超过300字）', en: 'Main achievements (at most 300 characters)' },
    schema: summarySchema(SUMMARY_MAX_CHARACTERS),
    column: { applications: 'achievementsSummary', cleared: '' },
    required: true,
  },
  /** Classified material was declassified and may be made public (脱密, seed §四); only for classified
   * material, so optional. */
  declassified: {
    label: { zh: '涉密材料已脱密，可公开', en: 'Classified material declassified, may be made public' },
    schema: z.boolean(),
    column: { applications: 'declassified', cleared: false },
  },
  // Structured sections; only the work history is required (not every candidate holds a patent or an honour).
  workHistory: {
    label: { zh: '主要经历', en: 'Career history' },
    schema: workHistorySchema,
    column: { entries: true },
    required: true,
    printed: true,
    candidateEditable: true,
  },
  patents: section({ zh: '获得国家专利情况', en: 'National patents granted' }),
  sciTechAwards: section({
    zh: '荣获市级以上科技进步奖情况',
    en: 'Science and technology progress awards (city level or higher)',
  }),
  innovations: section({ zh: '技术革新情况', en: 'Technical innovation' }),
  uniqueSkills: section({
    zh: '其他绝招绝技或突出贡献',
    en: 'Unique skills or other outstanding contributions',
  }),
  competitionPrizes: section({ zh: '职业技能竞赛获奖情况', en: 'Vocational skills competition prizes' }),
  honours: section({ zh: '曾获得的荣誉称号', en: 'Honorary titles received' }),
  otherAwards: section({ zh: '其他获奖情况', en: 'Other awards' }),
} as const satisfies Record<string, FieldSpec>;

function section(label: Message) {
  return { label, schema: sectionSchema, column: { entries: true }, printed: true } as const;
}

export type Annex2Registry = typeof annex2Fields;
export type ApplicationField = keyof Annex2Registry;
/** In the annex's order, which the form, completeness and the error lists follow. */
export const applicationFields = Object.keys(annex2Fields) as ApplicationField[];
