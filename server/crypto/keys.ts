import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Keys derived from the one master key (JX_DATA_KEY): one purpose, one key. */
export interface DataKeys {
  encryption: Buffer; // SM4, 16 bytes
  mac: Buffer; // HMAC-SM3 over the ciphertext
  lookup: Buffer; // keyed SM3 of ID numbers, for uniqueness without decrypting
}

const MASTER_KEY_PATTERN = /^[0-9a-fA-F]{64}$/;

export function deriveKeys(masterHex: string): DataKeys {
  if (!MASTER_KEY_PATTERN.test(masterHex)) {
    throw new Error('JX_DATA_KEY must be 64 hexadecimal characters (32 bytes)');
  }
  const master = Buffer.from(masterHex, 'hex');
  const derive = (label: string) => createHmac('sm3', master).update(`jiangxuan:${label}:v1`).digest();
  return {
    encryption: derive('encryption').subarray(0, 16),
    mac: derive('mac'),
    lookup: derive('lookup'),
  };
}

export function generateMasterKey(): string {
  return randomBytes(32).toString('hex');
}

/**
 * The master key: JX_DATA_KEY when given; otherwise a key generated once into the data directory
 * (readable by the owner only). With PostgreSQL that file must be backed up and shared by every server
 * process — `onGenerated` lets the caller say so loudly; JX_DATA_KEY is the way for real deployments.
 */
export function resolveMasterKey(options: {
  envKey?: string;
  dataDir?: string;
  onGenerated?: (file: string) => void;
}): string {
  if (options.envKey) return options.envKey.trim();
  if (!options.dataDir) throw new Error('JX_DATA_KEY or a data directory is required');
  const file = path.join(options.dataDir, 'data-key.hex');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(options.dataDir, { recursive: true });
  const key = generateMasterKey();
  writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  options.onGenerated?.(file);
  return key;
}
