import type { APIRequestContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ReviewCandidateList, SelectionView } from '../contract/review-stage';
import type { CurrentEdition } from '../web/api/editions';
import type { Notice } from '../web/api/steps';
import { zhCN } from '../web/i18n/zh-CN';
import { button, confirmMove, isApi, moveConfirmation } from './support/antd';
import { describeViolations, seriousViolations, settle } from './support/axe';
import { fitsWidth, screenshot } from './support/browser';
import { type Journey, startJourney } from './support/journey';
import { demoPassword } from './support/server';

/**
 * The bureau's selection screen from the experts' results to the prizes, on the demo: the demo's four
 * candidates of 长春技术能手 are in review, scored by two of the panel; 孙卫东 (`expert`) submits his four
 * sheets through the API with known scores, which completes the ranking. Then, as 王建国 (`bureau`) in the
 * browser: the ranking, the winners proposed, the city notice started and — the server's clock past its 5
 * working days — closed, the list submitted to the talent office, which approves it through the API (its
 * screen is another's); back in the browser the decision published, a certificate printed, one prize paid.
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
/** 孙卫东's total for each candidate, as his submitted sheet has it. */
const ownTotals: Record<string, number> = {};

/** Both clocks at 09:00 Beijing time of `day`; a jump of days outlives the session, so sign in again. */
async function dayIs(day: string) {
  const at = new Date(`${day}T09:00:00+08:00`);
  journey.server.clock.set(at);
  await journey.context.clock.setFixedTime(at);
}

/** A demo user's API session of its own (its own cookies), for what another screen would do. */
async function apiAs(username: string): Promise<APIRequestContext> {
  const context = await journey.browser.newContext();
  const request = context.request;
  const login = await request.post(`${journey.server.url}/api/session`, {
    data: { username, password: demoPassword },
    headers: { origin: journey.server.url },
  });
  expect(login.status(), await login.text()).toBe(200);
  return request;
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

describe('the bureau takes the technical experts from the ranking to the prizes', () => {
  let notice: Notice;
  let ids: Record<string, string>;

  it('completes the ranking: 孙卫东 submits his four score sheets with known scores', async () => {
    // the candidates by name as the bureau knows them: a blind review shows the expert 候选人 N only
    const bureau = await apiAs('bureau');
    const listed = await bureau.get(
      `${journey.server.url}/api/applications?award=technical_expert&limit=100`,
    );
    const nameOf = new Map(
      ((await listed.json()) as { items: { id: string; name: string }[] }).items.map((i) => [i.id, i.name]),
    );
    const expert = await apiAs('expert');
    const res = await expert.get(`${journey.server.url}/api/review/candidates`);
    expect(res.status()).toBe(200);
    const { items, rubrics } = (await res.json()) as z.infer<typeof ReviewCandidateList>;
    const rubric = rubrics.find((r) => r.award === 'technical_expert');
    if (!rubric) throw new Error('no rubric of 长春技术能手 for the expert');
    const mine = items.filter((i) => i.award === 'technical_expert');
    expect(mine.map((i) => nameOf.get(i.applicationId)).sort()).toEqual([...NAMES].sort());
    for (const candidate of mine) {
      const name = nameOf.get(candidate.applicationId) ?? '';
      const share = SHARE[name] ?? 0;
      const scores = rubric.criteria.map((c) => ({
        criterionId: c.id,
        score: Math.round(c.maxScore * share * 2) / 2,
      }));
      const sheet = await expert.post(
        `${journey.server.url}/api/applications/${candidate.applicationId}/score-sheet/submit`,
        { data: { scores, comment: '材料真实完整，业绩突出' }, headers: { origin: journey.server.url } },
      );
      expect(sheet.status(), await sheet.text()).toBe(200);
      const total = scores.reduce((sum, s) => sum + s.score, 0);
      expect(await sheet.json()).toMatchObject({ status: 'submitted', total });
      ownTotals[name] = total;
    }
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

  it('publishes the decision once the talent office has approved the list', async () => {
    const talent = await apiAs('talent');
    const approved = await talent.post(`${journey.server.url}/api/transitions/approve`, {
      data: {
        applicationIds: NAMES.map((n) => ids[n]),
        documentNo: '长人才办〔2026〕15号',
        approvedOn: '2026-12-14',
      },
      headers: { origin: journey.server.url },
    });
    expect(approved.status(), await approved.text()).toBeLessThan(300);

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
    expect((await certificate.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
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
