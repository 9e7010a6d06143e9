import path from 'node:path';

export type DemoSeeding = 'auto' | 'always' | 'never';

export interface Config {
  port: number;
  host: string;
  /** PGlite data, the generated data key and local file storage live here. */
  dataDir: string;
  databaseUrl?: string;
  dataKey?: string;
  /** The app's own origin(s), for the CSRF check; default: the Host the request came to. */
  publicOrigins: string[];
  /** 'auto' seeds demo data only into an empty embedded data dir; DATABASE_URL deployments start empty. */
  seedDemo: DemoSeeding;
  demoPassword: string;
  logLevel: string;
  staticDir: string;
  sessionHours: number;
  poolSize: number;
}

export const DEFAULT_DEMO_PASSWORD = 'Jiangxuan@2026';

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    dataKey: env.JX_DATA_KEY || undefined,
    publicOrigins: (env.PUBLIC_ORIGIN ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    seedDemo: (env.JX_SEED_DEMO as DemoSeeding | undefined) ?? 'auto',
    demoPassword: env.JX_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    logLevel: env.LOG_LEVEL ?? 'info',
    staticDir: path.resolve(env.STATIC_DIR ?? 'dist'),
    sessionHours: Number(env.SESSION_HOURS ?? 8),
    poolSize: Number(env.DB_POOL_SIZE ?? 15),
    ...overrides,
  };
}
