import { annex2FieldLabels, applicationFieldMessages } from '../application';
import { genders, type IdNumberFailure, idNumberReasonMessages } from '../people';
import { isIsoDate } from '../time';
import { EARLIEST_BIRTH_DATE, isPlausibleBirthDate } from './facts';
import { labelOf } from './format';
import { defineRule, type Hit } from './types';

/** Identity: the ID number (GB 11643) and its agreement with the birth date and gender; readable dates. */

export const idNumberInvalid = defineRule({
  code: 'id_number.invalid',
  severity: 'error',
  fields: ['idNumber'],
  description: {
    zh: '身份证号码须为 18 位，校验位（GB 11643）、地区代码和出生日期有效',
    en: 'The ID number has 18 characters with a valid check character (GB 11643), region and birth date',
  },
  message: ({ reason }: { reason: IdNumberFailure }) => idNumberReasonMessages[reason],
  check: (_draft, facts) =>
    facts.idNumber && !facts.idNumber.ok
      ? [{ field: 'idNumber', params: { reason: facts.idNumber.reason } }]
      : [],
});

type Mismatch =
  | { field: 'birthDate'; entered: string; fromIdNumber: string }
  | { field: 'gender'; entered: string; fromIdNumber: string };

export const idNumberMismatch = defineRule({
  code: 'id_number.mismatch',
  severity: 'error',
  fields: ['idNumber', 'birthDate', 'gender'],
  description: {
    zh: '出生日期、性别须与身份证号码一致',
    en: 'The date of birth and the gender agree with the ID number',
  },
  message: (mismatch: Mismatch) => {
    if (mismatch.field === 'birthDate') {
      return {
        zh: `出生日期 ${mismatch.entered} 与身份证号码中的出生日期 ${mismatch.fromIdNumber} 不一致`,
        en: `The date of birth ${mismatch.entered} differs from the one in the ID number, ${mismatch.fromIdNumber}`,
      };
    }
    const entered = labelOf(genders, mismatch.entered);
    const fromId = labelOf(genders, mismatch.fromIdNumber);
    return {
      zh: `性别“${entered.zh}”与身份证号码显示的“${fromId.zh}”不一致`,
      en: `The gender "${entered.en}" differs from the ID number's "${fromId.en}"`,
    };
  },
  check: (draft, facts) => {
    if (!facts.idNumber?.ok) return [];
    const { birthDate, gender } = facts.idNumber.value;
    const hits: Hit<Mismatch>[] = [];
    if (draft.birthDate !== undefined && isIsoDate(draft.birthDate) && draft.birthDate !== birthDate) {
      hits.push({
        field: 'birthDate',
        params: { field: 'birthDate', entered: draft.birthDate, fromIdNumber: birthDate },
      });
    }
    if (draft.gender !== undefined && draft.gender !== gender) {
      hits.push({
        field: 'gender',
        params: { field: 'gender', entered: draft.gender, fromIdNumber: gender },
      });
    }
    return hits;
  },
});

const dateFields = ['birthDate', 'workStartDate', 'occupationStartDate'] as const;
type DateField = (typeof dateFields)[number];
type DateProblem = { field: DateField; value: string; reason: 'format' | 'birth_range' };

export const dateInvalid = defineRule({
  code: 'date.invalid',
  severity: 'error',
  fields: dateFields,
  description: {
    zh: '日期须为 YYYY-MM-DD 格式的真实日期；出生日期在 1900-01-01 与今天之间',
    en: 'Dates are real days written YYYY-MM-DD; a date of birth lies between 1900-01-01 and today',
  },
  message: ({ field, value, reason }: DateProblem) => {
    const label = annex2FieldLabels[field];
    if (reason === 'birth_range') {
      return {
        zh: `${label.zh} ${value} 不在 ${EARLIEST_BIRTH_DATE} 至今天之间`,
        en: `${label.en} ${value} is not between ${EARLIEST_BIRTH_DATE} and today`,
      };
    }
    const rule = applicationFieldMessages['date.invalid'];
    return { zh: `${label.zh}：${rule.zh}`, en: `${label.en}: ${rule.en}` };
  },
  check: (draft, facts) =>
    dateFields.flatMap((field): Hit<DateProblem>[] => {
      const value = draft[field];
      if (value === undefined) return [];
      if (!isIsoDate(value)) return [{ field, params: { field, value, reason: 'format' } }];
      if (field === 'birthDate' && !isPlausibleBirthDate(value, facts.today)) {
        return [{ field, params: { field, value, reason: 'birth_range' } }];
      }
      return [];
    }),
});
