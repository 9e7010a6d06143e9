/** The lists of fields the form, the papers, the invitation and the storage use, derived from the registry. */
import {
  type Annex2Registry,
  type ApplicationField,
  annex2Fields,
  applicationFields,
  type FieldSpec,
} from './registry';

type Flag = 'required' | 'printed' | 'candidateEditable' | 'secret' | 'hiddenWhereMasked';
type FlaggedField<K extends Flag> = {
  [F in ApplicationField]: Annex2Registry[F] extends Record<K, true> ? F : never;
}[ApplicationField];

/** The fields carrying the flag, in the annex's order; the type and the list read the same flag. */
function flagged<K extends Flag>(flag: K): FlaggedField<K>[] {
  return applicationFields.filter(
    (field): field is FlaggedField<K> => (annex2Fields[field] as FieldSpec)[flag] === true,
  );
}

export type RequiredField = FlaggedField<'required'>;
export type PrintedField = FlaggedField<'printed'>;
export type CandidateField = FlaggedField<'candidateEditable'>;
export type SecretField = FlaggedField<'secret'>;

/**
 * What a complete application must carry, besides a skill level or a professional qualification (see
 * `alternativeRequirements`); the reasons for the optional ones are noted beside them in the registry.
 */
export const requiredApplicationFields: readonly RequiredField[] = flagged('required');
/** What Annex 2 prints; the others are declarations the rules read, which the paper form lacks. */
export const printedFields: readonly PrintedField[] = flagged('printed');
/**
 * The parts of Annex 2 a candidate may fill in themselves through the unit's invitation link: the
 * personal data and the career history. The unit keeps everything else (award, conditions, eligibility
 * facts, achievements, sections) and still owns and submits the application.
 */
export const candidateFields: readonly CandidateField[] = flagged('candidateEditable');
/** Sealed personal data: stored encrypted, shown masked unless the reader may see it in clear. */
export const secretFields: readonly SecretField[] = flagged('secret');

type ColumnOf<F extends ApplicationField> = Annex2Registry[F]['column'];
/** The structured sections (rows of `application_entries`), in the annex's order. */
export type SectionName = {
  [F in ApplicationField]: ColumnOf<F> extends { entries: true } ? F : never;
}[ApplicationField];
export const sectionNames = applicationFields.filter(
  (field): field is SectionName => 'entries' in annex2Fields[field].column,
);

/** The fields held in a column of their own, by value. */
export type ColumnField = {
  [F in ApplicationField]: ColumnOf<F> extends { applications: string } ? F : never;
}[ApplicationField];
export const columnFields = applicationFields.filter(
  (field): field is ColumnField => 'applications' in annex2Fields[field].column,
);

/** Each field's schema, as the draft and the submission build on them. */
export const annex2FieldSchemas = Object.fromEntries(
  applicationFields.map((field) => [field, annex2Fields[field].schema]),
) as { [F in ApplicationField]: Annex2Registry[F]['schema'] };

/** The labels of the form, for the form, the printed document and field errors. */
export const annex2FieldLabels = Object.fromEntries(
  applicationFields.map((field) => [field, annex2Fields[field].label]),
) as { [F in ApplicationField]: Annex2Registry[F]['label'] };

const hiddenWhereMasked = flagged('hiddenWhereMasked');

/**
 * A view beside masked personal numbers leaves out what gives their digits away: the exact birth date,
 * which with the masked ID number rebuilt the whole number (the masked views give the birth year).
 */
export function omitWhereMasked<T extends Partial<Record<ApplicationField, unknown>>>(draft: T): T {
  const view = { ...draft };
  for (const field of hiddenWhereMasked) delete view[field];
  return view;
}
