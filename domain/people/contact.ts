import { foldIdentifier } from '../text';

/**
 * Contact details on the recommendation form (Annex 2): mobile (手机), landline (联系电话（座机）),
 * postal code (邮政编码) and e-mail (电子邮箱).
 */

const MOBILE = /^1[3-9]\d{9}$/;
/**
 * Area code with its trunk 0: three digits for 010 and 02x, four for 03xx–09xx (the national numbering
 * plan, which also settles where the area code ends when no separator is typed), in parentheses or
 * followed by an optional `-` or space; a local number of 7–8 digits that never starts with 0 or 1
 * (0 is the trunk prefix, 1 starts service numbers); an optional extension after `-`.
 */
const AREA_CODE = '0(?:10|2\\d|[3-9]\\d{2})';
const LANDLINE = new RegExp(
  `^(?:\\((${AREA_CODE})\\) ?|(${AREA_CODE})[- ]?)([2-9]\\d{6,7})(?:-(\\d{1,6}))?$`,
);
const POSTAL_CODE = /^\d{6}$/;
const EMAIL_MAX = 254;
const EMAIL_LOCAL_MAX = 64;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;

/**
 * Folds full-width digits to ASCII, drops spaces and hyphens people type for readability, and a leading
 * +86 / 0086 country code.
 */
export function normalizeMobile(value: string): string {
  return foldIdentifier(value)
    .replace(/[\s-]/g, '')
    .replace(/^(?:\+86|0086)(?=\d{11}$)/, '');
}

/** A mainland mobile number: 11 digits starting 13–19 (spaces, hyphens and +86 tolerated). */
export function isValidMobile(value: string): boolean {
  return MOBILE.test(normalizeMobile(value));
}

/** `0431-88522559`, `043188522559`, `(0431)88522559`, `0431 88522559`, each with an optional `-123`. */
export function isValidLandline(value: string): boolean {
  return LANDLINE.test(foldIdentifier(value));
}

/** Six digits. */
export function isValidPostalCode(value: string): boolean {
  return POSTAL_CODE.test(foldIdentifier(value));
}

/**
 * Pragmatic: one `@`, no whitespace, a local part of at most 64 characters, a domain of dot-separated
 * labels with at least one dot, at most 254 characters in all. Mailboxes like `12345@qq.com` are common.
 */
export function isValidEmail(value: string): boolean {
  const email = foldIdentifier(value);
  if (email.length === 0 || email.length > EMAIL_MAX || /\s/.test(email)) return false;
  const parts = email.split('@');
  if (parts.length !== 2) return false;
  const [local = '', domain = ''] = parts;
  if (local.length === 0 || local.length > EMAIL_LOCAL_MAX) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  return labels.every((label) => DOMAIN_LABEL.test(label)) && (labels.at(-1)?.length ?? 0) >= 2;
}

/** `13812345678` → `138****5678`. Anything that is not a mobile number is masked entirely. */
export function maskMobile(value: string): string {
  const mobile = normalizeMobile(value);
  if (!MOBILE.test(mobile)) return '*'.repeat(Math.max(value.trim().length, 4));
  return `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
}

/**
 * Keeps the area code (as written) and the last 4 digits of the local number; the rest of the local
 * number and any extension become `*`. Unrecognised input keeps at most its last 4 characters, and only
 * when at least 8 characters are hidden.
 */
export function maskLandline(value: string): string {
  const landline = value.trim();
  const match = LANDLINE.exec(landline);
  if (!match) {
    return landline.length >= 12
      ? `${'*'.repeat(landline.length - 4)}${landline.slice(-4)}`
      : '*'.repeat(landline.length);
  }
  const local = match[3] ?? '';
  const extension = match[4];
  const prefix = landline.slice(
    0,
    landline.length - local.length - (extension === undefined ? 0 : extension.length + 1),
  );
  const maskedLocal = `${'*'.repeat(local.length - 4)}${local.slice(-4)}`;
  return `${prefix}${maskedLocal}${extension === undefined ? '' : `-${'*'.repeat(extension.length)}`}`;
}
