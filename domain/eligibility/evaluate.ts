import type { EligibilityDraft } from './draft';
import { factsOf } from './facts';
import { rules } from './rules';
import type { EligibilityContext, Finding, Rule } from './types';

/**
 * Judges a (partial) application against every rule. Fields that are absent are not judged; fields that
 * are present are. Errors block the application; warnings need a written justification.
 * Throws `RangeError` for a context without a real reference date: that is the caller's mistake.
 */
export function evaluate(draft: EligibilityDraft, context: EligibilityContext): Finding[] {
  const facts = factsOf(draft, context);
  return (rules as readonly Rule[]).flatMap((rule) =>
    rule.check(draft, facts).map((hit) => ({
      code: rule.code,
      severity: rule.severity,
      ...(hit.field ? { field: hit.field } : {}),
      message: rule.message(hit.params),
      params: hit.params,
    })),
  );
}

/** The codes of the findings that block (severity error), once each: what the workflow guard reads. */
export function blockingCodes(findings: readonly Finding[]): string[] {
  return [
    ...new Set(findings.filter((finding) => finding.severity === 'error').map((finding) => finding.code)),
  ];
}
