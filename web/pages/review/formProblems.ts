import type { z } from 'zod';
import type { FieldError } from '../../../domain/errors';
import { issuesToFields } from '../../../domain/validation';

/**
 * The review forms check what they send with the request's own schema (domain/review/inputs.ts) before
 * sending it, and show the server's field errors the same way: a problem's dotted path (`criteria.2.code`)
 * names the form field (`['criteria', 2, 'code']`).
 */

/** The antd form name of a dotted path: array indexes as numbers. */
export function formName(path: string): (string | number)[] {
  return path === '' ? [] : path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The payload the schema makes of the form's values, or the problems it finds, as the server words them. */
export function checkPayload<S extends z.ZodType>(
  schema: S,
  values: unknown,
): { ok: true; payload: z.output<S> } | { ok: false; problems: FieldError[] } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, payload: parsed.data };
  return { ok: false, problems: issuesToFields(parsed.error.issues) };
}

/** The problems that name a field of the form, and the others (a whole list too short, a rule across fields). */
export function splitProblems(
  problems: readonly FieldError[],
  fieldNames: readonly (string | number)[][],
): { onFields: FieldError[]; general: FieldError[] } {
  const known = new Set(fieldNames.map((name) => name.join('.')));
  const onFields = problems.filter((p) => known.has(p.path));
  return { onFields, general: problems.filter((p) => !known.has(p.path)) };
}
