import { z } from 'zod';
import { characterCount } from './characters';
import { findUnsafeCharacter, foldIdentifier, type TextRules } from './hygiene';
import { unsafeCharacterParams } from './messages';

/**
 * The zod building blocks every request schema takes its strings from, so text is normalised once, at
 * the schema, the same way in the web form and on the server (see hygiene.ts for which field gets what).
 * A refusal is a `custom` issue with `params: { code, message, position, codePoint }`; it stops the
 * field's later checks, so the user reads one problem per field.
 */

function refuseUnsafe(rules: TextRules) {
  return (value: string, ctx: z.RefinementCtx<string>) => {
    const found = findUnsafeCharacter(value, rules);
    if (!found) return;
    const params = unsafeCharacterParams(found);
    ctx.addIssue({ code: 'custom', message: params.message.en, params, input: value, continue: false });
  };
}

/** Text as typed (Chinese punctuation and every CJK character kept): trimmed, nothing unsafe in it. */
export function plainText(rules: TextRules = {}) {
  return z.string().trim().superRefine(refuseUnsafe(rules));
}

/**
 * An identifier typed by a person (ID number, phone, account, postal code, e-mail, user name): nothing
 * unsafe in it, then folded to ASCII where NFKC can (`１３８` → `138`). Validate its shape after this.
 */
export function identifierText() {
  return z.string().trim().superRefine(refuseUnsafe({})).overwrite(foldIdentifier);
}

export interface TextLimits {
  /** At least this many characters (default 1: required once present). */
  min?: number;
  max: number;
  /** A text area (line breaks and tabs allowed). */
  multiline?: boolean;
}

function lengthWithin(min: number, max: number) {
  return (value: string, ctx: z.RefinementCtx<string>) => {
    const count = characterCount(value);
    if (count < min) {
      ctx.addIssue({ code: 'too_small', origin: 'string', minimum: min, inclusive: true, input: value });
    } else if (count > max) {
      ctx.addIssue({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: value });
    }
  };
}

/**
 * Prose of `min`–`max` characters, counted as code points (see `characterCount`), so a name with 𠮷 is
 * measured as its reader counts it; the issues are zod's own `too_small` / `too_big`.
 */
export function textField(limits: TextLimits) {
  const { min = 1, max, multiline = false } = limits;
  return plainText({ multiline }).superRefine(lengthWithin(min, max));
}

/**
 * A person's name (the candidate, an objection's submitter, the participants of a decision): prose
 * that also refuses invisible characters. Names such as 迪丽热巴·迪力木拉提 (with the middle dot) or
 * 𠮷田 pass as typed.
 */
export function personName(limits: TextLimits) {
  const { min = 1, max, multiline = false } = limits;
  return plainText({ multiline, name: true }).superRefine(lengthWithin(min, max));
}
