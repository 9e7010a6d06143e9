import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataKeys } from './keys';

const VERSION = 'v1';
const IV_BYTES = 16;
const TAG_BYTES = 32;

/**
 * Personal data sealed at rest: SM4-CBC with a random IV, then an HMAC-SM3 tag over version, IV and
 * ciphertext (encrypt-then-MAC). Stored as `v1:<base64(iv | ciphertext | tag)>`.
 */
export class Sealer {
  constructor(private readonly keys: DataKeys) {}

  seal(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('sm4-cbc', this.keys.encryption, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const tag = this.tag(iv, body);
    return `${VERSION}:${Buffer.concat([iv, body, tag]).toString('base64')}`;
  }

  open(sealed: string): string {
    const [version, payload] = sealed.split(':');
    if (version !== VERSION || !payload) throw new Error('sealed value: unknown format');
    const raw = Buffer.from(payload, 'base64');
    if (raw.length < IV_BYTES + 16 + TAG_BYTES) throw new Error('sealed value: too short');
    const iv = raw.subarray(0, IV_BYTES);
    const body = raw.subarray(IV_BYTES, raw.length - TAG_BYTES);
    const tag = raw.subarray(raw.length - TAG_BYTES);
    if (!timingSafeEqual(tag, this.tag(iv, body))) throw new Error('sealed value: integrity check failed');
    const decipher = createDecipheriv('sm4-cbc', this.keys.encryption, iv);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  }

  sealOptional(plain: string | null | undefined): string | null {
    return plain == null || plain === '' ? null : this.seal(plain);
  }

  openOptional(sealed: string | null | undefined): string | null {
    return sealed == null ? null : this.open(sealed);
  }

  /** Keyed SM3 of a normalised identifier: equal inputs give equal hashes, nothing else is revealed. */
  lookupHash(value: string): string {
    return createHmac('sm3', this.keys.lookup).update(value.trim().toUpperCase()).digest('hex');
  }

  private tag(iv: Buffer, body: Buffer): Buffer {
    return createHmac('sm3', this.keys.mac).update(VERSION).update(iv).update(body).digest();
  }
}
