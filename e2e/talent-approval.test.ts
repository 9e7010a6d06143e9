import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalCandidate, ApprovalList } from '../web/api/approval';
import { localeStorageKey } from '../web/i18n/LocaleProvider';
import { translate } from '../web/i18n/translate';
import type { zhCN } from '../web/i18n/zh-CN';
import { button, confirmMove, isApi, moveConfirmation } from './support/antd';
import { describeViolations, seriousViolations, settle } from './support/axe';
import { fitsWidth, screenshot } from './support/browser';
import { type Journey, startJourney } from './support/journey';

/**
 * The talent office (张志远, `talent`) approves the demo's list of 长春技能大奖: 钱国栋 and 冯雪峰, sent after
 * the city notice with the experts' results. It sees both with their scores and the notice's outcome,
 * returns 钱国栋 to the bureau with a reason, approves 冯雪峰 with the approval document, and sees both
 * statuses change; the page is checked with axe and photographed at 1280 px and 375 px.
 */

let journey: Journey;
let page: Page;
const label = (key: keyof typeof zhCN, params?: Record<string, string | number>) =>
  translate('zh-CN', key, params);
const documentNo = '长人才办〔2026〕12号';
const reason = '请补充红旗轿车底盘装调工艺优化的经济效益证明材料后重新报送。';
let candidates: ApprovalCandidate[] = [];
const idOf = (name: string) => candidates.find((c) => c.name === name)?.applicationId ?? '';

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
  // one "today" for the server and the browser, whose day the form offers as the date of approval
  const now = new Date();
  journey.server.clock.set(now);
  await journey.context.clock.setFixedTime(now);
});

afterAll(async () => journey?.close());

/** The journey's page at `width` in `locale`, in a context of its own with the journey's session. */
async function shoot(name: string, width: number, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const phone = width < 800;
  const context = await journey.browser.newContext({
    viewport: { width, height: phone ? 812 : 900 },
    timezoneId: 'Asia/Shanghai',
    storageState: await journey.context.storageState(),
    ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  try {
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      localeStorageKey,
      locale,
    ] as const);
    const other = await context.newPage();
    await other.goto(`${journey.server.url}/approval`);
    await other.locator('h1').first().waitFor();
    await settle(other);
    expect(await fitsWidth(other), `${name} scrolls sideways`).toBe(true);
    expect(describeViolations(await seriousViolations(other))).toEqual([]);
    await screenshot(other, name);
  } finally {
    await context.close();
  }
}

const row = (name: string) => page.getByTestId('approval-table').getByRole('row', { name: new RegExp(name) });

describe('the talent office approves the proposed list', () => {
  it('finds 审批 in its navigation and sees both candidates with their scores and the notice', async () => {
    await journey.signIn('talent');
    const entry = page.getByRole('link', { name: label('nav.approval'), exact: true }).first();
    await entry.waitFor();
    const [listed] = await Promise.all([
      page.waitForResponse(isApi('GET', '/api/approval-list')),
      entry.click(),
    ]);
    expect(listed.status()).toBe(200);
    const list = (await listed.json()) as ApprovalList;
    const grand = list.awards.find((a) => a.award === 'grand_award');
    candidates = grand?.items ?? [];
    expect(candidates.map((c) => c.name).sort()).toEqual(['冯雪峰', '钱国栋'].sort());
    await page.getByRole('heading', { level: 1, name: label('approval.heading') }).waitFor();

    const card = page.getByTestId('approval-award-grand_award');
    await card.getByRole('heading', { level: 2, name: '长春技能大奖' }).waitFor();
    await card
      .getByTestId('approval-differential')
      .getByText(
        label('approval.award.differential', { reviewed: grand?.reviewed ?? 0, places: grand?.places ?? 0 }),
      )
      .waitFor();
    for (const c of candidates) {
      const line = row(c.name);
      await line.getByText(c.employer).first().waitFor();
      // the experts' result with two decimals, and how many experts scored
      expect(c.score).not.toBeNull();
      await line.getByText((c.score ?? 0).toFixed(2), { exact: true }).waitFor();
      await line.getByText(label('approval.score.count', { count: c.scores })).waitFor();
      await line.getByText(label('approval.notice.noObjection')).waitFor();
      await line.getByTestId('status-tag').getByText('人才办审定中').waitFor();
    }
    // the moves are offered once the server's checks say they can succeed
    await row('冯雪峰')
      .getByRole('checkbox', { name: label('approval.select', { name: '冯雪峰' }) })
      .waitFor();
    await page.getByTestId(`approval-return-${idOf('钱国栋')}`).waitFor();
    await button(page, label('approval.form.submit')).waitFor();
    await settle(page);
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'talent-approval-01-list-1280');
  });

  it('reads the same list on a phone and in English', async () => {
    await shoot('talent-approval-02-list-375', 375);
    await shoot('talent-approval-03-list-1280-en', 1280, 'en-US');
  });

  it('returns 钱国栋 to the bureau with a reason', async () => {
    const id = idOf('钱国栋');
    await page.getByTestId(`approval-return-${id}`).click();
    const dialog = page.getByRole('dialog', { name: label('approval.return.title') });
    await dialog.getByText(label('approval.return.candidate', { name: '钱国栋' })).waitFor();
    // the reason is required: the dialog refuses to send without it
    await dialog.getByTestId('approval-return-confirm').click();
    await dialog.locator('.ant-form-item-explain-error').first().waitFor();
    await dialog.getByLabel(label('approval.return.reason')).fill(reason);
    await settle(page);
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    await screenshot(page, 'talent-approval-04-return', { fullPage: false });
    const [returned] = await Promise.all([
      page.waitForResponse(isApi('POST', `/api/applications/${id}/transitions/returnFromApproval`)),
      dialog.getByTestId('approval-return-confirm').click(),
    ]);
    expect(returned.status()).toBe(200);
    expect(((await returned.json()) as { status: string }).status).toBe('city_noticed');
    await dialog.waitFor({ state: 'hidden' });
    const line = row('钱国栋');
    await line.getByTestId('status-tag').getByText('市级公示期满').waitFor();
    await line.getByTestId('approval-return-reason').getByText(reason, { exact: false }).waitFor();
    await line.getByText(label('approval.returnedWaiting')).waitFor();
    // a returned candidate can no longer be ticked or returned again
    expect(await page.getByTestId(`approval-return-${id}`).count()).toBe(0);
  });

  it('approves 冯雪峰 with the approval document, after a confirmation that cannot be undone', async () => {
    const id = idOf('冯雪峰');
    await row('冯雪峰')
      .getByRole('checkbox', { name: label('approval.select', { name: '冯雪峰' }) })
      .check();
    await page
      .getByTestId('approval-selected')
      .getByText(label('approval.form.selected', { count: 1 }))
      .waitFor();
    const form = page.getByTestId('approval-form');
    await form.getByLabel(label('approval.form.documentNo')).fill(documentNo);
    const approvedOn = await form.getByLabel(label('approval.form.approvedOn')).inputValue();
    expect(approvedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await button(form, label('approval.form.submit')).click();

    const confirmation = moveConfirmation(page);
    await confirmation
      .getByText(label('approval.form.confirm', { documentNo, date: approvedOn, count: 1 }))
      .waitFor();
    await confirmation.getByText('冯雪峰', { exact: true }).waitFor();
    await settle(page);
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    await screenshot(page, 'talent-approval-05-confirm', { fullPage: false });
    const [approved] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/transitions/approve')),
      confirmMove(page, label('approval.form.submit')),
    ]);
    expect(approved.status()).toBeLessThan(300);
    expect(approved.request().postDataJSON()).toEqual({ applicationIds: [id], documentNo, approvedOn });
    const line = row('冯雪峰');
    await line.getByTestId('status-tag').getByText('人才办已审定').waitFor();
    await line
      .getByTestId('approval-document')
      .getByText(label('approval.approvedWith', { documentNo, date: approvedOn }))
      .waitFor();
  });

  it('shows the list dealt with, and nothing left to approve', async () => {
    await page.getByText(label('approval.allDone')).waitFor();
    expect(await page.getByTestId('approval-form').count()).toBe(0);
    await settle(page);
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    await screenshot(page, 'talent-approval-06-done-1280');
    await shoot('talent-approval-07-done-375', 375);
    expect(journey.pageErrors).toEqual([]);
  });
});
