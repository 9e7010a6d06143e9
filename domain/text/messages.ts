import type { Message } from '../message';
import { codePointLabel, type UnsafeCharacter, type UnsafeKind } from './hygiene';

/** The stable code of each refusal; the web and the API report it as the field's `code`. */
export const unsafeCharacterCodes = {
  control: 'text.control_character',
  unpaired_surrogate: 'text.unpaired_surrogate',
  invisible: 'name.invisible_character',
} as const satisfies Record<UnsafeKind, string>;
export type UnsafeCharacterCode = (typeof unsafeCharacterCodes)[UnsafeKind];

const LAYOUT = new Set([0x09, 0x0a, 0x0d]);

/** What is wrong and where, in the user's terms: the character's place in the field and its code point. */
export function unsafeCharacterMessage(found: UnsafeCharacter): Message {
  const { position, codePoint } = found;
  const label = codePointLabel(codePoint);
  switch (found.kind) {
    case 'unpaired_surrogate':
      return {
        zh: `第 ${position} 个字符已损坏（不成对的 UTF-16 代理项 ${label}，多为复制粘贴时被截断），请删除后重新输入`,
        en: `Character ${position} is broken (an unpaired UTF-16 surrogate, ${label}, usually a cut-off copy and paste); delete it and type it again`,
      };
    case 'invisible':
      return {
        zh: `第 ${position} 个字符是不可见字符（${label}，如零宽字符或文字方向控制符），请删除后重新输入`,
        en: `Character ${position} is invisible (${label}: a zero-width or text-direction character); delete it and type again`,
      };
    case 'control':
      return LAYOUT.has(codePoint)
        ? {
            zh: `此项只能填写一行：第 ${position} 个字符是换行符或制表符（${label}）`,
            en: `This field takes one line: character ${position} is a line break or tab (${label})`,
          }
        : {
            zh: `第 ${position} 个字符是不可见的控制字符（${label}），不能保存，请删除后重新输入`,
            en: `Character ${position} is an invisible control character (${label}) that cannot be stored; delete it and type again`,
          };
  }
}

/** The `params` of the zod issue (and the `fields` entry) for an unsafe character. */
export function unsafeCharacterParams(found: UnsafeCharacter) {
  return {
    code: unsafeCharacterCodes[found.kind],
    message: unsafeCharacterMessage(found),
    position: found.position,
    codePoint: codePointLabel(found.codePoint),
  };
}
