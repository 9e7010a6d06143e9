import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../domain/eligibility';
import { ruleDocs } from '../scripts/rule-docs';

describe('docs/rules.md', () => {
  const committed = readFileSync(path.resolve(import.meta.dirname, '..', 'docs', 'rules.md'), 'utf8');

  it('is exactly what the rules generate (run `npx tsx scripts/rule-docs.ts` after changing a rule)', () => {
    expect(committed).toBe(ruleDocs());
  });

  it('lists every eligibility rule code with both messages', () => {
    for (const rule of ruleCatalogue) {
      const row = committed.split('\n').find((line) => line.startsWith(`| \`${rule.code}\` `));
      expect(row, rule.code).toBeDefined();
      expect(row).toContain(rule.severity === 'error' ? 'error' : 'warning');
    }
    expect(committed).toContain('`calendar.year_unknown` | 422');
  });
});
