import { type Locale, locales } from '../../domain/message';
import { isOneOf } from '../../domain/validation';
import { enUS } from './en-US';
import { type MessageKey, zhCN } from './zh-CN';

export type { MessageKey };
export type TranslationParams = Record<string, string | number>;

export const defaultLocale: Locale = 'zh-CN';

const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** The text for `key` in `locale`, with `{name}` placeholders replaced from `params`. */
export function translate(locale: Locale, key: MessageKey, params?: TranslationParams): string {
  const text = dictionaries[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Both languages of one key, e.g. to build a `Message` for texts produced on the client. */
export function bilingual(key: MessageKey, params?: TranslationParams): { zh: string; en: string } {
  return { zh: translate('zh-CN', key, params), en: translate('en-US', key, params) };
}

export function isLocale(value: unknown): value is Locale {
  return isOneOf(locales, value);
}
