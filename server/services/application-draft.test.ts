import { getTableColumns, isSQLWrapper } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import {
  ApplicationDraft,
  annex2Fields,
  applicationFields,
  columnFields,
  secretFields,
} from '../../domain/application';
import { makeIdNumber } from '../../domain/people/id-number.testing';
import { deriveKeys, generateMasterKey } from '../crypto/keys';
import { Sealer } from '../crypto/sealed';
import { type applicationEntries, applications } from '../db/schema';
import { makeAnnex2Draft } from '../documents/annex2-data.testing';
import { draftToStorage, followIdNumber, maskedValues, storageToDraft } from './application-draft';

type ApplicationRow = typeof applications.$inferSelect;
type EntryRow = typeof applicationEntries.$inferSelect;

const sealer = new Sealer(deriveKeys(generateMasterKey()));
const tableColumns = getTableColumns(applications);

/** Every field of the registry filled in: all sections, the qualification, the declarations set. */
const draft: ApplicationDraft = {
  ...makeAnnex2Draft(),
  professionalQualification: { field: 'new_occupation', level: 'intermediate', title: '数控工艺中级' },
  post: 'cadre',
  declassified: true,
};

/** The row and entries the database would hand back after storing the draft. */
function stored(values: Partial<ApplicationDraft>): { row: ApplicationRow; entries: EntryRow[] } {
  const { columns, sections } = draftToStorage(sealer, values);
  const blank = Object.fromEntries(Object.keys(tableColumns).map((column) => [column, null]));
  const entries = [...sections.values()].flat().map((entry, index) => ({
    id: `entry-${index}`,
    applicationId: 'application',
    evidenceAttachmentId: null,
    ...entry,
  }));
  return { row: { ...blank, ...columns } as ApplicationRow, entries: entries as EntryRow[] };
}

describe('the storage of the Annex 2 fields', () => {
  it('fills every field of the registry in the test draft', () => {
    expect(Object.keys(draft).sort()).toEqual([...applicationFields].sort());
  });

  it('names only columns the applications table has', () => {
    for (const field of columnFields) {
      expect(tableColumns, field).toHaveProperty(annex2Fields[field].column.applications);
    }
    for (const field of secretFields) {
      const { sealed, masked } = annex2Fields[field].column;
      expect(tableColumns, field).toHaveProperty(sealed);
      expect(tableColumns, field).toHaveProperty(masked);
    }
  });

  it('clears a NOT NULL column to its default, and a field without one cannot be cleared', () => {
    const dialect = new PgDialect();
    for (const field of columnFields) {
      const column = annex2Fields[field].column;
      const table = tableColumns[column.applications];
      if (!table.notNull) {
        expect(column, field).not.toHaveProperty('cleared');
        continue;
      }
      if (!('cleared' in column)) {
        expect(ApplicationDraft.safeParse({ [field]: null }).success, field).toBe(false);
        continue;
      }
      const defaultValue = isSQLWrapper(table.default)
        ? dialect.sqlToQuery(table.default.getSQL()).sql
        : table.default;
      const cleared = isSQLWrapper(table.default)
        ? `'${JSON.stringify(column.cleared)}'::jsonb`
        : column.cleared;
      expect(cleared, field).toEqual(defaultValue);
    }
    const cleared = Object.fromEntries(
      [...columnFields, ...secretFields].filter((field) => field !== 'name').map((field) => [field, null]),
    );
    const { columns } = draftToStorage(sealer, cleared);
    for (const field of columnFields.filter((f) => f !== 'name')) {
      const column = annex2Fields[field].column;
      expect(columns[column.applications], field).toEqual('cleared' in column ? column.cleared : null);
    }
    for (const field of secretFields) {
      const { sealed, masked } = annex2Fields[field].column;
      expect([columns[sealed], columns[masked]], field).toEqual([null, null]);
    }
  });

  it('seals every secret field: no clear value in any column, the seal opens to it', () => {
    const { row } = stored(draft);
    const everyColumn = JSON.stringify(row);
    for (const field of secretFields) {
      const value = draft[field] ?? '';
      expect(value.length, field).toBeGreaterThan(6);
      expect(everyColumn, field).not.toContain(value);
      expect(sealer.openOptional(row[annex2Fields[field].column.sealed]), field).toBe(value);
    }
  });

  it('gives the draft back in clear to those who may read it', () => {
    const { row, entries } = stored(draft);
    expect(storageToDraft(row, entries, 'grand_award', { sealer, reveal: true })).toEqual(draft);
  });

  it('masks every secret field otherwise and leaves out the exact birth date, nothing else', () => {
    const { row, entries } = stored(draft);
    const masks = maskedValues(row);
    expect(Object.keys(masks).sort()).toEqual([...secretFields].sort());
    const masked = storageToDraft(row, entries, 'grand_award', { sealer, reveal: false });
    for (const field of secretFields) {
      expect(masked[field], field).toBe(masks[field]);
      expect(masked[field], field).toContain('*');
      expect(masked[field], field).not.toBe(draft[field]);
    }
    const { birthDate: _birthDate, ...rest } = draft;
    expect(masked).toEqual({ ...rest, ...masks });
  });
});

describe('the birth date and gender follow the ID number', () => {
  const corrected = makeIdNumber({ region: '220104', birthDate: '1985-07-09', gender: 'female', seq: 21 });

  it('takes them from the number saved, whatever the draft says', () => {
    expect(followIdNumber({ idNumber: corrected, birthDate: '1962-01-01', gender: 'male' })).toMatchObject({
      idNumber: corrected,
      birthDate: '1985-07-09',
      gender: 'female',
    });
    expect(followIdNumber({ idNumber: corrected })).toMatchObject({
      birthDate: '1985-07-09',
      gender: 'female',
    });
  });

  it('clears them beside a number that is not valid', () => {
    const broken = followIdNumber({ idNumber: `${corrected.slice(0, 17)}0`, birthDate: '1962-01-01' });
    expect(broken).toHaveProperty('birthDate', undefined);
    expect(broken).toHaveProperty('gender', undefined);
    const { columns } = draftToStorage(sealer, { idNumber: '1234', birthDate: '1962-01-01', gender: 'male' });
    expect([columns.birthDate, columns.gender]).toEqual([null, null]);
  });

  it('judges a changed birth date or gender alone against the number on file', () => {
    const { row } = stored({ idNumber: corrected });
    const { columns } = draftToStorage(sealer, { birthDate: '1962-01-01', gender: 'male' }, row);
    expect([columns.birthDate, columns.gender]).toEqual(['1985-07-09', 'female']);
  });

  it('leaves them as typed while there is no number, and touches nothing the draft does not name', () => {
    expect(followIdNumber({ birthDate: '1962-01-01' })).toEqual({ birthDate: '1962-01-01' });
    expect(followIdNumber({ idNumber: undefined, gender: 'male' })).toEqual({
      idNumber: undefined,
      gender: 'male',
    });
    expect(followIdNumber({ name: '王小明' }, () => corrected)).toEqual({ name: '王小明' });
  });
});
