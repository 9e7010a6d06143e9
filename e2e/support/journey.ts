import type { Browser, BrowserContext, Page } from 'playwright-core';
import { zhCN } from '../../web/i18n/zh-CN';
import { button, isApi } from './antd';
import { launchBrowser } from './browser';
import { demoPassword, startTestServer, type TestServer } from './server';

/** One browser journey: the demo server, Chromium, and one page whose script errors are collected. */
export interface Journey {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the page's scripts; a journey ends by asserting there were none. */
  pageErrors: string[];
  /** Signs a demo user in through the login form and waits for the shell. */
  signIn(username: string): Promise<void>;
  close(): Promise<void>;
}

/** `browserArgs`: more Chromium switches, e.g. the fake camera of the intake desk's journey. */
export async function startJourney(options: { browserArgs?: readonly string[] } = {}): Promise<Journey> {
  const server = await startTestServer();
  const browser = await launchBrowser(options.browserArgs);
  // Changchun's officers work on Beijing time; dates such as an objection's day must read as theirs.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    server,
    browser,
    context,
    page,
    pageErrors,
    async signIn(username) {
      await page.goto(`${server.url}/login`);
      await page.getByLabel(zhCN['login.username']).fill(username);
      await page.getByLabel(zhCN['login.password']).fill(demoPassword);
      await Promise.all([
        page.waitForResponse(isApi('POST', '/api/session')),
        button(page, zhCN['login.submit']).click(),
      ]);
      // The login page returns to where the user was sent from, or home: either way, inside the shell.
      await page.getByRole('button', { name: zhCN['shell.userMenu'] }).waitFor();
    },
    async close() {
      await context.close();
      await browser.close();
      await server.close();
    },
  };
}
