import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../web/i18n/zh-CN';
import { button, isApi, logOutThroughMenu, waitForMessage } from './support/antd';
import { describeViolations, seriousViolations, settle } from './support/axe';
import { fitsWidth, motionsEnded, screenshot } from './support/browser';
import { type Journey, startJourney } from './support/journey';

/**
 * The bureau's administration of the expert review (综合评审) on the demo: the panel of 长春技术能手 with
 * 孙卫东 chairing it, 李淑华 and 周宏伟 having submitted their sheets for the four candidates and 孙卫东 not
 * yet; the administrator adds an expert to the pool (the first password shown once), records a conflict
 * and withdraws it, reads the locked rubric, and reopens one of 李淑华's sheets, which the progress then
 * counts out. The bureau's staff see the same screen without the reopening.
 */

let journey: Journey;
let page: Page;
const label = (key: keyof typeof zhCN, params: Record<string, string | number> = {}) =>
  zhCN[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));

const tab = (name: keyof typeof zhCN) => page.getByRole('tab', { name: label(name) });

async function openTab(name: keyof typeof zhCN) {
  await tab(name).click();
  await page.getByRole('tabpanel', { name: label(name) }).waitFor();
}

/** Opens the select labelled `fieldLabel` inside `scope` and clicks the option that starts with `text`. */
async function pickStarting(scope: Locator, fieldLabel: string, text: string) {
  await scope.getByLabel(fieldLabel, { exact: true }).click();
  const option = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${text}`) })
    .first();
  await option.waitFor();
  await motionsEnded(page);
  await option.click();
}

/** The progress of 长春技术能手's panel, the one the demo is scoring. */
const progress = () => page.getByTestId('progress-technical_expert');
/** The member's line of that progress, e.g. "李淑华 … 已提交 4/4". */
const memberLine = (name: string) => progress().getByTestId(`progress-member-${name}`);

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
  await journey.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: journey.server.url,
  });
});

afterAll(async () => journey?.close());

describe('the bureau organises the expert review', () => {
  it('opens the review from the navigation and sees the demo panel with its members', async () => {
    await journey.signIn('bureau');
    const [panels] = await Promise.all([
      page.waitForResponse(isApi('GET', '/api/panels')),
      page
        .getByRole('link', { name: label('nav.review'), exact: true })
        .first()
        .click(),
    ]);
    expect(panels.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: label('review.heading') }).waitFor();
    await page.getByTestId('review-overview').getByText('第三届长春技术能手评审组').waitFor();

    const panel = page.getByTestId('panel-technical_expert');
    const members = panel.getByTestId('panel-members');
    for (const name of ['孙卫东', '李淑华', '周宏伟'])
      await members.getByText(name, { exact: true }).waitFor();
    // the chair first, every seat taken by the bureau's choice (the demo seats them by hand)
    const chairRow = members.getByRole('row', { name: /孙卫东/ });
    await chairRow.getByText(label('review.member.role.chair')).waitFor();
    expect(await members.getByText(label('review.member.source.manual')).count()).toBe(3);
    await panel.getByText(label('review.draw.full')).waitFor();
    // 长春技能大奖's panel has finished: its candidates went on to the city notice
    await page
      .getByTestId('panel-grand_award')
      .locator('xpath=ancestor::*[contains(@class,"ant-card")][1]')
      .getByText(label('review.panel.status.closed'))
      .waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'review-admin-01-panels');
  });

  it('shows who has scored what: 李淑华 and 周宏伟 submitted, 孙卫东 not', async () => {
    await openTab('review.tab.progress');
    const grid = progress().getByTestId('progress-grid');
    for (const name of ['高志远', '王丽娟', '赵长春', '孙晓梅'])
      await grid.getByText(name, { exact: true }).waitFor();
    const line = (submitted: number) => label('review.member.progressText', { submitted, expected: 4 });
    await memberLine('李淑华').getByText(line(4)).waitFor();
    await memberLine('周宏伟').getByText(line(4)).waitFor();
    await memberLine('孙卫东').getByText(line(0)).waitFor();
    await memberLine('孙卫东').getByText(label('review.progress.memberPending')).waitFor();
    // 孙卫东's column: not scored for any of the four
    const row = grid.getByRole('row', { name: /高志远/ });
    await row.getByText(label('review.progress.cell.none')).waitFor();
    expect(await grid.getByText(label('review.progress.cell.none')).count()).toBe(4);
    await progress()
      .getByText(label('review.progress.unscored', { count: 4 }))
      .waitFor();
    await screenshot(page, 'review-admin-02-progress');
  });

  it('adds an expert to the pool and sees the first password once', async () => {
    await openTab('review.tab.pool');
    await page.getByTestId('pool-list').getByText('李淑华', { exact: true }).waitFor();
    await page.getByTestId('pool-add').click();
    const dialog = page.getByRole('dialog', { name: label('review.pool.form.heading') });
    await dialog.waitFor();
    await motionsEnded(page);
    await dialog.getByLabel(label('review.pool.form.name'), { exact: true }).fill('刘建军');
    await dialog.getByLabel(label('review.pool.form.username'), { exact: true }).fill('expert-liu');
    await dialog.getByLabel(label('review.pool.form.workplace'), { exact: true }).fill('长春理工大学');
    await dialog.getByLabel(label('review.pool.form.title'), { exact: true }).fill('教授');
    await dialog.getByLabel(label('review.pool.form.specialty'), { exact: true }).fill('电气自动化');
    // the phone is checked before anything is sent
    await dialog.getByLabel(label('review.pool.form.mobile'), { exact: true }).fill('1390431');
    const specialties = dialog.getByLabel(label('review.pool.form.specialties'), { exact: true });
    await specialties.fill('电工');
    await specialties.press('Enter');
    await specialties.press('Escape');
    await dialog.getByTestId('pool-form-submit').click();
    await dialog.locator('.ant-form-item-explain-error').first().waitFor();
    await dialog.getByLabel(label('review.pool.form.mobile'), { exact: true }).fill('13904310009');
    const [created] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/experts')),
      dialog.getByTestId('pool-form-submit').click(),
    ]);
    expect(created.status()).toBe(201);
    const answer = (await created.json()) as { initialPassword: string | null; mobileMasked: string };
    expect(answer.initialPassword).toMatch(/^Jx-/);
    expect(answer.mobileMasked).toBe('139****0009');

    const account = page.getByTestId('pool-account');
    await account
      .getByTestId('pool-account-password')
      .getByText(answer.initialPassword ?? '')
      .waitFor();
    await account.getByText(label('review.pool.account.once')).waitFor();
    await account.getByRole('button', { name: new RegExp(label('review.pool.account.copy')) }).click();
    await waitForMessage(page, label('review.pool.account.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(answer.initialPassword);
    await screenshot(page, 'review-admin-03-password', { fullPage: false });
    await page.getByTestId('pool-account-close').click();
    await account.waitFor({ state: 'detached' });

    const row = page.getByTestId('pool-list').getByRole('row', { name: /刘建军/ });
    await row.getByText('139****0009').waitFor();
    await row.getByText('expert-liu').waitFor();
    // shown once: nowhere on the page any more
    expect(await page.getByText(answer.initialPassword ?? '').count()).toBe(0);
  });

  it('records a conflict and withdraws it on vetting, saying why', async () => {
    await openTab('review.tab.conflicts');
    await page.getByTestId('conflict-add').click();
    const form = page.getByTestId('conflict-form');
    await pickStarting(form, label('review.conflict.expert'), '刘建军');
    await pickStarting(form, label('review.conflict.candidate'), '王丽娟');
    await pickStarting(
      form,
      label('review.conflict.reason'),
      label('review.conflict.reason.teacher_apprentice'),
    );
    await form.getByLabel(label('review.conflict.note'), { exact: true }).fill('刘建军曾为王丽娟的带教师傅');
    const [recorded] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/conflicts')),
      form.getByTestId('conflict-submit').click(),
    ]);
    expect(recorded.status()).toBe(200);
    const list = page.getByTestId('conflict-list');
    const row = list.getByRole('row', { name: /刘建军.*王丽娟/ });
    await row.getByText(label('review.conflict.status.active')).waitFor();
    await row.getByText(label('review.conflict.source.bureau')).waitFor();

    await button(row, label('review.conflict.vet.dismissAgain')).click();
    const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('reason-consequence') });
    await dialog.getByText('刘建军将不再回避王丽娟', { exact: false }).waitFor();
    await dialog.getByLabel(label('review.conflict.vetNote')).fill('经核实，二人并无师徒关系，系登记有误');
    const [vetted] = await Promise.all([
      page.waitForResponse(isApi('POST', /^\/api\/conflicts\/[^/]+\/vet$/)),
      dialog.getByTestId('reason-confirm').click(),
    ]);
    expect(vetted.status()).toBe(200);
    await row.getByText(label('review.conflict.status.dismissed')).waitFor();
    await row.getByText('经核实，二人并无师徒关系，系登记有误', { exact: false }).waitFor();
    await button(row, label('review.conflict.vet.confirmAgain')).waitFor();
    await screenshot(page, 'review-admin-04-conflicts');
  });

  it('shows the rubric of 长春技术能手, locked since the experts scored', async () => {
    await openTab('review.tab.rubric');
    const rubric = page.getByTestId('rubric-technical_expert');
    for (const name of ['技能水平', '工作业绩', '技术创新与成果', '带徒传艺', '荣誉与竞赛'])
      await rubric.getByText(name, { exact: true }).waitFor();
    await rubric.getByText(label('review.rubric.points', { points: 100 })).waitFor();
    await rubric.getByTestId('rubric-locked').waitFor();
    expect(await button(page, label('review.rubric.edit')).count()).toBe(0);
    await screenshot(page, 'review-admin-05-rubric');
  });

  it('offers the rubric’s form only while nobody has scored, and shows the server’s refusal', async () => {
    // the page is told the rubric is still open, as before the first sheet; the server knows better
    const rubricPath = /\/api\/awards\/[^/]+\/rubric$/;
    await page.route(rubricPath, async (route) => {
      if (route.request().method() !== 'GET') return route.fallback();
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...((await response.json()) as object), locked: false } });
    });
    try {
      await page.reload();
      const rubric = page.getByTestId('rubric-technical_expert');
      await button(rubric, label('review.rubric.edit')).click();
      const form = page.getByTestId('rubric-form-technical_expert');
      const firstName = form.getByLabel(label('review.rubric.nameZh')).first();
      expect(await firstName.inputValue()).toBe('技能水平');
      // checked by the request's schema before it is sent
      await firstName.fill('技');
      await button(form, label('review.rubric.save')).click();
      await form.getByText('至少 2 个字符').waitFor();
      await firstName.fill('技能水平与绝招绝技');
      const [refused] = await Promise.all([
        page.waitForResponse(isApi('PUT', rubricPath)),
        button(form, label('review.rubric.save')).click(),
      ]);
      expect(refused.status()).toBe(409);
      await form.getByRole('alert').getByText('已有专家评分，评分细则和计分方法不能再修改').waitFor();
      await screenshot(page, 'review-admin-05b-rubric-refused');
      await button(form, label('common.cancel')).click();
    } finally {
      await page.unroute(rubricPath);
    }
  });

  it('reopens 李淑华’s submitted sheet of 高志远 with a reason, and the progress counts it out', async () => {
    await openTab('review.tab.progress');
    const grid = progress().getByTestId('progress-grid');
    const row = grid.getByRole('row', { name: /高志远/ });
    // one column per member, after the candidate's
    await grid.locator('thead th').filter({ hasText: '李淑华' }).waitFor();
    await button(row, label('review.progress.reopen')).first().waitFor();
    const headers = (await grid.locator('thead th').allInnerTexts()).map((text) => text.trim());
    const column = headers.indexOf('李淑华');
    expect(column).toBeGreaterThan(0);
    const cell = row.getByRole('cell').nth(column);
    await button(cell, label('review.progress.reopen')).click();
    const dialog = page.getByRole('dialog', {
      name: label('review.progress.reopenTitle', { expert: '李淑华', candidate: '高志远' }),
    });
    await dialog.getByText(label('review.progress.reopenConsequence', { expert: '李淑华' })).waitFor();
    // no reason, no reopening
    await dialog.getByTestId('reason-confirm').click();
    await dialog.locator('.ant-form-item-explain-error').first().waitFor();
    await dialog
      .getByLabel(label('review.progress.reopenReason'))
      .fill('“技术创新与成果”一项漏评，请专家复核后重新提交');
    const [reopened] = await Promise.all([
      page.waitForResponse(isApi('POST', /\/score-sheets\/[^/]+\/reopen$/)),
      dialog.getByTestId('reason-confirm').click(),
    ]);
    expect(reopened.status()).toBe(200);
    expect(((await reopened.json()) as { status: string }).status).toBe('draft');
    await dialog.waitFor({ state: 'hidden' });
    await memberLine('李淑华')
      .getByText(label('review.member.progressText', { submitted: 3, expected: 4 }))
      .waitFor();
    await cell.getByText(label('review.progress.cell.reopened')).waitFor();
    expect(await button(cell, label('review.progress.reopen')).count()).toBe(0);
    await page
      .getByTestId('review-overview')
      .getByText(
        label('review.overview.panel', {
          panel: '第三届长春技术能手评审组',
          seated: 3,
          seats: 3,
          submitted: 7,
          expected: 12,
        }),
      )
      .waitFor();
    await screenshot(page, 'review-admin-06-reopened');
  });

  it('passes axe on every tab', async () => {
    for (const name of [
      'review.tab.panels',
      'review.tab.pool',
      'review.tab.conflicts',
      'review.tab.rubric',
      'review.tab.progress',
    ] as const) {
      await openTab(name);
      await settle(page);
      const violations = await seriousViolations(page);
      expect(describeViolations(violations), name).toEqual([]);
    }
  });

  it('fits a phone at 375 px: panels, progress, pool and conflicts', async () => {
    const storageState = await journey.context.storageState();
    const context = await journey.browser.newContext({
      viewport: { width: 375, height: 812 },
      timezoneId: 'Asia/Shanghai',
      storageState,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    try {
      const phone = await context.newPage();
      const shown = {
        panels: 'panel-members',
        progress: 'progress-grid',
        pool: 'pool-list',
        conflicts: 'conflict-list',
      };
      for (const [name, testId] of Object.entries(shown)) {
        await phone.goto(`${journey.server.url}/review?tab=${name}`);
        await phone.getByRole('heading', { level: 1, name: label('review.heading') }).waitFor();
        await phone.getByTestId(testId).first().waitFor();
        await settle(phone);
        expect(await fitsWidth(phone), `${name} at 375 px scrolls sideways`).toBe(true);
        await screenshot(phone, `review-admin-07-${name}-375`);
      }
    } finally {
      await context.close();
    }
    expect(journey.pageErrors).toEqual([]);
  });
});

describe('the bureau’s staff', () => {
  it('see the progress but are not offered to reopen a sheet', async () => {
    await logOutThroughMenu(page, { userMenu: label('shell.userMenu'), logout: label('shell.logout') });
    await journey.signIn('staff');
    await page.goto(`${journey.server.url}/review?tab=progress`);
    const grid = progress().getByTestId('progress-grid');
    await grid.getByText('高志远', { exact: true }).waitFor();
    await memberLine('周宏伟')
      .getByText(label('review.member.progressText', { submitted: 4, expected: 4 }))
      .waitFor();
    await page.getByText(label('review.progress.intro')).first().waitFor();
    const submitted = zhCN['review.progress.cell.submittedTotal'].split('{total}')[0]?.trim() ?? '';
    await grid.getByText(submitted, { exact: false }).first().waitFor();
    expect(await button(page, label('review.progress.reopen')).count()).toBe(0);
    await screenshot(page, 'review-admin-08-staff');
    expect(journey.pageErrors).toEqual([]);
  });
});
