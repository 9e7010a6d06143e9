import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CurrentEdition } from '../web/api/editions';
import { translate } from '../web/i18n/translate';
import { zhCN } from '../web/i18n/zh-CN';
import { formatDay, formatWindow } from '../web/pages/home/days';
import { fitsWidth, screenshot } from './support/browser';
import { type Journey, startJourney } from './support/journey';

/**
 * The home page tells every role about the edition (issue 10.13): the submission window with the
 * working days left, where the papers go and whom to call, and the role's own dates — the unit's and the
 * recommender's latest notice and report, or, for the expert, the talent office and the bureau, what
 * comes to them and when; the candidate sees where their application stands. The shell (10.14, 10.17):
 * the menu follows the page, a skip link leads to the one main landmark, and the focus lands there.
 */

let journey: Journey;
const label = (key: keyof typeof zhCN) => zhCN[key];

beforeAll(async () => {
  journey = await startJourney();
});
afterAll(async () => journey?.close());

async function edition(): Promise<CurrentEdition> {
  const response = await journey.page.request.get(`${journey.server.url}/api/editions/current`);
  expect(response.status()).toBe(200);
  return (await response.json()) as CurrentEdition;
}

async function signInAs(username: string) {
  await journey.context.clearCookies();
  await journey.signIn(username);
}

describe('the shell', () => {
  it('puts the focus on the main content after signing in, and the skip link leads there', async () => {
    const { page } = journey;
    await signInAs('employer');
    await page.getByTestId('edition-window').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    expect(await page.locator('main').count()).toBe(1);

    // A page opened by its address keeps the focus at the top: the first Tab reaches the skip link,
    // shown while it has the focus.
    await page.reload();
    await page.getByTestId('edition-window').waitFor();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: label('shell.skipToContent') });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())?.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  it('selects the menu entry of the page, nested pages included, and moves the focus to the new page', async () => {
    const { page, server } = journey;
    await page.setViewportSize({ width: 1440, height: 900 });
    const nav = page.getByRole('navigation', { name: label('shell.navigation') });
    const current = () => nav.locator('a[aria-current="page"]').allTextContents();
    expect(await current()).toEqual([label('nav.home')]);

    await nav.getByRole('link', { name: label('nav.applications') }).click();
    await page.waitForURL('**/applications');
    await expect.poll(current).toEqual([label('nav.applications')]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');

    const list = (await (await page.request.get(`${server.url}/api/applications?status=draft`)).json()) as {
      items: { id: string }[];
    };
    await page.goto(`${server.url}/applications/${list.items[0]?.id}`);
    await page.getByTestId('completeness').waitFor();
    expect(await current()).toEqual([label('nav.applications')]);
    expect(await nav.locator('.ant-menu-item-selected').allTextContents()).toEqual([
      label('nav.applications'),
    ]);

    await nav.getByRole('link', { name: label('unit.pageTitle') }).click();
    await page.waitForURL('**/unit');
    await expect.poll(current).toEqual([label('unit.pageTitle')]);

    // On a phone the navigation is a menu of its own, opened by a button named 菜单, its current entry selected.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${server.url}/applications/${list.items[0]?.id}`);
    await page.getByTestId('completeness').waitFor();
    await page
      .getByRole('navigation', { name: label('shell.navigation') })
      .getByRole('button', { name: label('shell.menu') })
      .click();
    const selected = page.locator('.ant-dropdown:not(.ant-dropdown-hidden) .ant-dropdown-menu-item-selected');
    await selected.waitFor();
    expect(await selected.allTextContents()).toEqual([label('nav.applications')]);
    await page.keyboard.press('Escape');
    expect(journey.pageErrors).toEqual([]);
  });
});

describe('the home page of every role (issue 10.13)', () => {
  it('says when the working days cannot be counted yet, and counts them once the bureau entered the year', async () => {
    const { page, server } = journey;
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInAs('employer');
    await page.goto(`${server.url}/`);
    let current = await edition();
    const daysLeft = page.getByTestId('edition-days-left');
    await page.getByTestId('edition-window').waitFor();
    expect(await page.getByTestId('edition-window').textContent()).toBe(
      formatWindow(current.submissionWindow, 'zh-CN'),
    );
    await page.getByText(current.deliveryAddress).first().waitFor();
    await page.getByText(current.contact.name).waitFor();
    await page.getByRole('link', { name: current.contact.phone }).waitFor();

    const year = current.schedule.unknownCalendarYear;
    if (year !== null) {
      // The calendar package holds no arrangement for the window's year yet: say so, guess nothing.
      expect(await daysLeft.textContent()).toBe(
        translate('zh-CN', 'home.edition.left.unknownYear', { days: current.schedule.daysLeft, year }),
      );
      await screenshot(page, 'home-employer-1440-zh-CN-calendar-unknown');
      // The bureau enters the year's National Day week, which makes the year one it maintains.
      await signInAs('bureau');
      for (let day = 1; day <= 7; day += 1) {
        const response = await page.request.put(`${server.url}/api/calendar/overrides/${year}-10-0${day}`, {
          data: { kind: 'holiday', note: '国庆节' },
          headers: { origin: server.url },
        });
        expect(response.status()).toBe(200);
      }
      await signInAs('employer');
      await page.goto(`${server.url}/`);
      current = await edition();
    }
    const { schedule } = current;
    expect(schedule.workingDaysLeft).not.toBeNull();
    expect(await daysLeft.textContent()).toBe(
      translate('zh-CN', schedule.phase === 'open' ? 'home.edition.left.open' : 'home.edition.left.before', {
        working: schedule.workingDaysLeft ?? 0,
        days: schedule.daysLeft,
      }),
    );
    const unitNotice = page.getByTestId('milestone-unitNotice');
    expect(await unitNotice.textContent()).toContain(
      translate('zh-CN', 'home.dates.latest', {
        day: formatDay(schedule.unitNotice?.start.day ?? '', 'zh-CN'),
      }),
    );
    expect(await page.getByTestId('milestone-unitReport').textContent()).toContain(
      formatDay(schedule.unitReport?.day ?? '', 'zh-CN'),
    );
  });

  const roles: [string, string[]][] = [
    ['employer', ['unitNotice', 'unitReport', 'deliver']],
    ['soe', ['unitNotice', 'recommenderNotice', 'deliver']],
    ['recommender', ['unitsArrive', 'recommenderNotice', 'deliver']],
    ['bureau', ['intake', 'review', 'cityNotice', 'approval', 'decision']],
    ['staff', ['intake', 'review', 'cityNotice', 'approval', 'decision']],
    ['expert', ['intake', 'panels', 'review']],
    ['talent', ['intake', 'review', 'cityNotice', 'approval']],
    ['candidate', []],
  ];

  it.each(roles)('shows %s their dates, at 1440 and 375 px, in Chinese and English', async (user, steps) => {
    const { page, server } = journey;
    await signInAs(user);
    for (const locale of ['zh-CN', 'en-US'] as const) {
      await page.evaluate((value) => window.localStorage.setItem('jx.locale', value), locale);
      for (const width of [1440, 375]) {
        await page.setViewportSize({ width, height: width > 800 ? 900 : 812 });
        await page.goto(`${server.url}/`);
        await page.getByTestId('edition-window').waitFor();
        const shown = await page
          .locator('[data-testid^="milestone-"]')
          .evaluateAll((items) =>
            items.map((item) => item.getAttribute('data-testid')?.replace('milestone-', '')),
          );
        expect(shown).toEqual(steps);
        if (user === 'candidate') {
          await page.getByTestId('candidate-next').waitFor();
          expect(await page.getByTestId('candidate-next').textContent()).toContain(
            translate(locale, 'home.candidate.next.employer', { n: 5 }),
          );
        }
        expect(await fitsWidth(page)).toBe(true);
        await screenshot(page, `home-${user}-${width}-${locale}`);
      }
    }
    await page.evaluate(() => window.localStorage.setItem('jx.locale', 'zh-CN'));
    expect(journey.pageErrors).toEqual([]);
  });
});
