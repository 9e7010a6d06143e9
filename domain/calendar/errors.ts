import { DomainError } from '../errors';
import type { Message } from '../message';

/** The longest notice we compute: the seed asks for 5 working days; 60 leaves room and bounds the work. */
export const NOTICE_DAYS_MIN = 1;
export const NOTICE_DAYS_MAX = 60;

/** Why an input was refused; each reason has its own text, all share the code `calendar.invalid_input`. */
export const invalidInputMessages = {
  date: { zh: '日期应为 YYYY-MM-DD 格式的真实日期', en: 'Expected a real date as YYYY-MM-DD' },
  notice_days: {
    zh: `公示天数应为 ${NOTICE_DAYS_MIN} 至 ${NOTICE_DAYS_MAX} 之间的整数`,
    en: `The notice length must be a whole number of working days from ${NOTICE_DAYS_MIN} to ${NOTICE_DAYS_MAX}`,
  },
  working_days: {
    zh: '工作日天数应为不小于 0 的整数',
    en: 'The number of working days must be a whole number, 0 or more',
  },
  range: { zh: '起始日期不能晚于截止日期', en: 'The first date must not be after the last date' },
} as const satisfies Record<string, Message>;
export type InvalidInputReason = keyof typeof invalidInputMessages;

export function invalidInput(field: string, reason: InvalidInputReason, value: unknown): DomainError {
  const message = invalidInputMessages[reason];
  return new DomainError('calendar.invalid_input', message, {
    fields: [{ path: field, code: 'calendar.invalid_input', message }],
    params: { field, reason, value },
  });
}

export function yearUnknown(year: number): DomainError {
  return new DomainError(
    'calendar.year_unknown',
    {
      zh: `${year} 年的法定节假日安排尚未收录，请管理员先维护该年度的节假日和调休工作日`,
      en: `The official holiday arrangement for ${year} is not on record yet: an administrator must first enter that year's holidays and make-up working days`,
    },
    { params: { year } },
  );
}

export function invalidOverride(day: unknown, kind: unknown): DomainError {
  return new DomainError(
    'calendar.override_invalid',
    {
      zh: '日历调整无效：日期应为 YYYY-MM-DD 格式的真实日期，类型应为休息日（holiday）或工作日（workday）',
      en: 'Invalid calendar override: the day must be a real date as YYYY-MM-DD and the kind holiday or workday',
    },
    { params: { day, kind } },
  );
}

export function conflictingOverride(day: string): DomainError {
  return new DomainError(
    'calendar.override_conflict',
    {
      zh: `${day} 同时被设为休息日和工作日，请只保留一项调整`,
      en: `${day} is set both as a holiday and as a working day: keep one override`,
    },
    { params: { day } },
  );
}
