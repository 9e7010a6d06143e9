// The project's one test command (npm test): lint, type-check, then every Vitest suite
// (domain units, API tests on PGlite — and on PostgreSQL when DATABASE_URL is set — and browser
// journeys in Chromium). Ends with the plain summary line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const step = (title, cmd, args) => {
  process.stdout.write(`\n== ${title}\n`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
};

const extra = process.argv.slice(2);
let failedSteps = 0;
if (!extra.length) {
  failedSteps += step('lint (biome)', bin('biome'), ['check', '--error-on-warnings', '.']) === 0 ? 0 : 1;
  failedSteps += step('type-check (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) === 0 ? 0 : 1;
}

const reportDir = path.join(root, '.test-artifacts');
mkdirSync(reportDir, { recursive: true });
const report = path.join(reportDir, 'vitest.json');
rmSync(report, { force: true });
const vitestStatus = step('tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...extra,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  // A file that failed to load has no test results of its own: count it as one failure.
  const brokenFiles = (json.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  failed = (json.numFailedTests ?? 0) + brokenFiles;
  skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
} else {
  failed = 1;
}
failed += failedSteps;
if (vitestStatus !== 0 && failed === 0) failed = 1;
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
