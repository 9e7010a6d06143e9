import { useEffect } from 'react';
import { useT } from '../i18n/LocaleProvider';

/** Sets the browser tab title to "<page> – 匠选 · Jiangxuan" in the current language. */
export function useDocumentTitle(pageTitle: string): void {
  const t = useT();
  const productName = t('app.name');
  useEffect(() => {
    document.title = `${pageTitle} – ${productName}`;
  }, [pageTitle, productName]);
}
