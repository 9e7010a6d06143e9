/** A user-facing text in both languages of the product. */
export interface Message {
  zh: string;
  en: string;
}

export type Locale = 'zh-CN' | 'en-US';

export function pick(message: Message, locale: Locale): string {
  return locale === 'en-US' ? message.en : message.zh;
}
