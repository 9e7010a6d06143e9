import { annex2FieldLabels } from '../application';
import { fullYearsBetween, isIsoDate } from '../time';
import { defineRule, type Hit } from './types';

/**
 * Working life (seed §二 and Annex 2): the years in the occupation cannot exceed the years since starting
 * work, neither date lies in the future, and nobody started work before 16 (the minimum working age of
 * the Labour Law, art. 15).
 */

export const MINIMUM_WORKING_AGE = 16;

type Inconsistent =
  | { reason: 'future'; field: 'workStartDate' | 'occupationStartDate'; date: string; today: string }
  | { reason: 'before_work_start'; occupationStartDate: string; workStartDate: string };

export const workYearsInconsistent = defineRule({
  code: 'work_years.inconsistent',
  severity: 'error',
  fields: ['workStartDate', 'occupationStartDate'],
  description: {
    zh: '从事本职业（工种）年限不超过参加工作年限（从事本职业时间不早于参加工作时间），且两者都不晚于今天',
    en: 'Years in the occupation do not exceed years in work (the occupation starts no earlier than work), and neither date is in the future',
  },
  message: (params: Inconsistent) => {
    if (params.reason === 'future') {
      const label = annex2FieldLabels[params.field];
      return {
        zh: `${label.zh} ${params.date} 晚于今天（${params.today}）`,
        en: `${label.en} ${params.date} is after today (${params.today})`,
      };
    }
    return {
      zh: `从事本职业（工种）时间 ${params.occupationStartDate} 早于参加工作时间 ${params.workStartDate}：从事本职业年限不能超过参加工作年限`,
      en: `In this occupation since ${params.occupationStartDate}, before starting work on ${params.workStartDate}: the years in the occupation cannot exceed the years in work`,
    };
  },
  check: (draft, facts) => {
    const hits: Hit<Inconsistent>[] = [];
    const work = validDate(draft.workStartDate);
    const occupation = validDate(draft.occupationStartDate);
    for (const [field, date] of [
      ['workStartDate', work],
      ['occupationStartDate', occupation],
    ] as const) {
      if (date && date > facts.today) {
        hits.push({ field, params: { reason: 'future', field, date, today: facts.today } });
      }
    }
    if (work && occupation && occupation < work) {
      hits.push({
        field: 'occupationStartDate',
        params: { reason: 'before_work_start', occupationStartDate: occupation, workStartDate: work },
      });
    }
    return hits;
  },
});

type TooYoung = { workStartDate: string; birthDate: string; age: number; minimumAge: number };

export const workStartTooYoung = defineRule({
  code: 'work_start.too_young',
  severity: 'error',
  fields: ['workStartDate', 'birthDate', 'idNumber'],
  description: {
    zh: `参加工作时须年满 ${MINIMUM_WORKING_AGE} 周岁`,
    en: `Work starts at ${MINIMUM_WORKING_AGE} or older`,
  },
  message: ({ workStartDate, birthDate, age, minimumAge }: TooYoung) =>
    age < 0
      ? {
          zh: `参加工作时间 ${workStartDate} 早于出生日期 ${birthDate}`,
          en: `Started work on ${workStartDate}, before the date of birth ${birthDate}`,
        }
      : {
          zh: `参加工作时间 ${workStartDate} 时年仅 ${age} 周岁，不满 ${minimumAge} 周岁`,
          en: `On starting work on ${workStartDate} the candidate was only ${age}, under ${minimumAge}`,
        },
  check: (draft, facts) => {
    const work = validDate(draft.workStartDate);
    if (!work || !facts.birth) return [];
    const age = fullYearsBetween(facts.birth.date, work);
    if (age >= MINIMUM_WORKING_AGE) return [];
    return [
      {
        field: 'workStartDate',
        params: { workStartDate: work, birthDate: facts.birth.date, age, minimumAge: MINIMUM_WORKING_AGE },
      },
    ];
  },
});

function validDate(value: string | undefined): string | undefined {
  return value !== undefined && isIsoDate(value) ? value : undefined;
}
