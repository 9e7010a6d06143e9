import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../web/i18n/zh-CN';
import { button, isApi, pickOption, waitForMessage } from './support/antd';
import { describeViolations, seriousViolations, settle } from './support/axe';
import { fitsWidth, screenshot } from './support/browser';
import { type Journey, startJourney } from './support/journey';

/**
 * Issue 12, the expert's scoring screen: 孙卫东 (the demo's `expert`, chair of the panel of 长春技术能手) finds
 * his four candidates with the progress of his sheets, scores one beside her dossier, saves, finds the scores
 * kept after a reload, is told in Chinese when a score is out of range, submits after the confirmation and
 * sees the sheet locked; he declares a conflict with another candidate, who leaves his list and answers
 * "not available" from then on.
 */

let journey: Journey;
let page: Page;
const label = (key: keyof typeof zhCN) => zhCN[key];
const criterion = (no: number, name: string, max: number) =>
  page.getByLabel(`${no}. ${name}（满分 ${max} 分）`, { exact: true });
const scored = '王丽娟';
const conflicted = '赵长春';
const candidates = ['高志远', '王丽娟', '赵长春', '孙晓梅'];

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
});

afterAll(async () => journey?.close());

/** The page's serious and critical WCAG 2.1 AA violations, once it has settled. */
async function violations(): Promise<string[]> {
  await settle(page);
  return describeViolations(await seriousViolations(page));
}

/** The page at 1280 px and at 375 px (a phone must not scroll sideways), back at 1280 px after. */
async function shoot(name: string): Promise<void> {
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 375, height: 812 });
  try {
    await settle(page);
    expect(await fitsWidth(page), `${name} at 375 px scrolls sideways`).toBe(true);
    await screenshot(page, `${name}-375`);
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}

async function openCandidate(name: string): Promise<void> {
  await Promise.all([
    page.waitForResponse(isApi('GET', /^\/api\/applications\/[^/]+\/score-sheet$/)),
    page.getByTestId('scoring-list').getByRole('link', { name, exact: true }).click(),
  ]);
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('the expert scores his candidates', () => {
  it('lists the four candidates of 长春技术能手 with his sheets and the progress', async () => {
    await journey.signIn('expert');
    const [answer] = await Promise.all([
      page.waitForResponse(isApi('GET', '/api/review/candidates')),
      page
        .getByRole('link', { name: label('nav.scoring'), exact: true })
        .first()
        .click(),
    ]);
    expect(answer.status()).toBe(200);
    await page.waitForURL('**/scoring');
    await page.getByRole('heading', { level: 1, name: label('scoring.heading') }).waitFor();
    const list = page.getByTestId('scoring-list');
    for (const name of candidates) await list.getByRole('link', { name, exact: true }).waitFor();
    expect(await list.locator('tbody tr').count()).toBe(4);
    await page.getByTestId('scoring-progress').getByText('已提交 0 / 4').waitFor();
    expect(await list.getByText(label('scoring.sheet.none')).count()).toBe(4);
    expect(await violations()).toEqual([]);
    await shoot('expert-scoring-01-list');
  });

  it('opens a candidate beside the rubric with her dossier, the Annex 2 and the attachments', async () => {
    await openCandidate(scored);
    const dossier = page.getByTestId('scoring-dossier');
    await dossier.getByText('焊工').waitFor();
    await dossier.getByText('长春绿园焊接技术有限公司').waitFor();
    await dossier.getByText(/攻克不锈钢薄板激光焊变形难题/).waitFor();
    // the recommendation form opens in a new tab and is the expert's to read
    const annex2 = page.getByTestId('scoring-annex2');
    expect(await annex2.getAttribute('target')).toBe('_blank');
    const pdf = await page.request.get(
      new URL((await annex2.getAttribute('href')) ?? '', journey.server.url).href,
    );
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const attachments = page.getByTestId('scoring-attachments').getByRole('link');
    expect(await attachments.count()).toBe(5);
    const file = await page.request.get(
      new URL((await attachments.first().getAttribute('href')) ?? '', journey.server.url).href,
    );
    expect(file.status()).toBe(200);
  });

  it('saves a draft and finds the scores kept after a reload', async () => {
    await criterion(1, '技能水平', 30).fill('27.5');
    await criterion(2, '工作业绩', 30).fill('26');
    await criterion(3, '技术创新与成果', 20).fill('17');
    await page.getByTestId('sheet-total').getByText('合计：70.5 分（满分 100 分）').waitFor();
    const [saved] = await Promise.all([
      page.waitForResponse(isApi('PUT', /\/score-sheet$/)),
      button(page, label('scoring.rubric.save')).click(),
    ]);
    expect(saved.status(), await saved.text()).toBe(200);
    await waitForMessage(page, label('scoring.rubric.saved'));

    await Promise.all([page.waitForResponse(isApi('GET', /\/score-sheet$/)), page.reload()]);
    await page.getByRole('heading', { level: 1, name: scored }).waitFor();
    expect(await criterion(1, '技能水平', 30).inputValue()).toBe('27.5');
    // with the half point as the step, every score reads with one decimal
    expect(await criterion(2, '工作业绩', 30).inputValue()).toBe('26.0');
    expect(await criterion(3, '技术创新与成果', 20).inputValue()).toBe('17.0');
    expect(await criterion(4, '带徒传艺', 10).inputValue()).toBe('');
    await page.getByTestId('sheet-saved-at').waitFor();
    await page.getByTestId('sheet-total').getByText('合计：70.5 分（满分 100 分）').waitFor();
  });

  it('says in Chinese under the field when a score is out of range, and will not submit a criterion left open', async () => {
    await criterion(4, '带徒传艺', 10).fill('12');
    await page.getByText('“带徒传艺”的得分应在 0 至 10 分之间').waitFor();
    await criterion(4, '带徒传艺', 10).fill('8.5');
    await page.getByText('“带徒传艺”的得分应在 0 至 10 分之间').waitFor({ state: 'detached' });
    // 荣誉与竞赛 still open: the submission is held at the field, no dialog, nothing sent
    await button(page, label('scoring.rubric.submit')).click();
    await page.getByText('“荣誉与竞赛”尚未评分，不能提交').waitFor();
    expect(await page.getByTestId('submit-confirmation').count()).toBe(0);
    await criterion(5, '荣誉与竞赛', 10).fill('9');
    await page.getByTestId('sheet-total').getByText('合计：88 分（满分 100 分）').waitFor();
    expect(await violations()).toEqual([]);
    await shoot('expert-scoring-02-candidate');
  });

  it('submits after the confirmation that the sheet is then locked, and sees it read-only', async () => {
    await button(page, label('scoring.rubric.submit')).click();
    const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('submit-confirmation') });
    await dialog.getByText(label('scoring.confirm.text')).waitFor();
    await dialog.getByText(`候选人：${scored}；总分：88 分（满分 100 分）。`).waitFor();
    await screenshot(page, 'expert-scoring-03-confirm', { fullPage: false });
    const [submitted] = await Promise.all([
      page.waitForResponse(isApi('POST', /\/score-sheet\/submit$/)),
      button(dialog, label('scoring.confirm.ok')).click(),
    ]);
    expect(submitted.status(), await submitted.text()).toBe(200);
    const locked = page.getByTestId('sheet-locked');
    await locked.getByText(/提交并锁定，不能再修改/).waitFor();
    await locked.getByText('27.5 分（满分 30 分）').waitFor();
    await locked.getByText('88 分（满分 100 分）').waitFor();
    expect(await page.getByRole('spinbutton').count()).toBe(0);
    await page.getByTestId('sheet-tag').getByText(label('scoring.sheet.submitted')).waitFor();
    expect(await violations()).toEqual([]);
    await shoot('expert-scoring-04-locked');

    await Promise.all([
      page.waitForResponse(isApi('GET', '/api/review/candidates')),
      page.getByRole('link', { name: label('scoring.backToList') }).click(),
    ]);
    await page.getByTestId('scoring-progress').getByText('已提交 1 / 4').waitFor();
    const row = page.getByTestId('scoring-list').locator('tr', { hasText: scored });
    await row.getByText(label('scoring.sheet.submitted')).waitFor();
    await row.getByText('88 分').waitFor();
  });

  it('declares a conflict with another candidate, who leaves the list and is not available from then on', async () => {
    await openCandidate(conflicted);
    const url = page.url();
    await page.getByTestId('declare-conflict').click();
    const dialog = page.getByRole('dialog', { name: `申请回避：${conflicted}` });
    await dialog.getByText(/申请回避后，您将不再看到该候选人的材料/).waitFor();
    await pickOption(
      page,
      label('scoring.declare.reason'),
      label('scoring.conflict.reason.teacher_apprentice'),
    );
    await dialog.getByLabel(label('scoring.declare.note')).fill('候选人曾在本人门下学艺三年');
    await screenshot(page, 'expert-scoring-05-conflict', { fullPage: false });
    const [declared] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/conflicts')),
      button(dialog, label('scoring.declare.ok')).click(),
    ]);
    expect(declared.status(), await declared.text()).toBe(200);
    await page.waitForURL(/\/scoring$/);
    await waitForMessage(page, `已申请回避，${conflicted}已从您的评分列表中移除`);
    const list = page.getByTestId('scoring-list');
    await page.getByTestId('scoring-progress').getByText('已提交 1 / 3').waitFor();
    expect(await list.locator('tbody tr').count()).toBe(3);
    expect(await list.getByText(conflicted).count()).toBe(0);
    const conflicts = page.getByTestId('scoring-conflicts');
    await conflicts.getByText(conflicted).waitFor();
    await conflicts.getByText(/师徒关系 · 本人申报 · 待市人社局核实/).waitFor();
    expect(await violations()).toEqual([]);
    await screenshot(page, 'expert-scoring-07-after-conflict');

    // the server answers 404 for the candidate from now on: the page says only that they are not his
    const [gone] = await Promise.all([
      page.waitForResponse(isApi('GET', /^\/api\/applications\/[^/]+$/)),
      page.goto(url),
    ]);
    expect(gone.status()).toBe(404);
    await page.getByTestId('scoring-unavailable').waitFor();
    await page.getByRole('heading', { level: 1, name: label('scoring.unavailable.title') }).waitFor();
    expect(await violations()).toEqual([]);
    await screenshot(page, 'expert-scoring-06-unavailable');
    expect(journey.pageErrors).toEqual([]);
  });
});
