import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { NoticePeriod } from '../contract/calendar';
import { attachmentKindLabels } from '../domain/application';
import type { Notice } from '../web/api/steps';
import { zhCN } from '../web/i18n/zh-CN';
import { button, confirmMove, isApi, logOutThroughMenu, moveConfirmation, typeDate } from './support/antd';
import { screenshot } from './support/browser';
import { minimalPdf } from './support/files';
import { type Journey, startJourney } from './support/journey';
import type { TestServer } from './support/server';
import { shootWidthsAndLanguages } from './support/shots';

/**
 * What stands between an officer and a step that cannot succeed or cannot be undone, on the unit's steps
 * page and an application's detail: an incomplete draft cannot be ticked and its lack is named; Enter in a
 * date field sends nothing; the notice's last day is shown before it starts; closing the notice is disabled
 * with its reason while it runs; 报送, 撤回 and 撤销 ask for a confirmation naming the candidate and the
 * consequence, and the destructive ones are red. The demo unit (长春精工) has two drafts: 周铁军, complete
 * with its dossier, and 韩雪梅, without a single paper.
 */

let server: TestServer;
let page: Page;
let pageErrors: string[] = [];
let journey: Journey;
const label = (key: keyof typeof zhCN) => zhCN[key];
const complete = '周铁军';
const incomplete = '韩雪梅';

/** Every request the page sends that changes something (a POST, PUT, PATCH or DELETE under /api/). */
const writes: Request[] = [];

beforeAll(async () => {
  journey = await startJourney();
  ({ server, page, pageErrors } = journey);
  page.on('request', (request) => {
    if (request.method() !== 'GET' && new URL(request.url()).pathname.startsWith('/api/'))
      writes.push(request);
  });
  // Counts the forms the page submits (an Enter in a field submits its form before any request).
  await page.addInitScript(() => {
    const counted = window as unknown as { formSubmits: number };
    counted.formSubmits = 0;
    document.addEventListener('submit', () => (counted.formSubmits += 1), true);
  });
});

afterAll(async () => journey?.close());

const writesTo = (path: string | RegExp) =>
  writes.filter((r) => {
    const pathname = new URL(r.url()).pathname;
    return typeof path === 'string' ? pathname === path : path.test(pathname);
  });
const formSubmits = () => page.evaluate(() => (window as unknown as { formSubmits: number }).formSubmits);

async function openUnitSteps() {
  await page.goto(`${server.url}/unit`);
  const heading = page.getByRole('heading', { name: label('unit.heading') });
  // after the clock moved days on, the session has expired: sign in again
  await Promise.race([heading.waitFor(), page.getByLabel(zhCN['login.username']).waitFor()]);
  if (!(await heading.isVisible())) {
    await journey.signIn('employer');
    await page.goto(`${server.url}/unit`);
    await heading.waitFor();
  }
}

describe('the unit’s steps guard against steps that cannot succeed or cannot be undone', () => {
  it('shows one progress of the five steps, with the candidates waiting in each', async () => {
    await journey.signIn('employer');
    await openUnitSteps();
    const steps = page.getByTestId('steps-progress').locator('.ant-steps-item');
    expect(await steps.count()).toBe(5);
    expect(await steps.first().textContent()).toContain('2 人待办理');
  });

  it('names what an incomplete draft lacks and does not let it be ticked', async () => {
    const picker = page.getByTestId('decision-picker');
    const blocked = page.getByTestId('decision-blocked');
    await blocked.getByText(incomplete).waitFor();
    await blocked.getByText(`缺少材料：${attachmentKindLabels.photo.zh}`, { exact: false }).waitFor();
    expect(await blocked.textContent()).not.toContain(complete);
    expect(
      await picker.getByRole('checkbox', { name: `${label('steps.select')} ${incomplete}` }).isDisabled(),
    ).toBe(true);
    const ready = picker.getByRole('checkbox', { name: `${label('steps.select')} ${complete}` });
    await ready.check();
    expect(await ready.isChecked()).toBe(true);
  });

  it('takes an Enter in the decision’s date field as the date, not as sending the decision', async () => {
    await page.getByLabel(label('steps.decision.participants')).fill('陈厂长、刘书记等 5 人');
    await page.locator('#step-decision input[type=file]').setInputFiles({
      name: '会议纪要.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('minutes'),
    });
    const before = writes.length;
    const submits = await formSubmits();
    const date = page.locator('#step-decision').getByLabel(label('steps.decision.decidedOn'));
    const today = await date.inputValue();
    await typeDate(date, today);
    expect(await formSubmits()).toBe(submits);
    expect(writes.length).toBe(before);
    expect(await moveConfirmation(page).count()).toBe(0);
  });

  it('confirms the decision naming only the ticked, complete candidate', async () => {
    await button(page, label('steps.decision.submit')).click();
    const dialog = moveConfirmation(page);
    await dialog
      .locator('.ant-modal-confirm-title')
      .getByText(label('steps.decision.confirmTitle'))
      .waitFor();
    await dialog.getByText(complete).waitFor();
    expect(await dialog.textContent()).not.toContain(incomplete);
    const [decided] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/transitions/recordUnitDecision')),
      confirmMove(page, label('steps.decision.submit')),
    ]);
    expect(decided.status()).toBe(201);
    expect(writesTo('/api/transitions/recordUnitDecision')).toHaveLength(1);
    await page.getByTestId('notice-picker').getByText(complete).waitFor();
  });

  let notice: Notice;

  it('shows the notice’s last day before it starts, and Enter in its date sends nothing', async () => {
    const start = page.locator('#step-notice').getByLabel(label('steps.notice.startDate'));
    const today = await start.inputValue();
    // the next day, typed and confirmed with Enter: its period is computed, nothing is sent
    const next = new Date(`${today}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const day = next.toISOString().slice(0, 10);
    const submits = await formSubmits();
    const [computed] = await Promise.all([
      page.waitForResponse(
        (response) =>
          isApi('GET', '/api/calendar/notice-period')(response) &&
          new URL(response.url()).searchParams.get('start') === day,
      ),
      typeDate(start, day),
    ]);
    const period = (await computed.json()) as z.infer<typeof NoticePeriod>;
    expect(period.workingDays).toHaveLength(5);
    const text = `按工作日历计算，公示期为 ${period.start} 至 ${period.end}，共 5 个工作日。`;
    await page.getByTestId('notice-preview').getByText(text).waitFor();
    expect(await formSubmits()).toBe(submits);
    expect(writesTo('/api/transitions/startUnitNotice')).toHaveLength(0);

    await button(page, label('steps.notice.submit')).click();
    const dialog = moveConfirmation(page);
    await dialog.getByText(`公示期为 ${period.start} 至 ${period.end}`, { exact: false }).waitFor();
    await dialog.getByText(complete).waitFor();
    const [started] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/transitions/startUnitNotice')),
      confirmMove(page, label('steps.notice.submit')),
    ]);
    notice = ((await started.json()) as { notice: Notice }).notice;
    // the notice ends on the day shown before it started
    expect(notice.endDate).toBe(period.end);
  });

  it('offers 结束公示 disabled with its reason while the notice runs', async () => {
    const card = page.getByTestId(`notice-${notice.id}`);
    await card
      .getByTestId('notice-close-blocked')
      .getByText(`公示期至 ${notice.endDate}，尚未期满`)
      .waitFor();
    expect(await card.getByTestId('notice-close').isDisabled()).toBe(true);
    expect(writesTo(`/api/notices/${notice.id}/close`)).toHaveLength(0);
    await shootWidthsAndLanguages(journey, '/unit', 'steps-guards-unit-on-notice');
  });

  it('confirms closing, then 报送 names the candidate and what follows; cancelling sends nothing', async () => {
    const dayAfter = new Date(`${notice.endDate}T09:00:00+08:00`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    server.clock.set(dayAfter);
    await openUnitSteps();
    const card = page.getByTestId(`notice-${notice.id}`);
    await card.getByTestId('notice-close').click();
    await moveConfirmation(page).getByText(label('steps.notice.closeConfirm')).waitFor();
    await Promise.all([
      page.waitForResponse(isApi('POST', `/api/notices/${notice.id}/close`)),
      confirmMove(page, label('steps.notice.close')),
    ]);
    await Promise.all([
      page.waitForResponse(isApi('PUT', '/api/rankings/unit')),
      page.locator('[data-testid^="ranking-save-"]').click(),
    ]);

    const report = page.locator('[data-testid^="report-"]').filter({ hasText: complete });
    await button(report, label('unit.report.submit')).click();
    const dialog = moveConfirmation(page);
    await dialog.getByText(label('unit.report.confirm')).waitFor();
    await dialog.getByText(complete).waitFor();
    await screenshot(page, 'steps-guards-confirm-report', { fullPage: false });
    await button(dialog, label('common.cancel')).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(writesTo(/\/transitions\/reportToRecommender$/)).toHaveLength(0);

    await button(report, label('unit.report.submit')).click();
    const [reported] = await Promise.all([
      page.waitForResponse(isApi('POST', /\/transitions\/reportToRecommender$/)),
      confirmMove(page, label('unit.report.submit')),
    ]);
    expect(reported.status()).toBe(200);
    expect(writesTo(/\/transitions\/reportToRecommender$/)).toHaveLength(1);
    // after the report the progress does not fall back to its first step: it says who was reported —
    // this candidate beside the demo's 刘振东 and 王秀兰, reported before
    await page.getByTestId('steps-reported').getByText('已报送推荐单位 3 人。').waitFor();
    await shootWidthsAndLanguages(journey, '/unit', 'steps-guards-unit-reported');
  });

  // (a plain draft offers 删除草稿 and not 撤回: the candidate past the unit notice is the one to withdraw)
  it('asks before 撤回申报, in red, naming the candidate and that it cannot be undone', async () => {
    await page.goto(`${server.url}/applications`);
    await page
      .locator('.ant-table-row')
      .filter({ hasText: complete })
      .getByRole('link', { name: complete })
      .click();
    const withdraw = page.locator('[data-transition="withdraw"]');
    await withdraw.waitFor();
    expect(await withdraw.getAttribute('class')).toContain('ant-btn-dangerous');
    await withdraw.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('move-consequence').getByText(`候选人：${complete}`).waitFor();
    await dialog.getByText(zhCN['actions.confirm.withdraw']).waitFor();
    const before = writes.length;
    await button(dialog, label('common.cancel')).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(writes.length).toBe(before);
    await logOutThroughMenu(page, { userMenu: label('shell.userMenu'), logout: label('shell.logout') });
  });

  it('asks the bureau before 撤销, in red beside the blue 受理, with the finding to record', async () => {
    await journey.signIn('bureau');
    await page.goto(`${server.url}/applications`);
    await page
      .locator('.ant-table-row')
      .filter({ hasText: '李明远' })
      .getByRole('link', { name: '李明远' })
      .click();
    const accept = page.locator('[data-transition="accept"]');
    const revoke = page.locator('[data-transition="revoke"]');
    await revoke.waitFor();
    expect(await revoke.getAttribute('class')).toContain('ant-btn-dangerous');
    expect(await page.locator('[data-transition="reject"]').getAttribute('class')).toContain(
      'ant-btn-dangerous',
    );
    expect(await accept.getAttribute('class')).toContain('ant-btn-primary');
    expect(await accept.getAttribute('class')).not.toContain('ant-btn-dangerous');
    await revoke.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('候选人：李明远').waitFor();
    await dialog.getByText(zhCN['actions.confirm.revoke']).waitFor();
    await dialog.getByLabel(label('actions.finding')).waitFor();
    await screenshot(page, 'steps-guards-confirm-revoke', { fullPage: false });
    const before = writes.length;
    await button(dialog, label('common.cancel')).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(writes.length).toBe(before);
    await logOutThroughMenu(page, { userMenu: label('shell.userMenu'), logout: label('shell.logout') });
  });

  it('tells a state-owned enterprise it reports its own staff to the bureau', async () => {
    await journey.signIn('soe');
    await page.goto(`${server.url}/unit`);
    await page.getByRole('heading', { name: label('unit.ownStaff.heading') }).waitFor();
    await page.getByTestId('steps-progress').getByText(label('unit.ownStaff.step.report')).waitFor();
    expect(await page.getByText(label('unit.report.submit'), { exact: true }).count()).toBe(0);
    await shootWidthsAndLanguages(journey, '/unit', 'steps-guards-soe-unit');
    await page.goto(`${server.url}/recommender`);
    await page.getByRole('heading', { name: label('recommender.ownStaff.heading') }).waitFor();
    await shootWidthsAndLanguages(journey, '/recommender', 'steps-guards-soe-recommender');
    await logOutThroughMenu(page, { userMenu: label('shell.userMenu'), logout: label('shell.logout') });
  });

  it('shows a district recommender the same guarded steps for what its units reported', async () => {
    await journey.signIn('recommender');
    await page.goto(`${server.url}/recommender`);
    await page.getByRole('heading', { name: label('recommender.heading') }).waitFor();
    // the demo's district: 马国庆 of 长春光电, reported by the unit
    await page.getByTestId('decision-picker').getByText('马国庆').waitFor();
    expect(await page.getByTestId('steps-progress').locator('.ant-steps-item').count()).toBe(5);
    await shootWidthsAndLanguages(journey, '/recommender', 'steps-guards-recommender');
    expect(pageErrors).toEqual([]);
  });
});
