import { describe, expect, it } from 'vitest';
import { makeApplication } from './application.testing';
import {
  annex2FieldLabels,
  annex2FieldSchemas,
  candidateFields,
  columnFields,
  omitWhereMasked,
  printedFields,
  requiredApplicationFields,
  secretFields,
  sectionNames,
} from './field-lists';
import { annex2Fields, applicationFields, type FieldSpec } from './registry';
import { ApplicationDraft, ApplicationSubmission, alternativeRequirements, completeness } from './schema';
import { sectionSchema, workHistorySchema } from './sections';

const specs: [string, FieldSpec][] = Object.entries(annex2Fields);
const flagged = (flag: keyof FieldSpec) =>
  specs.filter(([, spec]) => spec[flag] === true).map(([field]) => field);

describe('the Annex 2 field registry', () => {
  it('is the one list of fields the schemas, labels and draft are keyed by, in the same order', () => {
    expect(Object.keys(annex2FieldSchemas)).toEqual(applicationFields);
    expect(Object.keys(annex2FieldLabels)).toEqual(applicationFields);
    expect(Object.keys(ApplicationDraft.shape)).toEqual(applicationFields);
    expect(Object.keys(ApplicationSubmission.shape).sort()).toEqual([...applicationFields].sort());
  });

  it('derives each list from its flag, in the annex order', () => {
    expect(requiredApplicationFields).toEqual(flagged('required'));
    expect(printedFields).toEqual(flagged('printed'));
    expect(candidateFields).toEqual(flagged('candidateEditable'));
    expect(secretFields).toEqual(flagged('secret'));
    for (const list of [requiredApplicationFields, printedFields, candidateFields, secretFields]) {
      expect(list).toEqual(applicationFields.filter((field) => (list as readonly string[]).includes(field)));
    }
  });

  it('counts every required field in completeness, and nothing else but the alternatives', () => {
    const empty = completeness({});
    const alternatives = alternativeRequirements.map(([first]) => first);
    expect(empty.missing.sort()).toEqual([...requiredApplicationFields, ...alternatives].sort());
    expect(empty.required).toBe(requiredApplicationFields.length + alternativeRequirements.length);
    const complete = makeApplication();
    expect(completeness(complete).missing).toEqual([]);
    for (const field of requiredApplicationFields) {
      const { [field]: _dropped, ...rest } = complete;
      expect(completeness(rest).missing, field).toEqual([field]);
    }
  });

  it('refuses a submission without any required field, and requires nothing else', () => {
    const paths = (value: unknown) => {
      const parsed = ApplicationSubmission.safeParse(value);
      return parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0]));
    };
    const alternatives = alternativeRequirements.map(([first]) => first);
    expect(new Set(paths({}))).toEqual(new Set([...requiredApplicationFields, ...alternatives]));
    // The alternatives are required as a pair, so neither carries the flag of its own.
    for (const pair of alternativeRequirements) {
      for (const field of pair) expect(annex2Fields[field]).not.toHaveProperty('required');
    }
  });

  it('keeps secret fields sealed: an *Enc column with a *Masked copy, never a plain column', () => {
    expect(secretFields.length).toBeGreaterThan(0);
    for (const field of secretFields) {
      expect(annex2Fields[field].column).toEqual({ sealed: `${field}Enc`, masked: `${field}Masked` });
    }
    for (const [field, spec] of specs) {
      if ('sealed' in spec.column) expect(secretFields, field).toContain(field);
    }
  });

  it('stores the sections as entries and every other field in a column of its own or as the award', () => {
    for (const section of sectionNames) {
      expect([sectionSchema, workHistorySchema]).toContain(annex2Fields[section].schema);
    }
    expect(
      [...sectionNames, ...columnFields, ...secretFields, 'award'].sort((a, b) => a.localeCompare(b)),
    ).toEqual([...applicationFields].sort((a, b) => a.localeCompare(b)));
  });

  it('lets the candidate fill in only personal data and the history, never the award or the claims', () => {
    for (const field of ['award', 'conditions', 'achievementsSummary', 'isUnitHead', 'patents']) {
      expect(candidateFields).not.toContain(field);
    }
  });

  it('leaves the exact birth date out wherever the numbers are masked, and nothing else', () => {
    const draft = makeApplication();
    const { birthDate: _birthDate, ...rest } = draft;
    expect(omitWhereMasked(draft)).toEqual(rest);
    expect(draft).toHaveProperty('birthDate');
  });
});
