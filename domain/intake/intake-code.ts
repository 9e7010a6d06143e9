/**
 * The code on an envelope's cover (Annex 4) that the bureau's intake desk scans from its QR code or types:
 * eight characters of Crockford's base32 in two groups (`7K3Q-9XPA`). The alphabet has no I, L, O or U, so
 * what a clerk reads off a crumpled envelope and types back is forgiving: lower case, spaces and dashes are
 * ignored, and I/L read as 1, O as 0. The QR code carries the intake page's address with the code at its end.
 */
export const INTAKE_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const INTAKE_CODE_LENGTH = 8;

/** `7K3Q9XPA` → `7K3Q-9XPA`. */
export function formatIntakeCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A code from eight random bytes (one character per byte, 5 bits each: 40 bits, 10¹² codes). */
export function intakeCodeFrom(random: Uint8Array): string {
  if (random.length < INTAKE_CODE_LENGTH) throw new RangeError('an intake code needs 8 random bytes');
  return Array.from(random.slice(0, INTAKE_CODE_LENGTH), (b) => INTAKE_CODE_ALPHABET[b & 31]).join('');
}

/**
 * What was typed or scanned, as a stored code (`7K3Q9XPA`), or `undefined` when it cannot be one. A scanned
 * address (`https://…/intake/7K3Q-9XPA`) gives the code at its end.
 */
export function parseIntakeCode(input: string): string | undefined {
  const tail = input.trim().split('/').filter(Boolean).at(-1) ?? '';
  const plain = tail
    .toUpperCase()
    .replace(/[\s\-_]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (plain.length !== INTAKE_CODE_LENGTH) return undefined;
  return [...plain].every((c) => INTAKE_CODE_ALPHABET.includes(c)) ? plain : undefined;
}
