import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixedClock } from '../../server/clock';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const demoPassword = 'Demo@2026!';
const distIndex = path.join(repoRoot, 'dist', 'index.html');

/** Newest modification time among the SPA's sources (web/, index.html, vite.config.ts). */
function newestSourceMtime(): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stats = statSync(entry);
    if (stats.isDirectory()) {
      for (const child of readdirSync(entry)) visit(path.join(entry, child));
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  for (const source of ['web', 'index.html', 'vite.config.ts']) {
    const full = path.join(repoRoot, source);
    if (existsSync(full)) visit(full);
  }
  return newest;
}

/** Builds the SPA into dist/ unless dist/index.html is newer than every web source. */
export function ensureSpaBuilt(): void {
  if (existsSync(distIndex) && statSync(distIndex).mtimeMs >= newestSourceMtime()) return;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
}

/**
 * Copies dist/ into `target` so a rebuild of dist/ by someone else during the test (the server
 * registers the files it finds at start-up) cannot pull the assets from under the page.
 */
function snapshotSpa(target: string): string {
  cpSync(path.join(repoRoot, 'dist'), target, { recursive: true });
  const html = readFileSync(path.join(target, 'index.html'), 'utf8');
  const missing = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)]
    .map((match) => match[1] ?? '')
    .filter((asset) => !existsSync(path.join(target, asset)));
  if (missing.length > 0) throw new Error(`dist/ changed while being copied; missing ${missing.join(', ')}`);
  return target;
}

export interface TestServer {
  url: string;
  /** The server's clock: `set()` moves "now" for every rule (notice periods, sessions). */
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/**
 * The real app for one test file: fresh PGlite data directory, random port, demo data seeded
 * with the demo password above, the built SPA served from a copy of dist/, and a settable clock
 * (starting at the real now) so a test can let the working days of a notice pass.
 */
export async function startTestServer(): Promise<TestServer> {
  ensureSpaBuilt();
  const { startServer } = await import('../../server/main');
  const clock = fixedClock(new Date());
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jiangxuan-e2e-'));
  try {
    const server = await startServer(
      {
        port: 0,
        host: '127.0.0.1',
        dataDir,
        // Always the embedded engine, even when DATABASE_URL is set for the API suites.
        databaseUrl: undefined,
        seedDemo: 'always',
        demoPassword,
        staticDir: snapshotSpa(path.join(dataDir, 'spa')),
        logLevel: process.env.E2E_LOG_LEVEL ?? 'warn',
      },
      { clock },
    );
    return {
      url: server.url,
      clock,
      async close() {
        try {
          await server.close();
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
