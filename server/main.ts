import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { isDatabaseEmpty, seedDemo } from './cli/demo';
import { type Clock, systemClock } from './clock';
import {
  type Config,
  checkServingConfig,
  DEFAULT_DEMO_PASSWORD,
  loadConfig,
  loopbackOrigins,
} from './config';
import { deriveKeys, resolveMasterKey } from './crypto/keys';
import { Sealer } from './crypto/sealed';
import { openDatabase, runMigrations } from './db/database';
import { LocalDiskStorage } from './storage/storage';

export interface RunningServer {
  url: string;
  demoSeeded: boolean;
  config: Config;
  close(): Promise<void>;
}

/**
 * Opens the database (PGlite under DATA_DIR, or PostgreSQL with DATABASE_URL), applies migrations,
 * seeds the demo edition when asked to, and listens.
 */
export async function startServer(
  overrides: Partial<Config> = {},
  /** Tests pass a settable clock (server/clock.ts `fixedClock`) to let the days of a notice pass. */
  options: { clock?: Clock } = {},
): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  // Refuses to start on a setting it cannot serve safely, before anything is opened.
  const config = checkServingConfig(loadConfig(process.env, overrides));
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : path.join(config.dataDir, 'pglite'),
    poolSize: config.poolSize,
  });
  await runMigrations(database);
  const sealer = new Sealer(
    deriveKeys(
      resolveMasterKey({
        envKey: config.dataKey,
        dataDir: config.dataDir,
        onGenerated: (file) => {
          if (!config.databaseUrl) return;
          process.stderr.write(
            `WARNING: JX_DATA_KEY is not set; generated a data key into ${file}.\n` +
              '  Back it up and give the same key (JX_DATA_KEY) to every server process: without it the\n' +
              '  encrypted ID numbers, bank accounts and phone numbers cannot be read.\n',
          );
        },
      }),
    ),
  );
  const storage = new LocalDiskStorage(path.join(config.dataDir, 'files'));

  let demoSeeded = false;
  const wantsDemo =
    config.seedDemo === 'always' ||
    (config.seedDemo === 'auto' && !config.databaseUrl && (await isDatabaseEmpty(database.db)));
  if (wantsDemo && (await isDatabaseEmpty(database.db))) {
    await seedDemo(database.db, { sealer, storage, password: config.demoPassword, now: clock.now() });
    demoSeeded = true;
  }

  const app = await buildApp({ database, config, sealer, storage, clock });
  // Uploads a crashed process was writing (by the wall clock, whatever clock the app is given).
  const swept = await storage.sweepStaleParts();
  if (swept) app.log.info({ swept }, 'removed partial uploads left by a crash');
  // the job queue's workers take up what a stopped or crashed process left (a job whose heartbeat stopped
  // is given to a worker again)
  await app.jobs.start();
  const address = await app.listen({ port: config.port, host: config.host });
  if (!config.publicOrigins.length) {
    // Loopback only (checkServingConfig refused anything else): the origins follow the port bound,
    // which is only known now when PORT is 0. Until then the CSRF check refuses every change.
    const bound = app.server.address();
    config.publicOrigins.push(
      ...loopbackOrigins(typeof bound === 'object' && bound ? bound.port : config.port),
    );
  }
  const url = address.replace('0.0.0.0', '127.0.0.1').replace('[::]', '127.0.0.1');
  app.log.info({ url, engine: database.engine, demoSeeded }, 'Jiangxuan is listening');
  return {
    url,
    demoSeeded,
    config,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

function printDemoAccounts(url: string, config: Config) {
  const usingDefault = config.demoPassword === DEFAULT_DEMO_PASSWORD;
  const lines = [
    '',
    `  匠选 Jiangxuan is running at ${url}`,
    '  Demo accounts (演示账号), one per role:',
    '    bureau       市人社局管理员 bureau admin',
    '    staff        市人社局工作人员 bureau staff',
    '    talent       市委组织部人才办 talent office',
    '    recommender  朝阳区人社局 district HR (recommender)',
    '    soe          国有企业（直接推荐）state-owned enterprise',
    '    employer     朝阳区申报单位 employer unit',
    '    expert       评审专家 expert',
    '    candidate    候选人 candidate',
    `  Password (密码): ${usingDefault ? `${config.demoPassword}  (default; set JX_DEMO_PASSWORD to change)` : 'as set in JX_DEMO_PASSWORD'}`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  startServer().then(
    (server) => {
      if (server.demoSeeded) printDemoAccounts(server.config.publicOrigins[0] ?? server.url, server.config);
      const stop = () => {
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error) => {
      process.stderr.write(
        `Jiangxuan failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
