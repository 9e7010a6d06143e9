import { DomainError } from '../errors';
import type { Message } from '../message';
import type { Gender, Post } from '../people';
import { isIsoDate } from '../time';

/**
 * Statutory retirement age (法定退休年龄) under the gradual raise in force since 2025-01-01 (全国人民代表大会
 * 常务委员会关于实施渐进式延迟法定退休年龄的决定, 2024-09-13, and its annexed tables):
 *
 * - men, original age 60: one month more for every 4 months of birth from 1965-01, up to 63;
 * - women in cadre/managerial posts, original age 55: one month per 4 months from 1970-01, up to 58;
 * - women in worker posts, original age 50: one month per 2 months from 1975-01, up to 55.
 *
 * People born earlier keep the original age. The official tables read the same: 男职工 1965年1月–4月
 * 出生 → 60岁1个月 (2025年2月–5月退休), 1976年9月及以后 → 63岁; 原50周岁女职工 1975年1月–2月 → 50岁1个月,
 * 1984年11月及以后 → 55岁; 原55周岁女职工 1970年1月–4月 → 55岁1个月, 1981年9月及以后 → 58岁.
 */
export interface RetirementScheme {
  originalYears: number;
  /** The first birth month that retires later (`YYYY-MM`). */
  firstDelayedBirth: string;
  /** Months of birth per month of delay. */
  birthMonthsPerStep: number;
  maxDelayMonths: number;
}

export const retirementSchemes = {
  male: { originalYears: 60, firstDelayedBirth: '1965-01', birthMonthsPerStep: 4, maxDelayMonths: 36 },
  femaleCadre: { originalYears: 55, firstDelayedBirth: '1970-01', birthMonthsPerStep: 4, maxDelayMonths: 36 },
  femaleWorker: {
    originalYears: 50,
    firstDelayedBirth: '1975-01',
    birthMonthsPerStep: 2,
    maxDelayMonths: 60,
  },
} as const satisfies Record<string, RetirementScheme>;

export interface RetirementInput {
  /** Birth month, `YYYY-MM`. */
  birth: string;
  gender: Gender;
  /**
   * Only a woman's post matters: worker (工人岗位, original age 50) or cadre (管理技术岗位, 55). Absent, a
   * woman is taken to hold a worker post: the candidates of a skills award work in skill posts.
   */
  post?: Post;
}

export interface RetirementAge {
  years: number;
  months: number;
}

export interface Retirement {
  age: RetirementAge;
  /** The month in which the age is reached: birth month + age (`YYYY-MM`). */
  month: string;
}

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Birth years this rule can speak for: earlier or later ones are typing errors, not people. */
const FIRST_BIRTH_YEAR = 1900;
const LAST_BIRTH_YEAR = 2100;

export function schemeFor(gender: Gender, post: Post = 'worker'): RetirementScheme {
  if (gender === 'male') return retirementSchemes.male;
  return post === 'cadre' ? retirementSchemes.femaleCadre : retirementSchemes.femaleWorker;
}

/** The statutory retirement age and month. Throws `retirement.invalid_input` (400) for bad input. */
export function retirementFor(input: RetirementInput): Retirement {
  const { birth, scheme } = readInput(input);
  const sinceFirstDelayed = birth - monthIndex(scheme.firstDelayedBirth);
  const delay =
    sinceFirstDelayed < 0
      ? 0
      : Math.min(Math.floor(sinceFirstDelayed / scheme.birthMonthsPerStep) + 1, scheme.maxDelayMonths);
  const ageMonths = scheme.originalYears * 12 + delay;
  return {
    age: { years: Math.floor(ageMonths / 12), months: ageMonths % 12 },
    month: formatMonth(birth + ageMonths),
  };
}

/**
 * Whether the candidate counts as retired on `referenceDate` (`YYYY-MM-DD`, the edition's date).
 *
 * One retires in the month one reaches the statutory age, and the pension is, as a rule, paid from the
 * following month: through the retirement month the person is still at work, and the day of the month
 * on which they reach the age is not part of the month-level tables. So a candidate is
 * retired from the first day of the month after the retirement month: on the last day of that month
 * they may still be nominated, on the first day of the next they may not.
 */
export function isRetiredOn(input: RetirementInput, referenceDate: string): boolean {
  if (typeof referenceDate !== 'string' || !isIsoDate(referenceDate)) {
    throw invalidInput('referenceDate', {
      zh: '基准日期应为 YYYY-MM-DD 格式的真实日期',
      en: 'The reference date must be a real day written YYYY-MM-DD',
    });
  }
  return referenceDate.slice(0, 7) > retirementFor(input).month;
}

/** `YYYY-MM` → months since year 0, so that month arithmetic is integer arithmetic. */
function monthIndex(yearMonth: string): number {
  return Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1;
}

function formatMonth(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function readInput(input: RetirementInput): { birth: number; scheme: RetirementScheme } {
  const { birth, gender, post } = input ?? ({} as Partial<RetirementInput>);
  const match = typeof birth === 'string' ? YEAR_MONTH.exec(birth) : null;
  const year = Number(match?.[1]);
  if (!match || year < FIRST_BIRTH_YEAR || year > LAST_BIRTH_YEAR) {
    throw invalidInput('birth', {
      zh: `出生年月应为 YYYY-MM 格式，年份在 ${FIRST_BIRTH_YEAR}–${LAST_BIRTH_YEAR} 之间`,
      en: `The birth month must be YYYY-MM with a year from ${FIRST_BIRTH_YEAR} to ${LAST_BIRTH_YEAR}`,
    });
  }
  if (gender !== 'male' && gender !== 'female') {
    throw invalidInput('gender', { zh: '性别应为 male 或 female', en: 'The gender must be male or female' });
  }
  if (post !== undefined && post !== 'worker' && post !== 'cadre') {
    throw invalidInput('post', { zh: '岗位应为 worker 或 cadre', en: 'The post must be worker or cadre' });
  }
  return { birth: monthIndex(match[0]), scheme: schemeFor(gender, post) };
}

function invalidInput(field: string, detail: Message): DomainError {
  return new DomainError(
    'retirement.invalid_input',
    { zh: `无法计算法定退休年龄：${detail.zh}`, en: `Cannot compute the retirement age: ${detail.en}` },
    {
      fields: [{ path: field, code: 'retirement.invalid_input', message: detail }],
      params: { field },
    },
  );
}
