import { idNumberDerivedFields, isValidIdNumber } from '../../../../domain/people';

/** The form fields an ID number decides. */
export const fieldsFromIdNumber = ['birthDate', 'gender'] as const;
type Derived = Partial<Record<(typeof fieldsFromIdNumber)[number], string | undefined>>;

const asId = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * What an edit of the ID number does to the birth date and gender (the rules require them to agree):
 * a valid number fills them in (replacing those of a number corrected); a number that stops being
 * valid clears those it had filled, so no rule judges the previous person's birth date. A number that
 * was never valid leaves them as typed. `undefined` when nothing changes.
 */
export function derivedFieldsChange(
  previousId: unknown,
  nextId: unknown,
  current: Derived,
): Derived | undefined {
  const next = asId(nextId);
  if (isValidIdNumber(next)) {
    const { birthDate, gender } = idNumberDerivedFields(next);
    const wanted = { birthDate: birthDate ?? undefined, gender: gender ?? undefined };
    return wanted.birthDate === current.birthDate && wanted.gender === current.gender ? undefined : wanted;
  }
  const previous = asId(previousId);
  if (previous === next || !isValidIdNumber(previous)) return undefined;
  if (current.birthDate === undefined && current.gender === undefined) return undefined;
  return { birthDate: undefined, gender: undefined };
}

/**
 * The fields a user's change touched, counting the birth date and gender when the ID number changed:
 * findings the server made on them (identity agreement, retirement age) are stale from then on.
 */
export function editedWith(changed: readonly string[]): string[] {
  return changed.includes('idNumber') ? [...changed, ...fieldsFromIdNumber] : [...changed];
}
