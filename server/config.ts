import { isIP } from 'node:net';
import path from 'node:path';

export type DemoSeeding = 'auto' | 'always' | 'never';

export interface Config {
  port: number;
  /** Default 127.0.0.1: this machine only. Any other interface needs `publicOrigins`. */
  host: string;
  /** PGlite data, the generated data key and local file storage live here. */
  dataDir: string;
  databaseUrl?: string;
  dataKey?: string;
  /**
   * The app's own origin(s): the CSRF check accepts exactly these, and links and QR codes on printed
   * forms are built from the first — never from the request's Host. Required unless listening on loopback,
   * where it defaults to http://127.0.0.1:PORT (and localhost, [::1]).
   */
  publicOrigins: string[];
  /** Addresses/CIDRs of the reverse proxies whose X-Forwarded-For/-Proto are believed; default none. */
  trustProxy: string[];
  /** Login attempts one client address may make a minute (shared by every server process). */
  loginsPerMinute: number;
  /** 'auto' seeds demo data only into an empty embedded data dir; DATABASE_URL deployments start empty. */
  seedDemo: DemoSeeding;
  demoPassword: string;
  logLevel: string;
  staticDir: string;
  sessionHours: number;
  poolSize: number;
}

export const DEFAULT_DEMO_PASSWORD = 'Jiangxuan@2026';

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    dataKey: env.JX_DATA_KEY || undefined,
    publicOrigins: list(env.PUBLIC_ORIGIN),
    trustProxy: list(env.TRUST_PROXY),
    loginsPerMinute: Number(env.LOGINS_PER_MINUTE ?? 30),
    seedDemo: (env.JX_SEED_DEMO as DemoSeeding | undefined) ?? 'auto',
    demoPassword: env.JX_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    logLevel: env.LOG_LEVEL ?? 'info',
    staticDir: path.resolve(env.STATIC_DIR ?? 'dist'),
    sessionHours: Number(env.SESSION_HOURS ?? 8),
    poolSize: Number(env.DB_POOL_SIZE ?? 15),
    ...overrides,
  };
}

/** A setting the server cannot start with; main.ts prints the message as it is. */
export class ConfigError extends Error {}

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/** The origins a server listening on loopback answers on, when PUBLIC_ORIGIN does not say. */
export function loopbackOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`];
}

function checkedOrigin(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  const bare = url && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if (!url || !bare || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new ConfigError(
      `PUBLIC_ORIGIN: "${value}" is not an origin; give scheme, host and port only, e.g. https://jx.example.cn`,
    );
  }
  return url.origin;
}

/** What proxy-addr (Fastify's trustProxy) accepts: an address, address/prefix, or one of its names. */
function checkedProxy(value: string): string {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(value)) return value;
  const [address = '', prefix, ...rest] = value.split('/');
  const family = isIP(address);
  const bits = prefix === undefined ? 0 : Number(prefix);
  const prefixOk = prefix === undefined || (/^\d+$/.test(prefix) && bits <= (family === 6 ? 128 : 32));
  if (!family || !prefixOk || rest.length) {
    throw new ConfigError(
      `TRUST_PROXY: "${value}" is not an IP address or CIDR range, e.g. 10.0.0.5 or 10.0.0.0/24`,
    );
  }
  return value;
}

/**
 * Checks what serving needs before anything is opened: PUBLIC_ORIGIN and TRUST_PROXY must parse, and
 * PUBLIC_ORIGIN is required when the server listens beyond loopback, because it is the only source of
 * the origin in links and QR codes (a request's Host header can be forged).
 */
export function checkServingConfig(config: Config): Config {
  const publicOrigins = config.publicOrigins.map(checkedOrigin);
  const trustProxy = config.trustProxy.map(checkedProxy);
  if (!publicOrigins.length && !isLoopback(config.host)) {
    throw new ConfigError(
      `PUBLIC_ORIGIN is required when HOST is ${config.host} (not a loopback address): set it to the ` +
        'address users open, e.g. PUBLIC_ORIGIN=https://jx.example.cn. Links and the QR codes on printed ' +
        'forms are built from it, and state-changing requests from other origins are refused.',
    );
  }
  return { ...config, publicOrigins, trustProxy };
}
