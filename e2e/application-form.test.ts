import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../domain/application';
import { makeIdNumber } from '../domain/people/id-number.testing';
import type { ApplicationDetail } from '../web/api/applications';
import { enUS } from '../web/i18n/en-US';
import { zhCN } from '../web/i18n/zh-CN';
import { button, isApi, logOutThroughMenu } from './support/antd';
import { fitsWidth, screenshot } from './support/browser';
import { minimalPdf } from './support/files';
import { type Journey, startJourney } from './support/journey';
import { demoPassword } from './support/server';

/**
 * The application page as the unit's officer and a reader at the level above meet it (issue 10): the ID
 * number decides the birth date and gender, leaving with unsaved changes asks first, a read-only
 * application reads as a description, and the small things around it (the award lock, 删除草稿 alone,
 * an oversized file, the login refusal, the invitation, the public verification page on a phone).
 */

let journey: Journey;
let page: Page;
const label = (key: keyof typeof zhCN) => zhCN[key];

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
});
afterAll(async () => journey?.close());

const phone: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  timezoneId: 'Asia/Shanghai',
};

/** Opens `path` in a fresh context with this session (and language), runs `use`, closes it. */
async function inContext(
  options: BrowserContextOptions & { locale?: 'zh-CN' | 'en-US' },
  path: string,
  use: (target: Page) => Promise<void>,
) {
  const { locale = 'zh-CN', ...rest } = options;
  const context = await journey.browser.newContext({
    timezoneId: 'Asia/Shanghai',
    ...rest,
    storageState: await journey.context.storageState(),
  });
  try {
    await context.addInitScript((value) => localStorage.setItem('jx.locale', value), locale);
    const target = await context.newPage();
    const errors: string[] = [];
    target.on('pageerror', (error) => errors.push(error.message));
    await target.goto(`${journey.server.url}${path}`);
    await use(target);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}

/** The four screenshots of one screen: 1440 and 375 px, zh-CN and en-US, each looked at before saving. */
async function fourShots(
  path: string,
  name: string,
  ready: (target: Page, locale: 'zh-CN' | 'en-US') => Promise<void>,
) {
  for (const locale of ['zh-CN', 'en-US'] as const) {
    const suffix = locale === 'zh-CN' ? 'zh' : 'en';
    await inContext({ viewport: { width: 1440, height: 900 }, locale }, path, async (target) => {
      await ready(target, locale);
      await screenshot(target, `${name}-1440-${suffix}`);
    });
    await inContext({ ...phone, locale }, path, async (target) => {
      await ready(target, locale);
      expect(await fitsWidth(target)).toBe(true);
      await screenshot(target, `${name}-375-${suffix}`);
    });
  }
}

const drafts = async (target: Page) =>
  (
    (await (await target.request.get(`${journey.server.url}/api/applications?status=draft`)).json()) as {
      items: { id: string; name: string }[];
    }
  ).items;

let draftId = '';

describe('the unit officer’s form', () => {
  it('fills the birth date and gender from the ID number, clears them when it breaks, refills them', async () => {
    await journey.signIn('employer');
    await page.goto(`${journey.server.url}/applications/new?award=grand_award`);
    await page.getByRole('heading', { name: label('application.newTitle') }).waitFor();
    await page.getByLabel('姓名', { exact: true }).fill('刘晓梅');
    const idNumber = page.getByLabel('身份证号码', { exact: true });
    const birthDate = page.getByLabel('出生日期', { exact: true });
    const gender = page.locator('#gender').locator('xpath=ancestor::*[contains(@class,"ant-select")][1]');

    const mistyped = makeIdNumber({ region: '220104', birthDate: '1958-03-12', gender: 'male', seq: 31 });
    await idNumber.fill(mistyped);
    await expect.poll(() => birthDate.inputValue(), { timeout: 10_000 }).toBe('1958-03-12');
    expect(await gender.textContent()).toContain('男');
    // the number of a man born in 1958: the retirement rule speaks up
    await page.getByTestId('findings').getByText(/退休/).first().waitFor();

    // one digit corrected at a time: broken in between, and the old person's data goes with it
    await idNumber.fill(mistyped.slice(0, 17));
    await expect.poll(() => birthDate.inputValue(), { timeout: 10_000 }).toBe('');
    expect(await gender.textContent()).not.toContain('男');
    const corrected = makeIdNumber({ region: '220104', birthDate: '1985-07-09', gender: 'female', seq: 32 });
    await idNumber.fill(corrected);
    await expect.poll(() => birthDate.inputValue(), { timeout: 10_000 }).toBe('1985-07-09');
    expect(await gender.textContent()).toContain('女');
    await expect.poll(() => page.getByTestId('findings').getByText(/退休/).count()).toBe(0);
  });

  it('asks before a menu link leaves unsaved changes: stays, then leaves', async () => {
    const dialog = page.getByRole('dialog').filter({ hasText: label('form.leaveTitle') });
    const menuLink = page.getByRole('link', { name: label('nav.applications') }).first();
    await menuLink.click();
    await dialog.getByText(label('form.leaveText')).waitFor();
    await page.waitForTimeout(400); // the dialog's zoom-in animation, for the screenshot
    await screenshot(page, 'form-leave-warning-1440-zh', { fullPage: false });
    await button(dialog, label('form.stay')).click();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/applications/new');
    expect(await page.getByLabel('姓名', { exact: true }).inputValue()).toBe('刘晓梅');

    // a reload or a closed tab gets the browser's own question
    const asked = await page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(asked).toBe(true);

    await menuLink.click();
    await button(dialog, label('form.leave')).click();
    await page.waitForURL('**/applications');
    await page.getByRole('heading', { name: label('applications.heading') }).waitFor();
  });

  it('asks on the back button too, and not at all once saved', async () => {
    const hanxuemei = (await drafts(page)).find((item) => item.name === '韩雪梅');
    expect(hanxuemei).toBeDefined();
    draftId = hanxuemei?.id ?? '';
    await page.getByRole('link', { name: '韩雪梅' }).click();
    await page.waitForURL(`**/applications/${draftId}`);
    const email = page.getByLabel('电子邮箱', { exact: true });
    await email.fill('han.xuemei@example.cn');
    await page.evaluate(() => history.back());
    const dialog = page.getByRole('dialog').filter({ hasText: label('form.leaveTitle') });
    await button(dialog, label('form.stay')).click();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(`/applications/${draftId}`);
    expect(await email.inputValue()).toBe('han.xuemei@example.cn');

    await Promise.all([
      page.waitForResponse(isApi('PATCH', `/api/applications/${draftId}`)),
      page.getByTestId('save-draft').click(),
    ]);
    await page
      .getByRole('link', { name: label('nav.home') })
      .first()
      .click();
    await page.waitForURL(`${journey.server.url}/`);
    expect(await dialog.count()).toBe(0);
  });

  it('says why the award is locked, and offers a plain draft only 删除草稿', async () => {
    await page.goto(`${journey.server.url}/applications/${draftId}`);
    await page.getByText(label('form.awardLocked')).waitFor();
    await button(page, label('application.delete')).waitFor();
    expect(await page.getByRole('button', { name: /撤回申报/ }).count()).toBe(0);
  });

  it('refuses a file over 20 MB in the browser, before sending a byte of it', async () => {
    let posts = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/attachments')) posts += 1;
    });
    const row = page.getByTestId('attachment-id_card');
    await row.locator('input[type=file]').setInputFiles({
      name: '身份证扫描件.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([minimalPdf('big'), Buffer.alloc(MAX_ATTACHMENT_BYTES + 1024 * 1024 - 900)]),
    });
    await row.getByText(/超过单个文件 20\.0 MB 的上限，未上传/).waitFor();
    expect(posts).toBe(0);
    await row.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'form-file-too-large-1440-zh', { fullPage: false });
  });

  it('shows the editable form at 1440 and 375 px, in Chinese and English', async () => {
    await fourShots(`/applications/${draftId}`, 'form-editable', async (target, locale) => {
      await target.getByTestId('save-draft').waitFor();
      const dictionary = locale === 'zh-CN' ? zhCN : enUS;
      await target.getByText(dictionary['form.awardLocked']).waitFor();
    });
  });
});

describe('a read-only application', () => {
  it('reads as a description in the annex’s order, masked as the server gives it, no inputs', async () => {
    await logOutThroughMenu(page, { userMenu: label('shell.userMenu'), logout: label('shell.logout') });
    await journey.signIn('recommender');
    const list = (await (await page.request.get(`${journey.server.url}/api/applications`)).json()) as {
      items: { id: string; name: string }[];
    };
    const seen = list.items.find((item) => item.name === '马国庆') ?? list.items[0];
    expect(seen).toBeDefined();
    const detail = (await (
      await page.request.get(`${journey.server.url}/api/applications/${seen?.id}`)
    ).json()) as ApplicationDetail;
    expect(detail.may.edit).toBe(false);

    await page.goto(`${journey.server.url}/applications/${detail.id}`);
    await page.getByTestId('read-only-note').waitFor();
    const id = page.getByTestId('view-idNumber');
    expect(await id.textContent()).toBe(detail.draft.idNumber);
    expect(detail.draft.idNumber).toMatch(/\*{4}/);
    // the birth year where the exact date is masked, the codes by their names
    expect(await page.getByTestId('view-birthDate').textContent()).toContain(String(detail.masked.birthYear));
    expect(await page.getByTestId('view-gender').textContent()).toMatch(/^[男女]$/);
    // no faint disabled inputs, no leftover placeholders
    const parts = page.locator('[id^="part-"]');
    expect(await parts.count()).toBe(5);
    expect(await parts.locator('input, textarea, .ant-select').count()).toBe(0);
    expect(await page.getByText(label('form.select'), { exact: true }).count()).toBe(0);
    // the annex's order: 姓名 before 性别 before 出生日期 … before 身份证号码
    const labels = await page.locator('#part-personal .ant-descriptions-item-label').allTextContents();
    const at = (text: string) => labels.indexOf(text);
    expect(at('姓名')).toBeGreaterThanOrEqual(0);
    expect(at('姓名')).toBeLessThan(at('性别'));
    expect(at('性别')).toBeLessThan(at('出生日期'));
    expect(at('出生日期')).toBeLessThan(at('身份证号码'));
    expect(journey.pageErrors).toEqual([]);

    await fourShots(`/applications/${detail.id}`, 'form-read-only', async (target) => {
      await target.getByTestId('read-only-note').waitFor();
      await target.getByTestId('view-idNumber').waitFor();
    });
  });
});

describe('small things around the form', () => {
  it('answers a wrong password in the user’s language, without a request id', async () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const context = await journey.browser.newContext({ viewport: { width: 1440, height: 900 } });
      try {
        await context.addInitScript((value) => localStorage.setItem('jx.locale', value), locale);
        const login = await context.newPage();
        await login.goto(`${journey.server.url}/login`);
        const dictionary = locale === 'zh-CN' ? zhCN : enUS;
        await login.getByLabel(dictionary['login.username']).fill('employer');
        await login.getByLabel(dictionary['login.password']).fill(`${demoPassword}x`);
        const [answer] = await Promise.all([
          login.waitForResponse(isApi('POST', '/api/session')),
          button(login, dictionary['login.submit']).click(),
        ]);
        expect(answer.status()).toBe(401);
        const body = (await answer.json()) as { message: { zh: string; en: string }; requestId: string };
        const alert = login.getByRole('alert');
        await alert.getByText(locale === 'zh-CN' ? body.message.zh : body.message.en).waitFor();
        expect(await alert.textContent()).not.toContain(body.requestId);
        await screenshot(login, `login-error-1440-${locale === 'zh-CN' ? 'zh' : 'en'}`, { fullPage: false });
      } finally {
        await context.close();
      }
    }
  });

  it('marks nothing required on the candidate’s invitation page, which says every field may stay empty', async () => {
    await logOutThroughMenu(page, { userMenu: label('shell.userMenu'), logout: label('shell.logout') });
    await journey.signIn('employer');
    await page.goto(`${journey.server.url}/applications/${draftId}`);
    await page.getByRole('button', { name: label('invite.button') }).click();
    const url = ((await page.getByTestId('invite-url').textContent()) ?? '').trim();
    const context = await journey.browser.newContext(phone);
    try {
      const candidate = await context.newPage();
      await candidate.goto(url);
      await candidate.getByText(label('invitePage.optional')).waitFor();
      await candidate
        .getByText(/单位已登记：.*（如无变化可不填）/)
        .first()
        .waitFor();
      expect(await candidate.locator('.ant-form-item-required').count()).toBe(0);
      expect(await fitsWidth(candidate)).toBe(true);
      await screenshot(candidate, 'invitation-375-zh');
    } finally {
      await context.close();
    }
  });

  it('shows the public verification page on a phone as HTML, a malformed code too, without sideways scrolling', async () => {
    const pdf = await page.request.get(`${journey.server.url}/api/applications/${draftId}/annex2.pdf`);
    expect(pdf.status()).toBe(200);
    const hash = pdf.headers()['x-content-hash'];
    const context = await journey.browser.newContext(phone);
    try {
      const reader = await context.newPage();
      for (const [code, name, text] of [
        [hash, 'verify-375', '文件核验'],
        ['3f2a9c', 'verify-malformed-375', '链接中的校验码不完整或有误'],
      ] as const) {
        const answer = await reader.goto(`${journey.server.url}/verify/${code}`);
        expect(answer?.headers()['content-type']).toContain('text/html');
        await reader.getByText(text).first().waitFor();
        expect(await fitsWidth(reader)).toBe(true);
        await screenshot(reader, name);
      }
    } finally {
      await context.close();
    }
  });
});
