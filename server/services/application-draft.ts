import { and, asc, eq } from 'drizzle-orm';
import type { ApplicationDraft, SectionName, SectionRow, WorkHistoryRow } from '../../domain/application';
import { sectionNames } from '../../domain/application';
import type { AwardCode } from '../../domain/roles';
import type { Sealer } from '../crypto/sealed';
import type { Executor } from '../db/database';
import { applicationEntries, type applications } from '../db/schema';
import { type EntryInput, type PersonalSecrets, sealPersonalData } from './applications';

type ApplicationRow = typeof applications.$inferSelect;
type ApplicationColumns = Partial<typeof applications.$inferInsert>;
type EntryRow = typeof applicationEntries.$inferSelect;

/** Plain Annex 2 fields that map one to one onto columns. */
const plainFields = [
  'name',
  'gender',
  'birthDate',
  'ethnicity',
  'politicalStatus',
  'education',
  'occupation',
  'skillLevel',
  'professionalQualification',
  'post',
  'workStartDate',
  'occupationStartDate',
  'postalCode',
  'employerName',
  'address',
  'email',
  'isUnitHead',
  'frontlinePost',
  'workplaceInChangchun',
  'conditions',
  'achievementsSummary',
  'declassified',
] as const satisfies readonly (keyof ApplicationDraft & keyof ApplicationRow)[];

const secretFields = ['idNumber', 'bankAccount', 'mobile', 'landline'] as const;

/** Columns with a NOT NULL default: clearing the field in a draft restores the default. */
const columnDefaults: Partial<Record<(typeof plainFields)[number], unknown>> = {
  post: 'worker',
  isUnitHead: false,
  frontlinePost: true,
  workplaceInChangchun: true,
  conditions: [],
  achievementsSummary: '',
  declassified: false,
};

/**
 * Splits a (partial) draft into column values, personal data to seal, and section rows. Only the keys
 * present in the draft are touched; a section given replaces that whole section.
 */
export function draftToStorage(sealer: Sealer, draft: Partial<ApplicationDraft>) {
  const columns: ApplicationColumns = {};
  for (const field of plainFields) {
    if (!(field in draft)) continue;
    const value = draft[field];
    (columns as Record<string, unknown>)[field] = value ?? columnDefaults[field] ?? null;
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
  return { columns, sections };
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

/**
 * The draft as the form shows it. Personal data in clear only when `reveal` (the owning unit or the
 * candidate, and the caller audits that read); otherwise the masks, and no exact birth date.
 */
export function storageToDraft(
  row: ApplicationRow,
  entries: EntryRow[],
  award: AwardCode,
  options: { sealer: Sealer; reveal: boolean },
): ApplicationDraft {
  const draft: Record<string, unknown> = { award };
  for (const field of plainFields) {
    const value = row[field];
    if (value !== null && value !== undefined) draft[field] = value;
  }
  const clear = (sealed: string | null, masked: string | null) =>
    options.reveal ? (options.sealer.openOptional(sealed) ?? undefined) : (masked ?? undefined);
  const personal = {
    idNumber: clear(row.idNumberEnc, row.idNumberMasked),
    bankAccount: clear(row.bankAccountEnc, row.bankAccountMasked),
    mobile: clear(row.mobileEnc, row.mobileMasked),
    landline: clear(row.landlineEnc, row.landlineMasked),
  };
  for (const [key, value] of Object.entries(personal)) if (value) draft[key] = value;
  // With the ID number masked, its birth-date digits must not come back beside it (issue: the masked
  // number plus the birth date rebuilt the whole number). The masked view gives the birth year instead.
  if (!options.reveal) delete draft.birthDate;
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
  return draft as ApplicationDraft;
}
