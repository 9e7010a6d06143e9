import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationSummary } from '../web/api/applications';
import type { Notice } from '../web/api/steps';
import { zhCN } from '../web/i18n/zh-CN';
import { button, confirmMove, isApi, waitForMessage } from './support/antd';
import { seriousViolations } from './support/axe';
import { fitsWidth, screenshot } from './support/browser';
import { minimalPdf } from './support/files';
import { type Journey, startJourney } from './support/journey';

/**
 * Issue 11's browser journey for the recommender (朝阳区人社局, the demo's district HR department): it returns
 * one of the four applications its units reported, with a reason; records its experts' review; takes the
 * collective decision, the 5-working-day notice and the ranking for two of the others; and reports both to
 * the bureau inside the submission window, within its quota, which the page shows shrinking. Then its
 * papers: the report, and every dossier bound in one ZIP by the background job.
 *
 * The server's clock and the browser's move together: the decision and the notice in December 2026 (a
 * year the working-day calendar knows), the report on 25 October 2027, inside the demo edition's window
 * (24–26 October); the forms' "today" is the server's.
 */
let journey: Journey;
let page: Page;
const label = (key: keyof typeof zhCN) => zhCN[key];
const RETURNED = '马国庆';
const REPORTED = ['陈建国', '王秀兰'] as const;

/** Both clocks at 09:00 Beijing time of `day`; the session does not outlive a jump of days, so sign in again. */
async function dayIs(day: string) {
  const at = new Date(`${day}T09:00:00+08:00`);
  journey.server.clock.set(at);
  await journey.context.clock.setFixedTime(at);
  await journey.signIn('recommender');
  await page.goto(`${journey.server.url}/recommender`);
  await page.getByRole('heading', { name: label('recommender.heading') }).waitFor();
}

async function idOf(name: string): Promise<string> {
  const list = (await (
    await page.request.get(`${journey.server.url}/api/applications?limit=100`)
  ).json()) as {
    items: ApplicationSummary[];
  };
  const found = list.items.find((item) => item.name === name);
  if (!found) throw new Error(`${name} is not in the recommender's list`);
  return found.id;
}

beforeAll(async () => {
  journey = await startJourney();
  page = journey.page;
});

afterAll(async () => journey?.close());

describe('a recommender returns one application and reports two within its quota', () => {
  let notice: Notice;

  it('returns one application to its unit with the reason', async () => {
    await dayIs('2026-12-07');
    const id = await idOf(RETURNED);
    await page.goto(`${journey.server.url}/applications/${id}`);
    await page.getByRole('heading', { name: RETURNED }).waitFor();
    await page.locator('[data-transition="returnToUnit"]').click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel(label('actions.reason'))
      .fill('主要业绩缺少支撑材料，请补充技术革新成果的证明后重新报送。');
    const [returned] = await Promise.all([
      page.waitForResponse(isApi('POST', `/api/applications/${id}/transitions/returnToUnit`)),
      dialog.getByTestId('move-confirm').click(),
    ]);
    expect(returned.status(), await returned.text()).toBe(200);
    expect(((await returned.json()) as { status: string }).status).toBe('returned_to_unit');
    await dialog.waitFor({ state: 'hidden' });
    await screenshot(page, 'recommender-journey-01-returned');
  });

  it('records its experts’ review before the collective decision', async () => {
    await page.goto(`${journey.server.url}/recommender`);
    const review = page.getByTestId('review-step');
    await review.getByTestId('review-missing').waitFor();
    // the decision's step names what is missing until the review is recorded
    await page
      .getByTestId('decision-blocked')
      .getByText('推荐单位尚未记录专家评审', { exact: false })
      .first()
      .waitFor();
    const experts = [
      ['王建国', '教授', '长春工业大学'],
      ['刘淑华', '高级讲师', '长春市技师学院'],
      ['陈志远', '正高级工程师', '中国第一汽车集团有限公司'],
    ];
    for (const [index, [name, title, employer]] of experts.entries()) {
      await review.getByLabel(`专家${index + 1} 姓名`).fill(name ?? '');
      await review.getByLabel(`专家${index + 1} 职称`).fill(title ?? '');
      await review.getByLabel(`专家${index + 1} 工作单位`).fill(employer ?? '');
    }
    await review
      .getByLabel(label('steps.review.opinion'))
      .fill('专家组审阅了候选人的申报材料，认为陈建国、王秀兰同志技艺精湛、业绩突出，一致同意推荐。');
    await review.locator('input[type=file]').setInputFiles({
      name: '专家评审意见书.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('opinion'),
    });
    const [saved] = await Promise.all([
      page.waitForResponse(isApi('PUT', '/api/recommender-review')),
      review.getByTestId('review-save').click(),
    ]);
    expect(saved.status(), await saved.text()).toBe(200);
    await review.getByTestId('review-recorded').getByText('王建国、刘淑华、陈志远').waitFor();
    await review.getByTestId('review-file').getByText('专家评审意见书.pdf').waitFor();
    await screenshot(page, 'recommender-journey-02-review');
  });

  it('decides on two candidates and puts them on notice for 5 working days', async () => {
    const picker = page.getByTestId('decision-picker');
    for (const name of REPORTED) {
      const box = picker.getByRole('checkbox', { name: `${label('steps.select')} ${name}` });
      await expect.poll(() => box.isEnabled(), { timeout: 15_000 }).toBe(true);
      await box.check();
    }
    expect(await picker.getByText(RETURNED).count()).toBe(0);
    await page.getByLabel(label('steps.decision.participants')).fill('局长、副局长、人才科科长等 5 人');
    await page.locator('#step-decision input[type=file]').setInputFiles({
      name: '局党组会议纪要.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('minutes'),
    });
    await button(page, label('steps.decision.submit')).click();
    const [decided] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/transitions/recordRecommenderDecision')),
      confirmMove(page, label('steps.decision.submit')),
    ]);
    expect(decided.status(), await decided.text()).toBeLessThan(300);

    const notices = page.getByTestId('notice-picker');
    for (const name of REPORTED) await notices.getByText(name).waitFor();
    await button(page, label('steps.notice.submit')).click();
    const [started] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/transitions/startRecommenderNotice')),
      confirmMove(page, label('steps.notice.submit')),
    ]);
    expect(started.status(), await started.text()).toBeLessThan(300);
    notice = ((await started.json()) as { notice: Notice }).notice;
    // Monday 7 December 2026 and the four working days after it
    expect(notice).toMatchObject({ level: 'recommender', startDate: '2026-12-07', endDate: '2026-12-11' });
    await page.getByTestId(`notice-${notice.id}`).waitFor();
    await screenshot(page, 'recommender-journey-03-notice');
  });

  it('closes the notice, ranks, and sees its places per award and the window', async () => {
    await dayIs('2026-12-14');
    await page.getByTestId(`notice-${notice.id}`).getByTestId('notice-close').click();
    const [closed] = await Promise.all([
      page.waitForResponse(isApi('POST', `/api/notices/${notice.id}/close`)),
      confirmMove(page, label('steps.notice.close')),
    ]);
    expect(closed.status()).toBe(200);
    for (const award of ['grand_award', 'technical_expert'] as const) {
      const ranking = page.getByTestId(`ranking-${award}`);
      await ranking.waitFor();
      const [ranked] = await Promise.all([
        page.waitForResponse(isApi('PUT', '/api/rankings/recommender')),
        page.getByTestId(`ranking-save-${award}`).click(),
      ]);
      expect(ranked.status()).toBe(200);
    }
    const quota = page.getByTestId('quota-panel');
    await quota
      .getByTestId('quota-grand_award')
      .getByText('名额 3 名，已报送 0 名，尚余 3 名', { exact: false })
      .waitFor();
    await quota
      .getByTestId('quota-window')
      .getByText('2027年10月24日 8:30 至 26日 17:00', { exact: false })
      .waitFor();
    // before the window the report is not offered as if it could go now: the server's reason shows, and
    // the button waits
    for (const name of REPORTED) {
      const row = page.locator('[data-testid^="report-"]').filter({ hasText: name });
      await row
        .getByTestId('report-blocked')
        .getByText('报送时间为 2027-10-24 08:30 至 2027-10-26 17:00', { exact: false })
        .waitFor();
      expect(await button(row, label('recommender.report.submit')).isDisabled()).toBe(true);
    }
    await page.locator('#step-report').scrollIntoViewIfNeeded();
    await screenshot(page, 'recommender-journey-04-ranked');
  });

  it('reports both to the bureau inside the window, and its places go down', async () => {
    await dayIs('2027-10-25');
    for (const name of REPORTED) {
      const row = page.locator('[data-testid^="report-"]').filter({ hasText: name });
      const opinion = row.getByLabel(`${name} 的推荐单位意见`);
      await expect.poll(() => opinion.inputValue(), { timeout: 15_000 }).toContain('同意推荐');
      await button(row, label('recommender.report.submit')).click();
      const [reported] = await Promise.all([
        page.waitForResponse(isApi('POST', /\/transitions\/reportToBureau$/)),
        confirmMove(page, label('recommender.report.submit')),
      ]);
      expect(reported.status(), await reported.text()).toBe(200);
      await waitForMessage(page, `已报送：${name}`);
    }
    const quota = page.getByTestId('quota-panel');
    await quota
      .getByTestId('quota-grand_award')
      .getByText('已报送 1 名，尚余 2 名', { exact: false })
      .waitFor();
    await quota
      .getByTestId('quota-technical_expert')
      .getByText('已报送 1 名，尚余 2 名', { exact: false })
      .waitFor();
    await page.getByTestId('steps-reported').getByText('已报送市人社局 2 人', { exact: false }).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'recommender-journey-05-reported');
  });

  it('prints its report and binds every dossier in one ZIP in the background', async () => {
    const papers = page.getByTestId('papers-step');
    for (const name of REPORTED) await papers.getByText(name).first().waitFor();
    const report = await page.request.get(`${journey.server.url}/api/recommendation-report.pdf`);
    expect(report.status()).toBe(200);
    expect((await report.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const batch = page.getByTestId('dossier-batch');
    const [asked] = await Promise.all([
      page.waitForResponse(isApi('POST', '/api/dossier-batches')),
      button(batch, label('steps.papers.batchStart')).click(),
    ]);
    expect(asked.status(), await asked.text()).toBe(202);
    const download = batch.getByTestId('batch-download');
    await download.waitFor({ timeout: 60_000 });
    await batch.getByText('2/2 份').waitFor();
    const zip = await page.request.get(`${journey.server.url}${await download.getAttribute('href')}`);
    expect(zip.status()).toBe(200);
    expect((await zip.body()).subarray(0, 2).toString('latin1')).toBe('PK');
    await papers.scrollIntoViewIfNeeded();
    await screenshot(page, 'recommender-journey-06-papers');
    expect(journey.pageErrors).toEqual([]);
  });
});
