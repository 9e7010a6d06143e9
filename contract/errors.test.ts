import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCatalogue, errorCodes, errorMessage, errorStatus, formatMessage } from './errors';

const root = path.resolve(import.meta.dirname, '..');

/** The source the server runs: domain/ and server/, without tests and test helpers. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !/\.(test|testing)\.ts$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}
const sources = ['domain', 'server'].flatMap(sourceFiles).map((file) => ({
  file: path.relative(root, file),
  text: readFileSync(file, 'utf8'),
}));

/**
 * Where a code becomes an answer: a `DomainError`, the unit steps' `refuse`, the workflow's `refusal` and
 * its guards' `fail` (thrown by `assertTransition`), the `notYours` code handed to `assertUnitMayChange`,
 * and the error plugin's own `answer`.
 */
const throwSites = [
  /\b(?:new DomainError|refuse|refusal|problem|fail|answer\(reply,)\(?\s*'([a-z][a-z0-9_.]*)'/g,
  /\bassertUnitMayChange\(\s*\w+,\s*\w+,\s*\{\s*code:\s*'([a-z][a-z0-9_.]*)'/g,
];

function thrownCodes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const { file, text } of sources) {
    for (const pattern of throwSites) {
      for (const match of text.matchAll(pattern)) {
        const code = match[1] as string;
        found.set(code, [...(found.get(code) ?? []), file]);
      }
    }
  }
  return found;
}

describe('the error catalogue (contract/errors.ts)', () => {
  const thrown = thrownCodes();

  it('finds the throw sites it scans (the scan itself works)', () => {
    expect(thrown.get('auth.required')).toEqual(['server/plugins/context.ts']);
    expect(thrown.get('quota.exceeded')).toEqual(['domain/workflow/guards.ts']);
    expect(thrown.get('attachment.not_allowed')).toEqual(['server/services/attachments.ts']);
    expect(thrown.get('validation.duplicate')).toEqual(['server/services/workflow.ts']);
    expect(thrown.has('internal')).toBe(true);
  });

  it('holds every code the source throws', () => {
    const missing = [...thrown].filter(([code]) => errorStatus(code) === undefined);
    expect(missing, 'codes thrown but absent from contract/errors.ts').toEqual([]);
  });

  it('holds no code the source never throws', () => {
    expect(errorCodes.filter((code) => !thrown.has(code))).toEqual([]);
  });

  it('keeps HTTP statuses out of domain/', () => {
    const domain = sources.filter((s) => s.file.startsWith('domain/'));
    expect(domain.filter((s) => /\bstatus:\s*\d{3}\b/.test(s.text)).map((s) => s.file)).toEqual([]);
  });

  it('gives each message both languages with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [code, { message }] of Object.entries(errorCatalogue)) {
      expect(message.zh, code).toMatch(/\p{Script=Han}/u);
      expect(message.en, code).toMatch(/[a-z]/);
      expect(placeholders(message.zh), code).toEqual(placeholders(message.en));
    }
  });

  it('answers the statuses the API has always answered', () => {
    expect(errorStatus('validation.failed')).toBe(400);
    expect(errorStatus('auth.required')).toBe(401);
    expect(errorStatus('auth.forbidden')).toBe(403);
    expect(errorStatus('not_found')).toBe(404);
    expect(errorStatus('application.version_conflict')).toBe(409);
    expect(errorStatus('attachment.too_large')).toBe(413);
    expect(errorStatus('attachment.type_not_allowed')).toBe(415);
    expect(errorStatus('quota.exceeded')).toBe(422);
    expect(errorStatus('rate_limited')).toBe(429);
    expect(errorStatus('internal')).toBe(500);
    // the refusals of domain/ (calendar, retirement, workflow machine) keep the statuses they had
    expect(errorStatus('calendar.year_unknown')).toBe(422);
    expect(errorStatus('calendar.invalid_input')).toBe(400);
    expect(errorStatus('retirement.invalid_input')).toBe(400);
    expect(errorStatus('workflow.unknown_transition')).toBe(400);
    expect(errorStatus('workflow.not_allowed_from_status')).toBe(409);
    expect(errorStatus('workflow.role_not_allowed')).toBe(403);
    expect(errorStatus('workflow.out_of_scope')).toBe(403);
    expect(errorStatus('workflow.reason_required')).toBe(422);
    expect(errorStatus('window.closed')).toBe(422);
    expect(errorStatus('no.such_code')).toBeUndefined();
  });

  it('fills placeholders from the error parameters, keeping those without a value', () => {
    expect(errorMessage('calendar.year_unknown', { year: 2031 }).zh).toMatch(/^2031 年/);
    expect(errorMessage('quota.exceeded', { used: 3 }).en).toBe(
      'The recommendation quota is used up (3 reported, {places} place(s))',
    );
    expect(formatMessage({ zh: '{a}{a}', en: '{a}' }, { a: 0 })).toEqual({ zh: '00', en: '0' });
  });
});
