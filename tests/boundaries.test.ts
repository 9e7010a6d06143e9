import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The folder boundaries hold for a file written now, not only for today's code: probe files are put
 * in a folder, checked by the same tools and settings `npm test` runs (biome.json's `overrides`,
 * domain/tsconfig.json), and removed again whatever the outcome.
 */
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

const probeName = () => `boundary-probe-${randomUUID()}`;

/** A probe file: the folder it goes in (relative to the root), its source, and its name (a fresh one if not given). */
type Probe = { folder: string; source: string; name?: string };

/** Writes the probes, runs `check`, and removes the probes (and any folder made for them) again. */
async function withProbes<T>(probes: Probe[], check: (files: string[]) => Promise<T>): Promise<T> {
  const files = probes.map((probe) => path.join(root, probe.folder, `${probe.name ?? probeName()}.ts`));
  const made: string[] = [];
  try {
    for (const [i, probe] of probes.entries()) {
      // contract/ may not exist yet in this checkout: make it for the probe and remove it after.
      const dir = await mkdir(path.join(root, probe.folder), { recursive: true });
      if (dir !== undefined) made.push(dir);
      await writeFile(files[i] as string, probe.source);
    }
    return await check(files);
  } finally {
    await Promise.all(files.map((file) => rm(file, { force: true })));
    for (const dir of made.reverse()) await rmdir(dir);
  }
}

type Diagnostic = { category: string; location: { path: string } };

/** Lints the probes in one biome run; answers, for each probe, the rules that fired on it. */
function lint(...probes: Probe[]): Promise<string[][]> {
  return withProbes(probes, async (files) => {
    let report: string;
    try {
      ({ stdout: report } = await run(bin('biome'), ['lint', '--reporter=json', ...files], { cwd: root }));
    } catch (error) {
      report = (error as { stdout: string }).stdout;
    }
    const { diagnostics } = JSON.parse(report) as { diagnostics: Diagnostic[] };
    return files.map((file) => {
      const relative = path.relative(root, file);
      const rules = diagnostics.filter((d) => d.location.path === relative).map((d) => d.category);
      return [...new Set(rules)].sort();
    });
  });
}

/** Compiles the probes (in domain/) with domain/tsconfig.json's settings in one tsc run: the error codes of each. */
function compileInDomain(...sources: string[]): Promise<string[][]> {
  const probes = sources.map((source) => ({ folder: 'domain', source, name: probeName() }));
  return withProbes(probes, async (files) => {
    const project = path.join(root, 'domain', `${probeName()}.tsconfig.json`);
    let output = '';
    try {
      const relative = files.map((file) => `./${path.basename(file)}`);
      await writeFile(project, JSON.stringify({ extends: './tsconfig.json', include: [], files: relative }));
      await run(bin('tsc'), ['--noEmit', '-p', project], { cwd: root });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    } finally {
      await rm(project, { force: true });
    }
    const lines = output.split('\n');
    return files.map((file) =>
      lines
        .filter((line) => line.includes(path.basename(file)))
        .map((line) => line.match(/error TS\d+/)?.[0] ?? line),
    );
  });
}

const importing = (specifier: string) =>
  `import * as probe from '${specifier}';\n\nexport const used = probe;\n`;
const restricted = ['lint/style/noRestrictedImports'];

describe('folder boundaries', () => {
  it('refuses an import of server/ inside web/', async () => {
    expect(
      await lint(
        { folder: 'web', source: importing('../server/app') },
        { folder: 'web/pages/home', source: importing('../../../server/db/schema') },
      ),
    ).toEqual([restricted, restricted]);
  });

  it('refuses an import of server/, web/ or contract/ inside domain/', async () => {
    expect(
      await lint(
        { folder: 'domain', source: importing('../server/app') },
        { folder: 'domain', source: importing('../web/routes') },
        { folder: 'domain/workflow', source: importing('../../contract/applications') },
      ),
    ).toEqual([restricted, restricted, restricted]);
  });

  it('refuses Node modules and Node or browser globals inside domain/', async () => {
    expect(
      await lint(
        { folder: 'domain', source: importing('node:crypto') },
        { folder: 'domain', source: importing('fs') },
        { folder: 'domain', source: 'export const tz = () => process.env.TZ;\n' },
        { folder: 'domain', source: "export const bytes = () => Buffer.from('x');\n" },
        { folder: 'domain', source: 'export const title = () => document.title;\n' },
      ),
    ).toEqual([
      ['lint/correctness/noNodejsModules'],
      // A bare `fs` is also told to say `node:fs`.
      ['lint/correctness/noNodejsModules', 'lint/style/useNodejsImportProtocol'],
      ['lint/style/noRestrictedGlobals'],
      ['lint/style/noRestrictedGlobals'],
      ['lint/style/noRestrictedGlobals'],
    ]);
  });

  it('does not compile a DOM or Node API inside domain/ (domain/tsconfig.json: ES lib only, no types)', async () => {
    expect(
      await compileInDomain(
        'export const title = () => document.title;\n',
        'export const tz = () => process.env.TZ;\n',
        'export const bytes = () => new TextEncoder();\n',
        "import { roles } from './roles';\n\nexport const first = roles[0];\n",
      ),
      // 2584: a DOM name ("change your lib"); 2591: a Node name ("install @types/node"); 2304: unknown name.
    ).toEqual([['error TS2584'], ['error TS2591'], ['error TS2304'], []]);
  });

  it('lets contract/ import only domain/ and zod', async () => {
    const allowed = [
      "import { z } from 'zod';",
      "import { roles } from '../domain/roles';",
      '',
      'export const role = z.enum(roles);',
      '',
    ].join('\n');
    expect(
      await lint(
        { folder: 'contract', source: importing('../server/app') },
        { folder: 'contract', source: importing('../web/api/client') },
        { folder: 'contract', source: importing('react') },
        { folder: 'contract', source: importing('node:fs') },
        { folder: 'contract', source: allowed },
      ),
    ).toEqual([restricted, restricted, restricted, restricted, []]);
  });

  it('refuses an import cycle', async () => {
    const [a, b] = [probeName(), probeName()];
    expect(
      await lint(
        { folder: 'web', name: a, source: importing(`./${b}`) },
        { folder: 'web', name: b, source: importing(`./${a}`) },
      ),
    ).toEqual([['lint/suspicious/noImportCycles'], ['lint/suspicious/noImportCycles']]);
  });

  it('accepts what the boundaries allow', async () => {
    expect(
      await lint(
        { folder: 'web', source: importing('../domain/roles') },
        { folder: 'domain', source: importing('./roles') },
        { folder: 'server', source: importing('../domain/roles') },
      ),
    ).toEqual([[], [], []]);
  });
});
