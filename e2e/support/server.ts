import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The real app for one test file: fresh PGlite data directory, random port, demo data seeded
 * with the demo password above, the built SPA served from dist/.
 */
export async function startTestServer(): Promise<TestServer> {
  ensureSpaBuilt();
  const { startServer } = await import('../../server/main');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jiangxuan-e2e-'));
  try {
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      seedDemo: 'always',
      demoPassword,
      staticDir: path.join(repoRoot, 'dist'),
      logLevel: process.env.E2E_LOG_LEVEL ?? 'warn',
    });
    return {
      url: server.url,
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
