import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { repoRoot } from './server';

export const screenshotDir = path.join(repoRoot, 'e2e', 'screenshots');

/** Headless system Chromium (playwright-core ships no browser of its own). */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with \`apt-get install -y chromium\` ` +
        '(and fonts-noto-cjk for Chinese glyphs), or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * Sticky bars (the header, the form's save bar, the side panel) and the fixed toasts would be drawn
 * where the viewport happens to be in a full-page capture, over the middle of the page: unstick them
 * (and leave the toasts to viewport captures) while capturing.
 */
const unstick =
  '.ant-layout-header, .jx-sticky, .jx-savebar { position: static !important; } .ant-message { display: none !important; }';

/** Whether the page fits the viewport's width: a phone's page must never scroll sideways. */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/**
 * Waits until no antd motion is still entering. rc-motion first gives an appearing dialog its `-enter`
 * class (scale 0, opacity 0, the animation paused) and only a frame later `-enter-active`, which runs it:
 * a capture in between shows the mask without the dialog, which `animations: 'disabled'` cannot
 * fast-forward because nothing runs yet. Then every finite animation is let finish.
 */
export async function motionsEnded(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !Array.from(document.querySelectorAll('[class]')).some((element) =>
        Array.from(element.classList).some((name) => /-(appear|enter)(-prepare|-start|-active)?$/.test(name)),
      ),
    undefined,
    { timeout: 5_000 },
  );
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Saves a screenshot as e2e/screenshots/<name>.png and returns its path: the whole page by default, or
 * just the viewport (`fullPage: false`) to show one part of a long page as the user sees it. Running
 * transitions (a table fading in after loading, a dialog zooming in) are finished first.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  const fullPage = options.fullPage ?? true;
  await motionsEnded(page);
  // A capture waits for the compositor's next frame, and a page Chromium holds for hidden never commits
  // one: the capture then stalls until its timeout (a fresh-clone run lost the login page's first shot
  // so). Bringing the page to the front first makes it visible; it is a no-op when it already is.
  await page.bringToFront();
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  if (!fullPage) {
    await page.screenshot({ path: file, animations: 'disabled' });
    return file;
  }
  const style = await page.addStyleTag({ content: unstick });
  try {
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  } finally {
    await style.evaluate((element) => (element as Element).remove());
  }
  return file;
}
