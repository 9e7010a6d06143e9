import type { FieldError } from './errors';
import type { Message } from './message';

/** The parts of a zod issue we read; kept structural so the web and the server share it. */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  expected?: string;
  input?: unknown;
  values?: readonly unknown[];
  /** Custom issues raised by our own rules carry their rule code and bilingual message here. */
  params?: { code?: string; message?: Message };
}

/** A bilingual message for a schema violation, so the user reads the problem in their language. */
export function issueMessage(issue: IssueLike): Message {
  if (issue.params?.message) return issue.params.message;
  const isString = issue.origin === 'string';
  switch (issue.code) {
    case 'invalid_type':
      // zod reports a missing key as "received undefined" (the input itself is not always attached)
      return issue.input === undefined && (!issue.message || /received undefined/.test(issue.message))
        ? { zh: '此项为必填项', en: 'This field is required' }
        : { zh: '格式不正确', en: 'Wrong type of value' };
    case 'too_small':
      if (isString && Number(issue.minimum) === 1)
        return { zh: '此项为必填项', en: 'This field is required' };
      return isString
        ? { zh: `至少 ${issue.minimum} 个字符`, en: `At least ${issue.minimum} characters` }
        : issue.origin === 'array'
          ? { zh: `至少 ${issue.minimum} 项`, en: `At least ${issue.minimum} items` }
          : { zh: `不能小于 ${issue.minimum}`, en: `Must be at least ${issue.minimum}` };
    case 'too_big':
      return isString
        ? { zh: `不能超过 ${issue.maximum} 个字符`, en: `At most ${issue.maximum} characters` }
        : issue.origin === 'array'
          ? { zh: `不能超过 ${issue.maximum} 项`, en: `At most ${issue.maximum} items` }
          : { zh: `不能大于 ${issue.maximum}`, en: `Must be at most ${issue.maximum}` };
    case 'invalid_format':
      return { zh: '格式不正确', en: `Invalid format${issue.format ? ` (${issue.format})` : ''}` };
    case 'invalid_value':
      return { zh: '不是允许的取值', en: 'Not one of the allowed values' };
    case 'unrecognized_keys':
      return { zh: '包含无法识别的字段', en: 'Contains unknown fields' };
    default:
      return { zh: '输入不正确', en: issue.message ?? 'Invalid input' };
  }
}

export function issuesToFields(issues: readonly IssueLike[], prefix = ''): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return {
      path: prefix && path ? `${prefix}.${path}` : path || prefix,
      code: issue.params?.code ?? `validation.${issue.code}`,
      message: issueMessage(issue),
    };
  });
}

/** Whether `value` is one of a closed list of values (a status, a kind, a role …), narrowing it to the list's type. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
