import { describe, expect, it } from 'vitest';
import { ApplicationDraft } from '../domain/application';
import { evaluate } from '../domain/eligibility';
import { demoIdNumber } from '../server/cli/demo';
import { demoApplications } from '../server/cli/demo-applications';
import { changchun3, submissionWindowFor } from '../server/editions/changchun-3';

describe('the demo applications', () => {
  const window = submissionWindowFor(changchun3, '2026-11-24');

  it.each(demoApplications.map((d) => [d.name, d] as const))(
    '%s passes the Annex 2 schema and every eligibility rule',
    (_name, seed) => {
      const draft = {
        ...seed.fields,
        award: seed.award,
        idNumber: demoIdNumber(seed.region, seed.birthDate, seed.sequence),
        bankAccount: seed.bankAccount,
        mobile: seed.mobile,
        ...(seed.landline ? { landline: seed.landline } : {}),
      };
      const parsed = ApplicationDraft.safeParse(draft);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const history = seed.formerTitle ? [{ awardCode: seed.formerTitle.award }] : [];
      const findings = evaluate(draft, {
        referenceDate: window.start,
        today: '2026-11-24',
        personHistory: history,
      });
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    },
  );
});
