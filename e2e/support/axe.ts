import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { motionsEnded } from './browser';

/** The WCAG 2.1 A and AA rules of axe-core: the level the platform is held to (issue 10.17). */
export const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One rule broken on a page, with the elements that break it. */
export interface Violation {
  rule: string;
  impact: 'serious' | 'critical';
  help: string;
  /** CSS selectors of the elements, each with the first words of axe's explanation for it. */
  targets: string[];
}

/**
 * Waits until the page has settled for a check: no loading skeleton or spinner left, and every finite
 * animation (a card fading in, a menu sliding) finished, so contrast is measured on the final colours.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-skeleton-active, .ant-spin-spinning').first().waitFor({ state: 'detached' });
  await motionsEnded(page);
}

/** The serious and critical WCAG 2.1 AA violations axe-core finds on the page as it is now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(wcag21aa)
    // only the violations are read: axe then skips gathering the passes and the undecided checks
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact as Violation['impact'],
      help: v.help,
      targets: v.nodes.map((node) => {
        const why = (node.failureSummary ?? '').split('\n').slice(1).join(' ').trim();
        return `${node.target.join(' ')} — ${why.slice(0, 160)}`;
      }),
    }));
}

/** One line per violation and one per element, to read in a failing assertion's diff. */
export function describeViolations(violations: Violation[]): string[] {
  return violations.flatMap((v) => [
    `${v.rule} (${v.impact}, ${v.targets.length}): ${v.help}`,
    ...v.targets.map((target) => `    ${target}`),
  ]);
}
