import type { Gender, Post } from '../people';
import { isRetiredOn, type RetirementAge, retirementFor } from '../retirement';
import { defineRule } from './types';

/** The person (seed §一（一）): not retired, not a unit head, in a frontline skill post, working in Changchun. */

type Retired = {
  gender: Gender;
  post: Post;
  /** No post given: a woman is judged as holding a worker post (original age 50). */
  postAssumed: boolean;
  age: RetirementAge;
  retirementMonth: string;
  referenceDate: string;
};

function ageText({ years, months }: RetirementAge) {
  return {
    zh: months ? `${years} 岁 ${months} 个月` : `${years} 岁`,
    en: months ? `${years} years ${months} month${months === 1 ? '' : 's'}` : `${years} years`,
  };
}

function whoText({ gender, post, postAssumed }: Retired) {
  if (gender === 'male') return { zh: '男职工', en: 'a man' };
  const assumed = postAssumed ? { zh: '，未填写岗位类别', en: ', no post given' } : { zh: '', en: '' };
  return post === 'cadre'
    ? { zh: `女职工（干部岗位${assumed.zh}）`, en: `a woman (cadre post${assumed.en})` }
    : { zh: `女职工（工人岗位${assumed.zh}）`, en: `a woman (worker post${assumed.en})` };
}

export const personRetired = defineRule({
  code: 'person.retired',
  severity: 'error',
  fields: ['idNumber', 'birthDate', 'gender', 'post'],
  description: {
    zh: '退休人员不得参加评选：按渐进式延迟法定退休年龄，评选基准日已过退休当月的视为退休',
    en: 'Retired people may not take part: past the month of the statutory retirement age (2025 gradual raise) on the reference date',
  },
  message: (params: Retired) => {
    const age = ageText(params.age);
    const who = whoText(params);
    return {
      zh: `${who.zh}法定退休年龄为 ${age.zh}，应于 ${params.retirementMonth} 退休；评选基准日 ${params.referenceDate} 已退休，退休人员不得参加评选`,
      en: `The statutory retirement age of ${who.en} is ${age.en}, reached in ${params.retirementMonth}: on the reference date ${params.referenceDate} the candidate is retired, and retired people may not take part`,
    };
  },
  check: (draft, facts) => {
    if (!facts.birth || !facts.gender) return [];
    const gender = facts.gender.value;
    const post = draft.post ?? 'worker';
    const input = { birth: facts.birth.date.slice(0, 7), gender, post };
    if (!isRetiredOn(input, facts.referenceDate)) return [];
    const { age, month } = retirementFor(input);
    return [
      {
        field: facts.birth.field,
        params: {
          gender,
          post,
          postAssumed: gender === 'female' && draft.post === undefined,
          age,
          retirementMonth: month,
          referenceDate: facts.referenceDate,
        },
      },
    ];
  },
});

export const personUnitHead = defineRule({
  code: 'person.unit_head',
  severity: 'error',
  fields: ['isUnitHead'],
  description: {
    zh: '现任企事业单位负责人不得参加评选',
    en: 'A current head of an enterprise or institution may not take part',
  },
  message: () => ({
    zh: '申报人现任企事业单位负责人，按评选方案不得参加评选',
    en: 'The candidate currently heads an enterprise or institution and, under the work plan, may not take part',
  }),
  check: (draft) => (draft.isUnitHead === true ? [{ field: 'isUnitHead', params: {} }] : []),
});

export const personNotFrontline = defineRule({
  code: 'person.not_frontline',
  severity: 'error',
  fields: ['frontlinePost'],
  description: {
    zh: '评选范围为生产服务一线技能岗位人员',
    en: 'Only people in frontline production or service skill posts may take part',
  },
  message: () => ({
    zh: '评选范围为生产服务一线技能岗位人员，申报人现未在一线技能岗位工作',
    en: 'The selection is for people in frontline production or service skill posts; the candidate does not work in one',
  }),
  check: (draft) => (draft.frontlinePost === false ? [{ field: 'frontlinePost', params: {} }] : []),
});

export const personOutsideChangchun = defineRule({
  code: 'person.outside_changchun',
  severity: 'error',
  fields: ['workplaceInChangchun'],
  description: {
    zh: '评选范围为现在长春市域内各级各类企事业单位、技工院校工作的人员',
    en: 'Only people now working for an enterprise, institution or technical school in Changchun may take part',
  },
  message: () => ({
    zh: '申报人现工作单位不在长春市域内，不在评选范围内',
    en: "The candidate's employer is not in Changchun, which is outside the scope of the selection",
  }),
  check: (draft) =>
    draft.workplaceInChangchun === false ? [{ field: 'workplaceInChangchun', params: {} }] : [],
});
