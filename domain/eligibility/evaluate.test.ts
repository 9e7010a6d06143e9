import { describe, expect, it } from 'vitest';
import { ApplicationDraft, applicationFields } from '../application';
import { makeApplication } from '../application/application.testing';
import { EligibilityDraft } from './draft';
import { findingsOf } from './eligibility.testing';
import { blockingCodes, evaluate } from './evaluate';
import { ruleCatalogue, ruleCatalogueMarkdown, ruleCodes, rules } from './rules';

describe('evaluate', () => {
  it('finds nothing against complete, valid applications of both awards', () => {
    const history = {
      personHistory: [{ awardCode: 'technical_expert' as const }],
      otherApplicationsThisEdition: [],
    };
    expect(findingsOf(makeApplication({ award: 'grand_award' }), history)).toEqual([]);
    expect(findingsOf(makeApplication({ award: 'technical_expert' }), { personHistory: [] })).toEqual([]);
  });

  it('judges nothing in an empty draft', () => {
    expect(findingsOf({})).toEqual([]);
    expect(
      findingsOf({}, { personHistory: [], otherApplicationsThisEdition: [{ award: 'grand_award' }] }),
    ).toEqual([]);
  });

  it('lets warnings through: a grand-award candidate never titled, with a Luhn-failing account, is not blocked', () => {
    const findings = findingsOf(makeApplication({ bankAccount: '6217000010001234560' }), {
      personHistory: [],
    });
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['grand_award.not_former_expert', 'warning'],
      ['bank_account.luhn', 'warning'],
    ]);
    expect(blockingCodes(findings)).toEqual([]);
  });

  it('reports errors in the order of the rules, each with a field and both languages', () => {
    const findings = findingsOf(
      makeApplication({
        award: 'technical_expert',
        skillLevel: 'level4',
        conditions: [5],
        isUnitHead: true,
        mobile: '12345',
        achievementsSummary: '长'.repeat(301),
      }),
    );
    expect(findings.map((finding) => finding.code)).toEqual([
      'person.unit_head',
      'skill.level_too_low',
      'award.condition_unknown',
      'mobile.invalid',
      'summary.too_long',
    ]);
    for (const finding of findings) {
      expect(finding.field).toBeDefined();
      expect(finding.message.zh).not.toBe('');
      expect(finding.message.en).not.toBe('');
    }
    expect(blockingCodes([...findings, ...findings])).toEqual(findings.map((finding) => finding.code));
  });

  it('judges a parsed ApplicationDraft as well as the raw form values', () => {
    const raw = makeApplication({ mobile: '+86 138 0431 0123' });
    expect(
      evaluate(ApplicationDraft.parse(raw), { referenceDate: '2025-10-24', today: '2025-10-20' }),
    ).toEqual(findingsOf(EligibilityDraft.parse(raw)));
  });

  it('refuses a context without a real reference date or today', () => {
    expect(() => evaluate({}, { referenceDate: '2025-02-30' })).toThrow(RangeError);
    expect(() => evaluate({}, { referenceDate: '2025-10-24', today: 'now' })).toThrow(RangeError);
  });

  it('defaults today to the current Shanghai date', () => {
    const tomorrow = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    expect(evaluate({ workStartDate: tomorrow }, { referenceDate: '2025-10-24' })[0]?.code).toBe(
      'work_years.inconsistent',
    );
  });
});

describe('EligibilityDraft', () => {
  it('has exactly the fields of the Annex 2 schema', () => {
    expect(Object.keys(EligibilityDraft.shape).sort()).toEqual([...applicationFields].sort());
  });

  it('lets malformed values through to the rules but refuses wrong JSON types and unknown keys', () => {
    const draft = EligibilityDraft.parse({
      mobile: '123',
      achievementsSummary: 'x'.repeat(400),
      conditions: [9],
      email: '',
    });
    expect(draft.email).toBeUndefined();
    expect(findingsOf(draft).map((finding) => finding.code)).toEqual(['mobile.invalid', 'summary.too_long']);
    expect(EligibilityDraft.safeParse({ isUnitHead: 'yes' }).success).toBe(false);
    expect(EligibilityDraft.safeParse({ award: 'gold' }).success).toBe(false);
    expect(EligibilityDraft.safeParse({ idnumber: '1' }).success).toBe(false);
  });
});

describe('rule catalogue', () => {
  it('lists every rule once, with the codes of the brief', () => {
    expect(new Set(ruleCodes).size).toBe(rules.length);
    expect(ruleCatalogue.map((entry) => entry.code)).toEqual(ruleCodes);
    for (const code of [
      'id_number.invalid',
      'id_number.mismatch',
      'person.retired',
      'person.unit_head',
      'person.not_frontline',
      'person.outside_changchun',
      'person.already_titled',
      'person.both_awards',
      'skill.level_too_low',
      'award.condition_missing',
      'award.condition_unknown',
      'grand_award.not_former_expert',
      'mobile.invalid',
      'landline.invalid',
      'postal_code.invalid',
      'email.invalid',
      'bank_account.invalid',
      'bank_account.luhn',
      'summary.too_long',
      'work_years.inconsistent',
      'work_start.too_young',
    ]) {
      expect(ruleCodes).toContain(code);
    }
  });

  it('marks exactly the "in principle" rule and the Luhn check as warnings', () => {
    expect(ruleCatalogue.filter((entry) => entry.severity === 'warning').map((entry) => entry.code)).toEqual([
      'grand_award.not_former_expert',
      'bank_account.luhn',
    ]);
  });

  it('describes each rule in both languages and renders a Markdown table row per rule', () => {
    for (const entry of ruleCatalogue) {
      expect(entry.zh.length).toBeGreaterThan(5);
      expect(entry.en.length).toBeGreaterThan(10);
      expect(entry.fields.length).toBeGreaterThan(0);
    }
    const lines = ruleCatalogueMarkdown().split('\n');
    expect(lines).toHaveLength(rules.length + 2);
    expect(lines[2]).toMatch(/^\| `id_number\.invalid` \| error \(错误\) \| `idNumber` \| /);
  });
});
