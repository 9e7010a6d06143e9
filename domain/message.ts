/** A user-facing text in both languages of the product. */
export interface Message {
  zh: string;
  en: string;
}

export const locales = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof locales)[number];

export function pick(message: Message, locale: Locale): string {
  return locale === 'en-US' ? message.en : message.zh;
}
