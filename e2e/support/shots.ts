import { expect } from 'vitest';
import { localeStorageKey } from '../../web/i18n/LocaleProvider';
import { fitsWidth, screenshot } from './browser';
import type { Journey } from './journey';

const widths = [1440, 375] as const;
const locales = ['zh-CN', 'en-US'] as const;

/**
 * Screenshots of one page of the signed-in user at 1440 px and 375 px, in Chinese and in English, as
 * e2e/screenshots/<name>-<width>-<locale>.png; each in a context of its own with the journey's session,
 * so the journey's page stays where it is. A phone's page must not scroll sideways.
 */
export async function shootWidthsAndLanguages(journey: Journey, path: string, name: string): Promise<void> {
  const storageState = await journey.context.storageState();
  for (const width of widths) {
    for (const locale of locales) {
      const context = await journey.browser.newContext({
        viewport: { width, height: width > 800 ? 900 : 812 },
        timezoneId: 'Asia/Shanghai',
        storageState,
        ...(width < 800 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
      });
      try {
        await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
          localeStorageKey,
          locale,
        ] as const);
        const page = await context.newPage();
        await page.goto(`${journey.server.url}${path}`);
        await page.locator('h1').first().waitFor();
        // the steps' checks and the notice period load after the page: let them settle before the shot
        await page.waitForLoadState('networkidle');
        expect(await fitsWidth(page), `${name} at ${width} px scrolls sideways`).toBe(true);
        await screenshot(page, `${name}-${width}-${locale}`);
      } finally {
        await context.close();
      }
    }
  }
}
