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

/**
 * What the suites need from the system, each with the Debian package that brings it: the browser
 * journeys drive Chromium, the document tests read PDFs back with poppler and lay DOCX out with
 * LibreOffice, and the screenshots need CJK fonts to draw Chinese. Missing ones are installed when we are root (as on a fresh CI machine),
 * otherwise the run stops at once with the exact command to type.
 */
const systemNeeds = [
  {
    pkg: 'chromium',
    present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
  },
  { pkg: 'poppler-utils', present: () => onPath('pdftoppm') && onPath('pdftotext') && onPath('pdffonts') },
  // the DOCX papers are laid out by LibreOffice to check what Word would print (a merged row kept on one page)
  { pkg: 'libreoffice-writer-nogui', present: () => onPath('soffice') },
  {
    pkg: 'fonts-noto-cjk',
    present: () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
  },
];

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function provideSystemNeeds() {
  const missing = systemNeeds.filter((need) => !need.present()).map((need) => need.pkg);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) {
    process.stderr.write(
      `\nThe tests need ${missing.join(', ')}, which this machine does not have. Install them first:\n\n` +
        `  sudo ${command}\n\n(or set CHROMIUM_PATH to a Chromium binary you already have)\n`,
    );
    process.stdout.write('\n0 passed, 1 failed\n');
    process.exit(1);
  }
  process.stdout.write(`\n== system packages: ${command}\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const installed =
    update.status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', ...missing], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    }).status === 0;
  const still = systemNeeds.filter((need) => !need.present()).map((need) => need.pkg);
  if (!installed || still.length) {
    process.stderr.write(`\nCould not install ${still.join(', ') || missing.join(', ')} with apt-get.\n`);
    process.stdout.write('\n0 passed, 1 failed\n');
    process.exit(1);
  }
}

provideSystemNeeds();

const extra = process.argv.slice(2);
let failedSteps = 0;
if (!extra.length) {
  failedSteps += step('lint (biome)', bin('biome'), ['check', '--error-on-warnings', '.']) === 0 ? 0 : 1;
  const typeChecks = [
    ['type-check (tsc)', 'tsconfig.json'],
    // domain/ once more with the ES library only and no ambient types: a DOM or Node API there does not compile.
    ['type-check domain/ (tsc, no DOM or Node)', 'domain/tsconfig.json'],
  ];
  for (const [title, project] of typeChecks) {
    failedSteps += step(title, bin('tsc'), ['--noEmit', '-p', project]) === 0 ? 0 : 1;
  }
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
