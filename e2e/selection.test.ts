import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Response } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ReviewCandidateList, SelectionView } from '../contract/review-stage';
import { renderPage } from '../server/documents/dossier.testing';
import { compact, pdfText } from '../server/documents/poppler.testing';
import type { CurrentEdition } from '../web/api/editions';
import type { Notice } from '../web/api/steps';
import { translate } from '../web/i18n/translate';
import { zhCN } from '../web/i18n/zh-CN';
import { button, confirmMove, isApi, moveConfirmation } from './support/antd';
import { describeViolations, seriousViolations, settle } from './support/axe';
import { fitsWidth, screenshot, screenshotDir } from './support/browser';
import { type Journey, startJourney } from './support/journey';
import { demoPassword } from './support/server';

/**
 * Issue 12, the review to the prizes across the roles, each on their own screen, on the demo: the demo's
 * four candidates of 长春技术能手 are in review, scored by two of the panel. 孙卫东 (`expert`) scores his four
 * on /scoring with known shares of each criterion and submits each sheet, which completes the ranking. 王建国
 * (`bureau`) on /selection: the ranking, the winners proposed, the city notice started and — the server's
 * clock past its 5 working days — closed, the list submitted to the talent office. 张志远 (`talent`) approves
 * the four on /approval. Back at the bureau: the decision published, a certificate printed (its page rendered
 * to a picture, the winner's name read from it), one prize paid.
 *
 * The clocks: the notice in December 2026 (a year the working-day calendar knows), as the recommender's
 * journey: started Monday 7 December, its 5 working days end on Friday 11, closed Monday 14.
 */
let journey: Journey;
let page: Page;
const label = (key: keyof typeof zhCN) => zhCN[key];
const AWARD = '长春技术能手';
/** 孙卫东's share of each criterion's maximum, per candidate: his totals follow from the rubric. */
const SHARE: Record<string, number> = { 高志远: 0.95, 王丽娟: 0.9, 赵长春: 0.8, 孙晓梅: 0.85 };
const NAMES = Object.keys(SHARE);
const PAID = '高志远';
const DOCUMENT_NO = '长人社〔2026〕88号';
const APPROVAL_NO = '长人才办〔2026〕15号';
/** 孙卫东's total for each candidate, as his submitted sheet has it. */
const ownTotals: Record<string, number> = {};

/** Both clocks at 09:00 Beijing time of `day`; a jump of days outlives the session, so sign in again. */
async function dayIs(day: string) {
  const at = new Date(`${day}T09:00:00+08:00`);
  journey.server.clock.set(at);
  await journey.context.clock.setFixedTime(at);
}

/** The technical experts' award id, as the approval list (the bureau reads it too) names it. */
let awardId = '';
/** The answer of `GET /api/awards/{id}/selection` for the technical experts (not the other tab's). */
const technicalSelection = (response: Response) => isApi('GET', `/api/awards/${awardId}/selection`)(response);

/** The selection page at the technical experts' tab, as the bureau opens it again after days. */
async function openSelection() {
  const [selection] = await Promise.all([
    page.waitForResponse(technicalSelection),
    page.goto(`${journey.server.url}/selection?award=technical_expert`),
  ]);
  expect(selection.status()).toBe(200);
  await page.getByRole('heading', { name: label('selection.heading') }).waitFor();
  await page.getByTestId('award-technical_expert').waitFor();
  return (await selection.json()) as z.infer<typeof SelectionView>;
}

/** The demo candidates' ids, by name, as the bureau's list has them. */
async function idsByName(): Promise<Record<string, string>> {
  const res = await page.request.get(
    `${journey.server.url}/api/applications?award=technical_expert&limit=100`,
  );
  const list = (await res.json()) as { items: { id: string; name: string }[] };
  return Object.fromEntries(list.items.filter((i) => NAMES.includes(i.name)).map((i) => [i.name, i.id]));
}

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
  await dayIs('2026-12-07');
});

afterAll(async () => journey?.close());

describe('the technical experts from the experts’ sheets to the prizes, each role on its screen', () => {
  let notice: Notice;
  let ids: Record<string, string>;

  it('completes the ranking: 孙卫东 scores his four candidates on his screen and submits each sheet', async () => {
    await journey.signIn('expert');
    const [answer] = await Promise.all([
      page.waitForResponse(isApi('GET', '/api/review/candidates')),
      page
        .getByRole('link', { name: label('nav.scoring'), exact: true })
        .first()
        .click(),
    ]);
    const { rubrics } = (await answer.json()) as z.infer<typeof ReviewCandidateList>;
    const rubric = rubrics.find((r) => r.award === 'technical_expert');
    if (!rubric) throw new Error('no rubric of 长春技术能手 for the expert');
    const list = page.getByTestId('scoring-list');
    for (const name of NAMES) await list.getByRole('link', { name, exact: true }).waitFor();
    for (const name of NAMES) {
      await Promise.all([
        page.waitForResponse(isApi('GET', /^\/api\/applications\/[^/]+\/score-sheet$/)),
        page.getByTestId('scoring-list').getByRole('link', { name, exact: true }).click(),
      ]);
      await page.getByRole('heading', { level: 1, name }).waitFor();
      const share = SHARE[name] ?? 0;
      let total = 0;
      for (const [i, c] of rubric.criteria.entries()) {
        const score = Math.round(c.maxScore * share * 2) / 2;
        total += score;
        await page
          .getByLabel(
            translate('zh-CN', 'scoring.rubric.criterionLabel', {
              no: i + 1,
              name: c.name.zh,
              max: c.maxScore,
            }),
            {
              exact: true,
            },
          )
          .fill(String(score));
      }
      await button(page, label('scoring.rubric.submit')).click();
      const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('submit-confirmation') });
      await dialog.getByText(label('scoring.confirm.text')).waitFor();
      const [submitted] = await Promise.all([
        page.waitForResponse(isApi('POST', /\/score-sheet\/submit$/)),
        button(dialog, label('scoring.confirm.ok')).click(),
      ]);
      expect(submitted.status(), await submitted.text()).toBe(200);
      expect(await submitted.json()).toMatchObject({ status: 'submitted', total });
      ownTotals[name] = total;
      await page.getByTestId('sheet-locked').waitFor();
      await Promise.all([
        page.waitForResponse(isApi('GET', '/api/review/candidates')),
        page.getByRole('link', { name: label('scoring.backToList') }).click(),
      ]);
    }
    await page.getByTestId('scoring-progress').getByText('已提交 4 / 4').waitFor();
    await screenshot(page, 'selection-00-expert-scored');
    await journey.context.clearCookies();
  });

  it('shows the complete ranking with the scores, and proposes the winners after a confirmation', async () => {
    await journey.signIn('bureau');
    await page
      .getByRole('link', { name: label('nav.selection') })
      .first()
      .click();
    await page.getByRole('heading', { name: label('selection.heading') }).waitFor();
    const list = await page.request.get(`${journey.server.url}/api/approval-list`);
    const awards = ((await list.json()) as { awards: { awardId: string; award: string }[] }).awards;
    awardId = awards.find((a) => a.award === 'technical_expert')?.awardId ?? '';
    expect(awardId).not.toBe('');
    const [response] = await Promise.all([
      page.waitForResponse(technicalSelection),
      page.getByRole('tab', { name: AWARD }).click(),
    ]);
    const selection = (await response.json()) as z.infer<typeof SelectionView>;
    expect(selection).toMatchObject({ complete: true, unscored: 0, candidates: 4, places: 10 });
    await page.waitForURL('**/selection?award=technical_expert');
    ids = await idsByName();

    // the ranking as the server computes it: every candidate with three sheets, its mean to two decimals
    const table = page.getByTestId('ranking-table');
    for (const item of selection.items) {
      const row = table.getByRole('row').filter({ hasText: item.name });
      await row
        .getByTestId('ranking-score')
        .getByText((item.score ?? 0).toFixed(2))
        .waitFor();
      expect(item.scores).toBe(3);
      await row.getByText(label('selection.outcome.proposed')).waitFor();
    }
    // each score is the mean (the award's method) of the three submitted totals, 孙卫东's among them
    expect(selection.aggregation).toBe('mean');
    for (const item of selection.items) {
      const sheets = await page.request.get(
        `${journey.server.url}/api/applications/${item.applicationId}/score-sheets`,
      );
      const totals = ((await sheets.json()) as { items: { status: string; total: number | null }[] }).items
        .filter((sheet) => sheet.status === 'submitted')
        .map((sheet) => sheet.total ?? 0);
      expect(totals).toHaveLength(3);
      expect(totals).toContain(ownTotals[item.name]);
      expect(item.score).toBeCloseTo(totals.reduce((sum, total) => sum + total, 0) / 3, 6);
    }
    await page.getByTestId('selection-ratio').getByText('参评 4 人，名额 10 名').waitFor();
    await page.getByText(label('selection.results.notCompetitive')).waitFor();

    const propose = page.getByTestId('propose');
    await propose.getByText('（4 人）', { exact: false }).waitFor();
    await propose.click();
    const dialog = moveConfirmation(page);
    for (const name of NAMES) await dialog.getByText(name, { exact: true }).waitFor();
    const [moved] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/transitions/propose')),
      confirmMove(page, label('selection.propose.submit')),
    ]);
    expect(moved.status(), await moved.text()).toBe(200);
    await page.getByTestId('proposal-done').waitFor();
    await screenshot(page, 'selection-01-proposed');
  });

  it('starts the city notice of the proposed winners on the shared notice step', async () => {
    const step = page.getByTestId('notice-step-city');
    for (const name of NAMES) await step.getByText(name, { exact: true }).waitFor();
    await step
      .getByTestId('notice-preview')
      .getByText('2026-12-07 至 2026-12-11，共 5 个工作日', { exact: false })
      .waitFor();
    await button(step, label('steps.notice.submit')).click();
    const [started] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/transitions/startCityNotice')),
      confirmMove(page, label('steps.notice.submit')),
    ]);
    expect(started.status(), await started.text()).toBe(201);
    notice = ((await started.json()) as { notice: Notice }).notice;
    expect(notice).toMatchObject({
      level: 'city',
      startDate: '2026-12-07',
      endDate: '2026-12-11',
      workingDays: 5,
    });
    const card = page.getByTestId('notices-city').getByTestId(`notice-${notice.id}`);
    await card.getByTestId('notice-period').getByText('2026-12-07 至 2026-12-11，共 5 个工作日').waitFor();
    // closing is offered only once the period is over, and says why not before
    await card.getByTestId('notice-close-blocked').waitFor();
    expect(await card.getByTestId('notice-close').isDisabled()).toBe(true);
    await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'selection-02-notice', { fullPage: false });
    const printable = await page.request.get(`${journey.server.url}/api/notices/${notice.id}/document.pdf`);
    expect(printable.status()).toBe(200);
    expect((await printable.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('closes the notice after its 5 working days and submits the list to the talent office', async () => {
    await dayIs('2026-12-14');
    await journey.signIn('bureau');
    await openSelection();
    const card = page.getByTestId(`notice-${notice.id}`);
    const close = card.getByTestId('notice-close');
    await expect.poll(() => close.isEnabled()).toBe(true);
    await close.click();
    await moveConfirmation(page).getByText(label('city.notice.closeConfirm')).waitFor();
    const [closed] = await Promise.all([
      page.waitForResponse(isApi('POST', `/api/notices/${notice.id}/close`)),
      confirmMove(page, label('steps.notice.close')),
    ]);
    expect(closed.status(), await closed.text()).toBe(200);

    const submit = page.getByTestId('approval-submit');
    for (const name of NAMES) await submit.getByText(name, { exact: true }).waitFor();
    await submit.getByLabel(label('selection.approval.note')).fill('市级公示期间未收到异议。');
    await button(submit, label('selection.approval.submit')).click();
    const [sent] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/transitions/submitForApproval')),
      confirmMove(page, label('selection.approval.submit')),
    ]);
    expect(sent.status(), await sent.text()).toBeLessThan(300);
    const pending = page.getByTestId('approval-pending');
    for (const name of NAMES) await pending.getByText(name, { exact: true }).waitFor();
  });

  it('the talent office approves the four on its screen, after a confirmation', async () => {
    await journey.context.clearCookies();
    await journey.signIn('talent');
    await Promise.all([
      page.waitForResponse(isApi('GET', '/api/approval-list')),
      page
        .getByRole('link', { name: label('nav.approval'), exact: true })
        .first()
        .click(),
    ]);
    const card = page.getByTestId('approval-award-technical_expert');
    for (const name of NAMES) {
      const line = card.getByTestId('approval-table').getByRole('row', { name: new RegExp(name) });
      await line.getByTestId('status-tag').getByText('人才办审定中').waitFor();
      await line.getByRole('checkbox', { name: translate('zh-CN', 'approval.select', { name }) }).check();
    }
    const form = card.getByTestId('approval-form');
    await form.getByLabel(label('approval.form.documentNo')).fill(APPROVAL_NO);
    expect(await form.getByLabel(label('approval.form.approvedOn')).inputValue()).toBe('2026-12-14');
    await button(form, label('approval.form.submit')).click();
    const confirmation = moveConfirmation(page);
    for (const name of NAMES) await confirmation.getByText(name, { exact: true }).waitFor();
    const [approved] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/transitions/approve')),
      confirmMove(page, label('approval.form.submit')),
    ]);
    expect(approved.status(), await approved.text()).toBeLessThan(300);
    expect(approved.request().postDataJSON()).toEqual({
      applicationIds: expect.arrayContaining(NAMES.map((n) => ids[n])),
      documentNo: APPROVAL_NO,
      approvedOn: '2026-12-14',
    });
    for (const name of NAMES)
      await card
        .getByTestId('approval-table')
        .getByRole('row', { name: new RegExp(name) })
        .getByTestId('status-tag')
        .getByText('人才办已审定')
        .waitFor();
    await screenshot(page, 'selection-04-approved');
    await journey.context.clearCookies();
  });

  it('publishes the decision once the talent office has approved the list', async () => {
    await journey.signIn('bureau');
    await openSelection();
    const publish = page.getByTestId('decision-publish');
    for (const name of NAMES) await publish.getByText(name, { exact: true }).waitFor();
    await publish.getByLabel(label('selection.decision.documentNo')).fill(DOCUMENT_NO);
    await button(publish, label('selection.decision.submit')).click();
    await moveConfirmation(page).getByText(DOCUMENT_NO, { exact: false }).waitFor();
    const [published] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/transitions/publishDecision')),
      confirmMove(page, label('selection.decision.submit')),
    ]);
    expect(published.status(), await published.text()).toBe(201);
    const decision = page.getByTestId('decision-list').getByRole('row').filter({ hasText: DOCUMENT_NO });
    await decision.getByRole('cell', { name: '4', exact: true }).waitFor();
  });

  it('prints a certificate and records one prize paid, the amount prefilled with the award’s prize', async () => {
    const table = page.getByTestId('prize-table');
    const row = table.getByRole('row').filter({ hasText: PAID });
    const href = await row.getByTestId('certificate').getAttribute('href');
    expect(href).toBe(`/api/applications/${ids[PAID]}/certificate.pdf`);
    const certificate = await page.request.get(`${journey.server.url}${href}`);
    expect(certificate.status()).toBe(200);
    expect(certificate.headers()['content-type']).toContain('application/pdf');
    const paper = await certificate.body();
    expect(paper.subarray(0, 4).toString('latin1')).toBe('%PDF');
    // the certificate reads the winner's name in Chinese, and its page is kept as a picture to look at
    expect(compact(pdfText(paper))).toContain(PAID);
    expect(compact(pdfText(paper))).toContain(AWARD);
    // the certificates are numbered in the ranking's order: the first is the best result's
    expect(compact(pdfText(paper))).toContain('CCJSNS-2026-001');
    const picture = renderPage(paper, 1, 100);
    let inked = 0;
    for (let i = 0; i < picture.data.length; i += 4)
      if ((picture.data[i] ?? 255) + (picture.data[i + 1] ?? 255) + (picture.data[i + 2] ?? 255) < 600)
        inked++;
    expect(inked).toBeGreaterThan(picture.width * picture.height * 0.01);
    mkdirSync(screenshotDir, { recursive: true });
    writeFileSync(path.join(screenshotDir, 'selection-05-certificate.png'), PNG.sync.write(picture));
    // the administrator prints the finance office's list
    await page.getByTestId('prize-list').waitFor();

    const edition = (await (
      await page.request.get(`${journey.server.url}/api/editions/current`)
    ).json()) as CurrentEdition;
    const prize = edition.awards.find((a) => a.code === 'technical_expert')?.prizeYuan;
    expect(prize).toBe(5000);
    await row
      .getByRole('button', { name: label('selection.prize.recordFor').replace('{name}', PAID) })
      .click();
    const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('payment-form') });
    const amount = dialog.getByLabel(label('selection.prize.amountLabel'));
    await expect.poll(() => amount.inputValue()).toBe(String(prize));
    await dialog.getByLabel(label('selection.prize.bankReference')).fill('JLB20261214001');
    await button(dialog, label('selection.prize.submit')).click();
    await moveConfirmation(page).getByText('JLB20261214001', { exact: false }).waitFor();
    const [paid] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/transitions/recordPrizePaid')),
      confirmMove(page, label('selection.prize.submit')),
    ]);
    expect(paid.status(), await paid.text()).toBe(200);
    await page
      .getByTestId('prize-table')
      .getByRole('row')
      .filter({ hasText: PAID })
      .locator('[data-testid="payment-status"][data-paid="true"]')
      .waitFor();
    expect(await page.getByTestId('prize-table').locator('[data-paid="false"]').count()).toBe(3);
  });

  it('is accessible, fits a phone, and hides the prize list from the staff', async () => {
    await openSelection();
    await page.getByTestId('prize-table').waitFor();
    await settle(page);
    const violations = await seriousViolations(page);
    expect(describeViolations(violations)).toEqual([]);
    await screenshot(page, 'selection-03-1280');

    const storageState = await journey.context.storageState();
    const phone = await journey.browser.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      timezoneId: 'Asia/Shanghai',
      storageState,
    });
    try {
      await phone.clock.setFixedTime(new Date('2026-12-14T09:00:00+08:00'));
      const small = await phone.newPage();
      await small.goto(`${journey.server.url}/selection?award=technical_expert`);
      await small.getByTestId('prize-table').waitFor();
      await settle(small);
      expect(await fitsWidth(small)).toBe(true);
      await screenshot(small, 'selection-04-375');
    } finally {
      await phone.close();
    }

    const staff = await journey.browser.newContext({
      viewport: { width: 1280, height: 900 },
      timezoneId: 'Asia/Shanghai',
    });
    try {
      const login = await staff.request.post(`${journey.server.url}/api/session`, {
        data: { username: 'staff', password: demoPassword },
        headers: { origin: journey.server.url },
      });
      expect(login.status()).toBe(200);
      const clerk = await staff.newPage();
      await clerk.goto(`${journey.server.url}/selection?award=technical_expert`);
      await clerk.getByTestId('prize-table').waitFor();
      expect(await clerk.getByTestId('prize-list').count()).toBe(0);
      expect(await clerk.getByTestId('certificate').count()).toBe(4);
    } finally {
      await staff.close();
    }
    expect(journey.pageErrors).toEqual([]);
  });
});
