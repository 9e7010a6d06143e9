import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../web/api/session';
import type { TodoItem } from '../web/api/todo';
import { enUS } from '../web/i18n/en-US';
import { zhCN } from '../web/i18n/zh-CN';
import { logOutThroughMenu } from './support/antd';
import { fitsWidth, launchBrowser, screenshot } from './support/browser';
import { demoPassword, startTestServer, type TestServer } from './support/server';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.close();
});

/** A fresh browser profile (no cookies, no stored language) that records uncaught page errors. */
async function openPage(options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  contexts.push(context);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { page, pageErrors };
}

const isApi = (method: string, path: string) => (response: Response) =>
  response.request().method() === method && new URL(response.url()).pathname === path;

// antd spaces out two-character Chinese button labels ("登 录").
const submitButton = (page: Page, label: string) =>
  page.getByRole('button', { name: new RegExp(`^${[...label].join('\\s?')}$`) });

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel(zhCN['login.username']).fill(username);
  await page.getByLabel(zhCN['login.password']).fill(password);
  const [login] = await Promise.all([
    page.waitForResponse(isApi('POST', '/api/session')),
    submitButton(page, zhCN['login.submit']).click(),
  ]);
  return login;
}

/**
 * The to-do as the server gives it to this browser's session, asked for directly rather than read off
 * the page's own request: a response body captured around a navigation may be gone by the time it is
 * read (it once failed a fresh-clone run with "No data found for resource with given identifier").
 */
async function currentTodo(page: Page): Promise<TodoItem[]> {
  const response = await page.request.get(`${server.url}/api/todo`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: TodoItem[] }).items;
}

async function expectTodoShown(page: Page, items: TodoItem[], language: 'zh' | 'en') {
  if (items.length === 0) {
    const empty = language === 'zh' ? zhCN['home.todoEmpty'] : enUS['home.todoEmpty'];
    await page.getByText(empty).waitFor();
    return;
  }
  for (const item of items) {
    const card = page.getByTestId(`todo-${item.key}`);
    await card.getByText(item.title[language]).waitFor();
    expect(await card.textContent()).toContain(String(item.count));
  }
}

/** Waits for the page to set its title (it does so after rendering), then compares. */
async function expectTitle(page: Page, expected: string) {
  await page
    .waitForFunction((title) => document.title === title, expected, { timeout: 5_000 })
    .catch(() => undefined);
  expect(await page.title()).toBe(expected);
}

const fitsScreenHeight = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);

describe('signing in and out (bureau admin)', () => {
  let page: Page;
  let pageErrors: string[];
  let session: Session;
  let todoItems: TodoItem[];

  it('signs in through the form in zh-CN and lands on the role-aware home page', async () => {
    ({ page, pageErrors } = await openPage());
    await page.goto(`${server.url}/`);
    await page.waitForURL(`${server.url}/login`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expectTitle(page, `${zhCN['login.pageTitle']} – ${zhCN['app.name']}`);
    await page.getByRole('heading', { level: 1, name: zhCN['app.name'] }).waitFor();
    await page.getByText(zhCN['app.edition']).waitFor();

    const login = await signIn(page, 'bureau', demoPassword);
    expect(login.status()).toBe(200);
    session = (await login.json()) as Session;
    expect(session.user.username).toBe('bureau');
    expect(session.role).toBe('bureau_admin');
    expect(session.organisation.kind).toBe('bureau');
    expect(session.organisation.name.zh).toMatch(/人社局|人力资源和社会保障局/);
    await page.waitForURL(`${server.url}/`);
    todoItems = await currentTodo(page);
    await page
      .getByRole('heading', { name: zhCN['home.greeting'].replace('{name}', session.user.displayName) })
      .waitFor();
    expect(await page.getByTestId('current-role').textContent()).toBe(zhCN['role.bureau_admin']);
    expect(await page.getByTestId('current-organisation').textContent()).toBe(session.organisation.name.zh);
    await page.getByRole('heading', { name: zhCN['home.todo'] }).waitFor();
    await expectTodoShown(page, todoItems, 'zh');
    await expectTitle(page, `${zhCN['home.pageTitle']} – ${zhCN['app.name']}`);
    await page.getByRole('button', { name: zhCN['shell.userMenu'] }).waitFor();

    await screenshot(page, 'login-bureau');
    expect(pageErrors).toEqual([]);
  });

  it('switches to English, and the choice survives a reload', async () => {
    await page.getByText('English', { exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en-US');
    await page
      .getByRole('heading', { name: enUS['home.greeting'].replace('{name}', session.user.displayName) })
      .waitFor();
    expect(await page.getByTestId('current-role').textContent()).toBe(enUS['role.bureau_admin']);
    expect(await page.getByTestId('current-organisation').textContent()).toBe(session.organisation.name.en);
    await page.getByRole('heading', { name: enUS['home.todo'] }).waitFor();
    await expectTodoShown(page, todoItems, 'en');
    await expectTitle(page, `${enUS['home.pageTitle']} – ${enUS['app.name']}`);
    expect(await page.evaluate(() => localStorage.getItem('jx.locale'))).toBe('en-US');

    await page.reload();
    await page.getByRole('heading', { name: enUS['home.todo'] }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en-US');
    await screenshot(page, 'home-bureau-en');
    expect(pageErrors).toEqual([]);
  });

  it('signs out from the user menu and is back at the login page', async () => {
    const logout = await logOutThroughMenu(page, {
      userMenu: enUS['shell.userMenu'],
      logout: enUS['shell.logout'],
    });
    expect(logout.status()).toBe(204);
    await page.waitForURL(`${server.url}/login`);
    await page.getByRole('heading', { name: enUS['login.heading'] }).waitFor();

    // The session is gone on the server too, and the home page sends us back to the login form.
    const status = await page.evaluate(async () => (await fetch('/api/session')).status);
    expect(status).toBe(401);
    await page.goto(`${server.url}/`);
    await page.waitForURL(`${server.url}/login`);
    await page.getByLabel(enUS['login.username']).waitFor();
    expect(pageErrors).toEqual([]);
  });
});

describe('refused sign-ins (zh-CN)', () => {
  it('validates empty fields in the browser without calling the server', async () => {
    const { page, pageErrors } = await openPage();
    let loginCalls = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/session') loginCalls += 1;
    });
    await page.goto(`${server.url}/login`);
    await submitButton(page, zhCN['login.submit']).click();
    await page.getByText(zhCN['login.usernameRequired']).waitFor();
    await page.getByText(zhCN['login.passwordRequired']).waitFor();
    expect(loginCalls).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("shows the server's zh-CN message for a wrong password", async () => {
    const { page, pageErrors } = await openPage();
    await page.goto(`${server.url}/login`);
    const login = await signIn(page, 'bureau', 'not-the-password');
    expect(login.status()).toBe(401);
    const body = (await login.json()) as { code: string; message: { zh: string; en: string } };
    expect(body.code).toBe('auth.invalid_credentials');

    const alert = page.getByRole('alert');
    await alert.getByText(body.message.zh).waitFor();
    expect(await alert.textContent()).not.toContain(body.message.en);
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login-wrong-password');
    expect(pageErrors).toEqual([]);
  });
});

describe('phone-sized screen (375×812)', () => {
  it('lays out the login and home pages without sideways scrolling', async () => {
    const { page, pageErrors } = await openPage({
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${server.url}/login`);
    await page.getByLabel(zhCN['login.username']).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    expect(await fitsScreenHeight(page)).toBe(true);
    await screenshot(page, 'login-phone');

    const login = await signIn(page, 'employer', demoPassword);
    const session = (await login.json()) as Session;
    expect(session.role).toBe('employer_officer');
    await page.waitForURL(`${server.url}/`);
    expect(await page.getByTestId('current-role').textContent()).toBe(zhCN['role.employer_officer']);
    expect(await page.getByTestId('current-organisation').textContent()).toBe(session.organisation.name.zh);

    // The demo employer unit has draft applications, so this also covers the to-do cards.
    const items = await currentTodo(page);
    expect(items.length).toBeGreaterThan(0);
    await expectTodoShown(page, items, 'zh');
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'home-employer-phone');
    expect(pageErrors).toEqual([]);
  });
});

describe('unknown pages', () => {
  it('shows a 404 page with a way home', async () => {
    const { page, pageErrors } = await openPage();
    await page.goto(`${server.url}/no-such-page`);
    await page.getByRole('heading', { name: zhCN['notFound.heading'] }).waitFor();
    await page.getByText(zhCN['notFound.description']).waitFor();
    await expectTitle(page, `${zhCN['notFound.pageTitle']} – ${zhCN['app.name']}`);
    await submitButton(page, zhCN['notFound.backHome']).click();
    await page.waitForURL(`${server.url}/login`);
    expect(pageErrors).toEqual([]);
  });
});
