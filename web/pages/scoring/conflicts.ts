import type { FieldError } from '../../../domain/errors';
import { conflictInput } from '../../../domain/review/inputs';
import { issuesToFields } from '../../../domain/validation';
import type { Conflict, ConflictDeclaration } from '../../api/scoring';

/**
 * An expert's conflicts (回避) as the scoring screen shows them: where each stands, and what is wrong with a
 * declaration before it is sent — the domain's `conflictInput`, which the server parses too (a relation
 * chosen; "other" says why).
 */

export type ConflictStanding = 'pending' | 'confirmed' | 'dismissed';

/** A declared conflict holds at once; the bureau confirms it, or dismisses a mistaken one. */
export function conflictStanding(conflict: Pick<Conflict, 'status' | 'vetted'>): ConflictStanding {
  if (conflict.status === 'dismissed') return 'dismissed';
  return conflict.vetted ? 'confirmed' : 'pending';
}

export function declarationProblems(declaration: Partial<ConflictDeclaration>): FieldError[] {
  const parsed = conflictInput.safeParse(declaration);
  return parsed.success ? [] : issuesToFields(parsed.error.issues);
}
