/** Test helpers: evaluate a draft on the 3rd edition's reference date and pick findings by code. */
import type { EligibilityDraft } from './draft';
import { evaluate } from './evaluate';
import type { RuleCode } from './rules';
import type { EligibilityContext, Finding } from './types';

export const editionContext: EligibilityContext = { referenceDate: '2025-10-24', today: '2025-10-20' };

export function findingsOf(draft: EligibilityDraft, context: Partial<EligibilityContext> = {}): Finding[] {
  return evaluate(draft, { ...editionContext, ...context });
}

export function findingsWith(
  code: RuleCode,
  draft: EligibilityDraft,
  context: Partial<EligibilityContext> = {},
): Finding[] {
  return findingsOf(draft, context).filter((finding) => finding.code === code);
}
