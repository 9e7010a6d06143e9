import { createHash } from 'node:crypto';
import type { Annex2Data } from './annex2-data';

/**
 * The hash a printed Annex 2 carries in its QR code, and the one the verification page checks.
 *
 * Why not the SHA-256 of the PDF or DOCX file: the QR code is printed inside the file, so the file's
 * hash would have to be known before the file exists (a fixed point no hash function offers), and the
 * bytes also change with things that are not the form's content (the generation time, PDF object ids,
 * a new pdfkit or docx version). So the document hash is the SHA-256 of the form's *content*: a
 * canonical JSON of Annex2Data (keys sorted, absent and empty values dropped) with the photo replaced by
 * its own SHA-256, and without `generatedAt` and `verificationUrl`. The PDF and the DOCX of one
 * application carry the same hash; the verification page rebuilds Annex2Data from the database (with
 * `annex2DataFromDraft`) and compares. A paper whose printed data was edited after printing no longer
 * matches what the hash names.
 */
export const ANNEX2_HASH_SCHEMA = 'jiangxuan.annex2/1';

export function annex2ContentHash(data: Annex2Data): string {
  const { generatedAt: _generatedAt, verificationUrl: _verificationUrl, photo, ...content } = data;
  const hashed = {
    schema: ANNEX2_HASH_SCHEMA,
    ...content,
    photo: photo && { mimeType: photo.mimeType, sha256: sha256Hex(photo.bytes) },
  };
  return sha256Hex(Buffer.from(canonicalJson(hashed), 'utf8'));
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The link the QR code encodes. */
export function verificationLink(base: string, hash: string): string {
  return `${base}${hash}`;
}

/** The first 16 hex digits in groups of four, printed under the QR code for reading aloud. */
export function shortHash(hash: string): string {
  return (hash.slice(0, 16).match(/.{4}/g) ?? []).join(' ');
}

/**
 * JSON with object keys sorted and `undefined`, `null`, blank strings and empty arrays or objects left
 * out, so that "not filled in" has one spelling whichever way the caller wrote it.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalize(value)) ?? 'null';
}

function normalize(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    // Inside arrays a position means something: an absent element stays as null.
    const items = value.map((item) => normalize(item) ?? null);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => [key, normalize(item)] as const)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  throw new TypeError(`Cannot hash a ${typeof value}`);
}
