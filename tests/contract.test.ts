import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
/** Web code that reads a field of a server answer: an attachment's `kind`. */
const webFile = 'web/pages/applications/form/draftForm.ts';

/**
 * Issue 9: changing a response field on the server without the web breaks the type check. A temporary
 * project beside the repo (which stays untouched) holds a copy of contract/ and links to domain/, web/
 * and node_modules; the repo's compiler options check one web file against the copy after the copy
 * renames a field of the server's attachment schema. Every error is that field's: the web file is clean
 * against the contract as it is (the repo's own type check says so too).
 */
describe('the API contract shared by server and web', () => {
  let dir = '';
  const typecheck = () => {
    const result = spawnSync(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'jx-contract-'));
    cpSync(path.join(root, 'contract'), path.join(dir, 'contract'), { recursive: true });
    for (const linked of ['domain', 'web', 'node_modules']) {
      symlinkSync(path.join(root, linked), path.join(dir, linked), 'dir');
    }
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: path.join(root, 'tsconfig.json'),
        // through the links, so that web/ imports the copy of contract/, not the repo's
        compilerOptions: { preserveSymlinks: true, noEmit: true, types: [] },
        include: [],
        files: [webFile],
      }),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails the type check when the server renames a field the web reads', () => {
    const schema = path.join(dir, 'contract', 'attachments.ts');
    const original = readFileSync(schema, 'utf8');
    const view = original.indexOf('export const AttachmentView');
    const renamed = `${original.slice(0, view)}${original.slice(view).replace('  kind:', '  attachmentKind:')}`;
    expect(renamed).not.toBe(original);
    writeFileSync(schema, renamed);

    const { status, output } = typecheck();
    expect(status).not.toBe(0);
    const errors = output.split('\n').filter((line) => /: error TS\d+:/.test(line));
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error).toContain(webFile);
      expect(error).toMatch(/Property 'kind' does not exist/);
    }
  }, 120_000);
});
