import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { FieldError } from '../../domain/errors';
import { findUnstorableCharacter, unsafeCharacterParams } from '../../domain/text';
import { validationFailed } from './errors';

/**
 * Defence in depth behind the request schemas (which refuse these and more, field by field): no string
 * of a JSON body or a query, keys included, may carry U+0000 or an unpaired surrogate. PostgreSQL
 * cannot store the one (the insert fails) and silently replaces the other, so a route whose schema
 * takes a plain `z.string()` would answer 500 or store something else than was sent. The walk is
 * iterative, so a deeply nested body cannot exhaust the stack.
 */
export function firstUnstorableString(value: unknown): FieldError | undefined {
  const pending: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value: current, path } = next;
    if (typeof current === 'string') {
      const found = findUnstorableCharacter(current);
      if (found) return fieldError(path, found);
    } else if (typeof current === 'object' && current !== null) {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        // a broken key cannot be named in the path: the object holding it is
        const found = findUnstorableCharacter(key);
        if (found) return fieldError(path, found);
        pending.push({ value: child, path: [...path, key] });
      }
    }
  }
  return undefined;
}

function fieldError(path: string[], found: Parameters<typeof unsafeCharacterParams>[0]): FieldError {
  const { code, message } = unsafeCharacterParams(found);
  return { path: path.join('.'), code, message };
}

export const inputHygienePlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    const problem = firstUnstorableString(request.body) ?? firstUnstorableString(request.query);
    if (problem) throw validationFailed([problem]);
  });
});
