/**
 * What typed text may contain, and the one normalisation identifiers get.
 *
 * Two kinds of field, two treatments:
 *
 * - **Prose** (names, addresses, occupations, summaries, opinions, objections, notice texts, file
 *   names) is kept as the user typed it: only trimmed. No NFC/NFKC, because NFKC turns the full-width
 *   punctuation of Chinese prose into ASCII (（）→ (), ，→ ,) and both NFC and NFKC replace CJK
 *   compatibility ideographs (豈 U+F900 → 豈 U+8C48), which can be the very character a name is
 *   registered with.
 * - **Identifiers** (ID number, mobile, landline, postal code, e-mail, bank account, user name, the
 *   objection's phone) are folded with NFKC, so the full-width digits and letters a Chinese input
 *   method produces (１３８…, ｘ, ＠) become their ASCII forms before they are checked and stored, and
 *   invisible format characters (e.g. the U+202D…U+202C that phone contact lists wrap numbers in) are
 *   dropped. Every valid identifier is ASCII, so nothing meaningful is lost.
 *
 * Both refuse control characters (C0, DEL, C1; prose typed in a text area may keep line breaks and
 * tabs) and unpaired UTF-16 surrogates: PostgreSQL cannot store U+0000 and would silently turn a lone
 * surrogate into U+FFFD. Names also refuse invisible characters (format characters such as zero-width
 * spaces and joiners, text-direction marks, embeddings, overrides and isolates, and the line and
 * paragraph separators), which can make a name look like another one or reorder what is displayed
 * around it.
 */

export type UnsafeKind = 'control' | 'unpaired_surrogate' | 'invisible';

export interface UnsafeCharacter {
  kind: UnsafeKind;
  /** 1-based, counted in characters (code points) of the text as checked. */
  position: number;
  codePoint: number;
}

export interface TextRules {
  /** A text area: line breaks (LF, CR) and tabs are allowed. */
  multiline?: boolean;
  /** A name (of a person, of a file): invisible characters are refused too. */
  name?: boolean;
}

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
/** Format characters (Cf: U+200B–U+200F, U+202A–U+202E, U+2060–U+2069, U+061C, U+FEFF, U+00AD …). */
const FORMAT = /^\p{Cf}$/u;
const FORMAT_ALL = /\p{Cf}/gu;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;

/** C0 controls, DEL and C1 controls (Unicode category Cc). */
export function isControlCharacter(codePoint: number): boolean {
  return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f);
}

function isSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}

/** Characters a reader cannot see: format characters and the line and paragraph separators. */
export function isInvisibleCharacter(codePoint: number): boolean {
  return (
    codePoint === LINE_SEPARATOR ||
    codePoint === PARAGRAPH_SEPARATOR ||
    FORMAT.test(String.fromCodePoint(codePoint))
  );
}

/**
 * The first character the text may not contain, or `undefined`. Iterating a string by code points
 * yields a surrogate alone exactly when it is unpaired.
 */
export function findUnsafeCharacter(text: string, rules: TextRules = {}): UnsafeCharacter | undefined {
  let position = 0;
  for (const character of text) {
    position++;
    const codePoint = character.codePointAt(0) ?? 0;
    if (isSurrogate(codePoint)) return { kind: 'unpaired_surrogate', position, codePoint };
    if (isControlCharacter(codePoint)) {
      const layout = codePoint === LF || codePoint === CR || codePoint === TAB;
      if (!(rules.multiline && layout)) return { kind: 'control', position, codePoint };
    }
    if (rules.name && isInvisibleCharacter(codePoint)) return { kind: 'invisible', position, codePoint };
  }
  return undefined;
}

/** True when the text holds no control character (besides layout when multiline) and no unpaired surrogate. */
export function isSafeText(text: string, rules: TextRules = {}): boolean {
  return findUnsafeCharacter(text, rules) === undefined;
}

/**
 * The first U+0000 or unpaired surrogate: what the database cannot store as typed (PostgreSQL refuses
 * the one and silently replaces the other with U+FFFD). The server refuses a request body carrying
 * one in any string, whatever the field, before its schema runs.
 */
export function findUnstorableCharacter(text: string): UnsafeCharacter | undefined {
  let position = 0;
  for (const character of text) {
    position++;
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint === 0) return { kind: 'control', position, codePoint };
    if (isSurrogate(codePoint)) return { kind: 'unpaired_surrogate', position, codePoint };
  }
  return undefined;
}

/**
 * An identifier as it is checked and stored: NFKC (full-width digits, letters, `＋`, `－`, `＠` and the
 * ideographic space become ASCII), invisible format characters dropped, trimmed. Idempotent.
 */
export function foldIdentifier(value: string): string {
  return value.normalize('NFKC').replace(FORMAT_ALL, '').trim();
}

/** `U+0000`, `U+D800`, `U+1F600`. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
