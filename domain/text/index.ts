/** Typed text: what it may contain, how identifiers are folded to ASCII, and how characters are counted. */
export { characterCount } from './characters';
export {
  codePointLabel,
  findUnsafeCharacter,
  findUnstorableCharacter,
  foldIdentifier,
  isControlCharacter,
  isInvisibleCharacter,
  isSafeText,
  type TextRules,
  type UnsafeCharacter,
  type UnsafeKind,
} from './hygiene';
export {
  type UnsafeCharacterCode,
  unsafeCharacterCodes,
  unsafeCharacterMessage,
  unsafeCharacterParams,
} from './messages';
export { identifierText, personName, plainText, type TextLimits, textField } from './schemas';
