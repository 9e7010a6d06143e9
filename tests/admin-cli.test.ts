import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../server/main';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');

describe('a real deployment starts empty and is set up with the admin CLI', () => {
  let dataDir = '';
  let env: NodeJS.ProcessEnv;
  const admin = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        ['--import', 'tsx', 'server/cli/admin.ts', ...args],
        { cwd: root, env },
      );
      return { code: 0, out: stdout + stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout + e.stderr };
    }
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'jx-cli-'));
    env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', JX_SEED_DEMO: 'never' };
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  it('creates organisations and users, refusing bad input with a clear message', async () => {
    expect(
      (
        await admin(
          'create-org',
          '--code',
          'ccrs',
          '--kind',
          'bureau',
          '--name-zh',
          '长春市人力资源和社会保障局',
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await admin(
          'create-org',
          '--code',
          'hr-cy',
          '--kind',
          'recommender',
          '--recommender-kind',
          'district_hr',
          '--name-zh',
          '朝阳区人社局',
        )
      ).code,
    ).toBe(0);
    const noRecommender = await admin(
      'create-org',
      '--code',
      'e1',
      '--kind',
      'employer',
      '--name-zh',
      '某公司',
    );
    expect(noRecommender.code).toBe(2);
    expect(noRecommender.out).toContain('an employer needs --recommender CODE');

    const created = await admin(
      'create-user',
      '--username',
      'wang',
      '--password',
      'Secure#2026',
      '--role',
      'bureau_admin',
    );
    expect(created.out).toContain('user wang created with role bureau_admin');
    const weak = await admin(
      'create-user',
      '--username',
      'li',
      '--password',
      'short',
      '--role',
      'bureau_staff',
    );
    expect(weak.code).toBe(1);
    expect(weak.out).toContain('user.password_weak');
    const wrongOrg = await admin(
      'create-user',
      '--username',
      'zhao',
      '--password',
      'Secure#2026',
      '--role',
      'bureau_staff',
      '--org',
      'hr-cy',
    );
    expect(wrongOrg.out).toContain('user.role_not_for_organisation');
    const dup = await admin(
      'create-user',
      '--username',
      'wang',
      '--password',
      'Secure#2026',
      '--role',
      'bureau_staff',
    );
    expect(dup.out).toContain('user.username_taken');
    const unknown = await admin('frobnicate');
    expect(unknown.code).toBe(2);
  }, 120_000);

  it('the CLI-made user logs in; the CLI steps are in the verified audit chain', async () => {
    let server: RunningServer | undefined;
    try {
      server = await startServer({
        port: 0,
        host: '127.0.0.1',
        dataDir,
        databaseUrl: undefined,
        seedDemo: 'never',
        logLevel: 'warn',
      });
      const res = await fetch(`${server.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ username: 'wang', password: 'Secure#2026' }),
      });
      expect(res.status).toBe(200);
      expect((await res.json()).organisation.code).toBe('ccrs');
    } finally {
      await server?.close();
    }
    const verify = await admin('verify-audit');
    // 2 organisations + 1 user + 1 login
    expect(verify.out).toContain('audit chain intact: 4 entries verified');
  }, 120_000);
});
