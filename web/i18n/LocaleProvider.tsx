import { ConfigProvider, type ThemeConfig } from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Locale, type Message, pick } from '../../domain/message';
import { defaultLocale, isLocale, type MessageKey, type TranslationParams, translate } from './translate';

/** localStorage key holding the user's chosen interface language. */
export const localeStorageKey = 'jx.locale';

const antdLocales = { 'zh-CN': zhCNAntd, 'en-US': enUSAntd } as const;
const dayjsLocales: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

interface LocaleContextValue {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(localeStorageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): fall back to the default.
    return defaultLocale;
  }
}

// Set before the first render so dates formatted during it already use the right language.
function applyLocaleToDocument(locale: Locale): void {
  document.documentElement.lang = locale;
  dayjs.locale(dayjsLocales[locale]);
}

export function LocaleProvider({ children, theme }: { children: ReactNode; theme?: ThemeConfig }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = readStoredLocale();
    applyLocaleToDocument(initial);
    return initial;
  });

  useEffect(() => applyLocaleToDocument(locale), [locale]);

  const setLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(localeStorageKey, next);
    } catch {
      // Not persisted; the switch still applies to this page view.
    }
    setLocaleState(next);
  }, []);

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <ConfigProvider locale={antdLocales[locale]} theme={theme}>
        {children}
      </ConfigProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale() must be used inside <LocaleProvider>');
  return value;
}

export interface Translator {
  (key: MessageKey, params?: TranslationParams): string;
  /** A server-sent `{ zh, en }` message in the current language. */
  message(message: Message): string;
}

/** `t('login.submit')` for dictionary texts, `t.message(m)` for bilingual texts from the API. */
export function useT(): Translator {
  const { locale } = useLocale();
  return useMemo(() => {
    const t = ((key: MessageKey, params?: TranslationParams) => translate(locale, key, params)) as Translator;
    t.message = (message: Message) => pick(message, locale);
    return t;
  }, [locale]);
}
