import { and, asc, eq } from 'drizzle-orm';
import type {
  ApplicationDraft,
  ColumnField,
  SecretField,
  SectionName,
  SectionRow,
  WorkHistoryRow,
} from '../../domain/application';
import {
  annex2Fields,
  columnFields,
  omitWhereMasked,
  secretFields,
  sectionNames,
} from '../../domain/application';
import { idNumberDerivedFields } from '../../domain/people';
import type { AwardCode } from '../../domain/roles';
import type { Sealer } from '../crypto/sealed';
import type { Executor } from '../db/database';
import { applicationEntries, type applications } from '../db/schema';
import { type EntryInput, type PersonalSecrets, sealPersonalData } from './applications';

type ApplicationRow = typeof applications.$inferSelect;
type ApplicationColumns = Partial<typeof applications.$inferInsert>;
type EntryRow = typeof applicationEntries.$inferSelect;
type Registry = typeof annex2Fields;

/** The columns of `applications` a value of type V fits in. */
type ColumnsFor<V> = {
  [C in keyof ApplicationColumns]-?: V extends NonNullable<ApplicationColumns[C]> ? C : never;
}[keyof ApplicationColumns];

/**
 * The registry's column of each plain field. Checked by the compiler against the table: a column the
 * table lacks, or one whose type cannot hold the field's value, does not compile.
 */
const columnOf = Object.fromEntries(
  columnFields.map((field) => [field, annex2Fields[field].column.applications]),
) as { [F in ColumnField]: Registry[F]['column']['applications'] } satisfies {
  [F in ColumnField]: ColumnsFor<NonNullable<ApplicationDraft[F]>>;
};

/** The sealed and masked columns of each secret field, checked against the table likewise. */
const sealedColumnsOf = Object.fromEntries(
  secretFields.map((field) => [field, annex2Fields[field].column]),
) as { [F in SecretField]: Registry[F]['column'] } satisfies Record<
  SecretField,
  { sealed: keyof ApplicationRow; masked: keyof ApplicationRow }
>;

/** What a cleared field stores: the column's NOT NULL default, or null. */
function clearedValue(field: ColumnField): unknown {
  const column = annex2Fields[field].column;
  return 'cleared' in column ? column.cleared : null;
}

/**
 * The draft with the birth date and gender the ID number decides: the number saved now, or else the one
 * on file when the draft changes the birth date or gender alone. Derived from a valid number, cleared
 * beside one that is not; typed freely only while there is no number at all. So a corrected number
 * cannot leave the previous person's birth date and gender in storage.
 */
export function followIdNumber(
  draft: Partial<ApplicationDraft>,
  storedIdNumber: () => string | null = () => null,
): Partial<ApplicationDraft> {
  const touchesDerived = 'birthDate' in draft || 'gender' in draft;
  if (!('idNumber' in draft) && !touchesDerived) return draft;
  const idNumber = 'idNumber' in draft ? draft.idNumber : storedIdNumber();
  if (typeof idNumber !== 'string' || idNumber === '') return draft;
  const { birthDate, gender } = idNumberDerivedFields(idNumber);
  return { ...draft, birthDate: birthDate ?? undefined, gender: gender ?? undefined };
}

/**
 * Splits a (partial) draft into column values, personal data to seal, and section rows. Only the keys
 * present in the draft are touched (besides the birth date and gender, which follow the ID number:
 * `followIdNumber`, with the number on file of `current`); a section given replaces that whole section.
 */
export function draftToStorage(
  sealer: Sealer,
  given: Partial<ApplicationDraft>,
  current?: Pick<ApplicationRow, 'idNumberEnc'>,
) {
  const draft = followIdNumber(given, () => (current ? sealer.openOptional(current.idNumberEnc) : null));
  const columns: Record<string, unknown> = {};
  for (const field of columnFields) {
    if (!(field in draft)) continue;
    columns[columnOf[field]] = draft[field] ?? clearedValue(field);
  }
  const secrets: PersonalSecrets = {};
  for (const field of secretFields) if (field in draft) secrets[field] = draft[field] ?? null;
  Object.assign(columns, sealPersonalData(sealer, secrets));

  const sections = new Map<SectionName, EntryInput[]>();
  for (const section of sectionNames) {
    if (!(section in draft)) continue;
    const rows = (draft[section] ?? []) as (SectionRow | WorkHistoryRow)[];
    sections.set(
      section,
      rows.map((row, position) => ({
        section,
        position,
        periodFrom: row.from ?? null,
        periodTo: row.to ?? null,
        place: 'place' in row ? row.place : null,
        content: row.content,
        witness: row.witness ?? null,
      })),
    );
  }
  // The keys are the registry's columns, checked above against the table.
  return { columns: columns as ApplicationColumns, sections };
}

export async function replaceSections(
  tx: Executor,
  applicationId: string,
  sections: Map<SectionName, EntryInput[]>,
) {
  for (const [section, rows] of sections) {
    await tx
      .delete(applicationEntries)
      .where(
        and(eq(applicationEntries.applicationId, applicationId), eq(applicationEntries.section, section)),
      );
    if (rows.length) await tx.insert(applicationEntries).values(rows.map((r) => ({ ...r, applicationId })));
  }
}

export async function entriesOf(db: Executor, applicationId: string): Promise<EntryRow[]> {
  return db
    .select()
    .from(applicationEntries)
    .where(eq(applicationEntries.applicationId, applicationId))
    .orderBy(asc(applicationEntries.section), asc(applicationEntries.position));
}

/** The plain fields (those in a column of their own) that the row holds a value for. */
export function columnValues(row: ApplicationRow): Partial<Record<ColumnField, unknown>> {
  const values: Partial<Record<ColumnField, unknown>> = {};
  for (const field of columnFields) {
    const value = row[columnOf[field]];
    if (value !== null && value !== undefined) values[field] = value;
  }
  return values;
}

/** The display masks of the sealed fields, as every masked view shows them. */
export function maskedValues(row: ApplicationRow): Record<SecretField, string | null> {
  return Object.fromEntries(
    secretFields.map((field) => [field, row[sealedColumnsOf[field].masked]]),
  ) as Record<SecretField, string | null>;
}

/**
 * The draft as the form shows it. Personal data in clear only when `reveal` (the owning unit or the
 * candidate, and the caller audits that read); otherwise the masks, and what would give them away left
 * out (`omitWhereMasked`: no exact birth date).
 */
export function storageToDraft(
  row: ApplicationRow,
  entries: EntryRow[],
  award: AwardCode,
  options: { sealer: Sealer; reveal: boolean },
): ApplicationDraft {
  const draft: Record<string, unknown> = { award, ...columnValues(row) };
  const masks = maskedValues(row);
  for (const field of secretFields) {
    const value = options.reveal
      ? options.sealer.openOptional(row[sealedColumnsOf[field].sealed])
      : masks[field];
    if (value) draft[field] = value;
  }
  for (const section of sectionNames) {
    const rows = entries.filter((e) => e.section === section);
    if (!rows.length) continue;
    draft[section] = rows.map((e) => ({
      ...(e.periodFrom ? { from: e.periodFrom } : {}),
      ...(e.periodTo ? { to: e.periodTo } : {}),
      ...(section === 'workHistory' ? { place: e.place ?? '' } : {}),
      content: e.content,
      ...(e.witness ? { witness: e.witness } : {}),
    }));
  }
  return (options.reveal ? draft : omitWhereMasked(draft)) as ApplicationDraft;
}
