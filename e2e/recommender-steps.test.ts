import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../web/api/steps';
import { zhCN } from '../web/i18n/zh-CN';
import { button, isApi, logOutThroughMenu } from './support/antd';
import { fitsWidth, screenshot } from './support/browser';
import { type Journey, startJourney } from './support/journey';
import type { TestServer } from './support/server';

/**
 * The recommender's steps page is the unit's page with the level 'recommender': the same decision, notice,
 * ranking and report components, the level's transitions and texts. The demo's district HR officer
 * (朝阳区人社局) sees the application its unit reported (马国庆, at the recommender) and its own notices.
 */

let server: TestServer;
let page: Page;
let pageErrors: string[] = [];
let journey: Journey;
const label = (key: keyof typeof zhCN) => zhCN[key];

beforeAll(async () => {
  journey = await startJourney();
  ({ server, page, pageErrors } = journey);
});

afterAll(async () => journey?.close());

const signIn = (username: string) => journey.signIn(username);

async function signOut() {
  await logOutThroughMenu(page, { userMenu: label('shell.userMenu'), logout: label('shell.logout') });
}

describe('the recommender takes the same steps on its own page', () => {
  it('opens the recommender steps from the navigation and sees the reported candidate', async () => {
    await signIn('recommender');
    const [notices] = await Promise.all([
      page.waitForResponse(isApi('GET', '/api/notices')),
      page
        .getByRole('link', { name: label('recommender.pageTitle'), exact: true })
        .first()
        .click(),
    ]);
    expect(new URL(notices.url()).searchParams.get('level')).toBe('recommender');
    expect(notices.status()).toBe(200);
    expect(
      ((await notices.json()) as { items: Notice[] }).items.every((n) => n.level === 'recommender'),
    ).toBe(true);
    await page.waitForURL('**/recommender');
    await page.getByRole('heading', { name: label('recommender.heading') }).waitFor();

    // Step 1 lists what the unit reported; the recommender's decision form is the unit's.
    const picker = page.getByTestId('decision-picker');
    await picker.getByText('马国庆').waitFor();
    await picker.getByRole('checkbox', { name: `${label('steps.select')} 马国庆` }).waitFor();
    await page.getByLabel(label('steps.decision.participants')).waitFor();
    await button(page, label('steps.decision.submit')).waitFor();
  });

  it('shows the notice step and the notice list of the recommender level, the unit’s components', async () => {
    const section = page.locator('#step-notice');
    await section.getByRole('heading', { name: label('recommender.notice.title') }).waitFor();
    // The notice component, at the recommender level: nobody is decided yet, so nothing to put on notice.
    await section.getByTestId('notice-step-recommender').getByText(label('steps.notice.empty')).waitFor();
    await page.getByTestId('notices-recommender').getByText(label('recommender.notices.empty')).waitFor();
    expect(await page.getByTestId('notice-step-unit').count()).toBe(0);
    await page.getByText(label('steps.ranking.empty')).waitFor();
    await page.getByText(label('steps.report.empty')).waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'recommender-01-steps');
  });

  it('gives a state-owned enterprise’s officer both levels, and a plain unit’s officer only its own', async () => {
    await signOut();
    await signIn('soe');
    // in its own words: it recommends its own staff and reports them straight to the bureau
    for (const [key, heading, level] of [
      ['unit.ownStaff.pageTitle', 'unit.ownStaff.heading', 'unit'],
      ['recommender.ownStaff.pageTitle', 'recommender.ownStaff.heading', 'recommender'],
    ] as const) {
      await page
        .getByRole('link', { name: label(key), exact: true })
        .first()
        .click();
      await page.getByRole('heading', { name: label(heading) }).waitFor();
      await page.getByTestId(`notices-${level}`).waitFor();
    }

    await signOut();
    await signIn('employer');
    expect(await page.getByRole('link', { name: label('recommender.pageTitle') }).count()).toBe(0);
    await page.goto(`${server.url}/recommender`);
    await page.getByText(label('recommender.onlyActor')).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
