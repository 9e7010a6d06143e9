import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annex2FieldLabels } from '../domain/application';
import type { ApplicationSummary } from '../web/api/applications';
import { localeStorageKey } from '../web/i18n/LocaleProvider';
import { zhCN } from '../web/i18n/zh-CN';
import { describeViolations, seriousViolations, settle } from './support/axe';
import { fitsWidth, screenshot } from './support/browser';
import { type Journey, startJourney } from './support/journey';

/**
 * WCAG 2.1 AA (issue 10.17): every page of every role's journey, at a desktop and a phone width, has no
 * serious and no critical violation axe-core can find. The demo data gives every kind of page: the unit's
 * drafts (周铁军 with his papers), what a unit reported to the Chaoyang recommender (马国庆), what
 * reached the bureau (李明远), the candidate's own application, and an invitation link the unit makes.
 */

let journey: Journey;
const ids: Record<'draft' | 'atRecommender' | 'atBureau', string> = {
  draft: '',
  atRecommender: '',
  atBureau: '',
};
let invitationPath = '';

async function applicationId(username: string, name: string, status: string): Promise<string> {
  await journey.signIn(username);
  const { server, page } = journey;
  const list = (await (await page.request.get(`${server.url}/api/applications?status=${status}`)).json()) as {
    items: ApplicationSummary[];
  };
  const found = list.items.find((item) => item.name === name);
  if (!found) throw new Error(`demo application of ${name} (${status}) missing for ${username}`);
  await journey.context.clearCookies();
  return found.id;
}

beforeAll(async () => {
  journey = await startJourney();
  const { server, page } = journey;
  ids.draft = await applicationId('employer', '周铁军', 'draft');
  ids.atRecommender = await applicationId('recommender', '马国庆', 'at_recommender');
  ids.atBureau = await applicationId('bureau', '李明远', 'at_bureau');
  await journey.signIn('employer');
  const invitation = await page.request.post(`${server.url}/api/applications/${ids.draft}/invitations`, {
    data: {},
    headers: { origin: server.url },
  });
  expect(invitation.status()).toBe(201);
  invitationPath = new URL(((await invitation.json()) as { url: string }).url).pathname;
  await journey.context.clearCookies();
});

afterAll(async () => journey?.close());

/** Who signs in (none: anonymous) and the pages they visit. */
const journeys: { user: string | null; pages: [string, () => string][] }[] = [
  {
    user: null,
    pages: [
      ['login', () => '/login'],
      ['invitation', () => invitationPath],
      ['not found', () => '/no-such-page'],
    ],
  },
  {
    user: 'employer',
    pages: [
      ['home', () => '/'],
      ['application list', () => '/applications'],
      ['new form', () => '/applications/new'],
      ['draft detail', () => `/applications/${ids.draft}`],
      ['unit steps', () => '/unit'],
    ],
  },
  {
    user: 'recommender',
    pages: [
      ['home', () => '/'],
      ['application list', () => '/applications'],
      ['read-only detail', () => `/applications/${ids.atRecommender}`],
      ['recommender steps', () => '/recommender'],
    ],
  },
  {
    user: 'soe',
    pages: [
      ['home', () => '/'],
      ['unit steps', () => '/unit'],
      ['recommender steps', () => '/recommender'],
    ],
  },
  {
    user: 'bureau',
    pages: [
      ['home', () => '/'],
      ['application list', () => '/applications'],
      ['read-only detail', () => `/applications/${ids.atBureau}`],
    ],
  },
  {
    user: 'staff',
    pages: [
      ['home', () => '/'],
      ['intake desk', () => '/intake'],
    ],
  },
  {
    user: 'talent',
    pages: [
      ['home', () => '/'],
      ['application list', () => '/applications'],
    ],
  },
  { user: 'expert', pages: [['home', () => '/']] },
  {
    user: 'candidate',
    pages: [
      ['home', () => '/'],
      ['own application', () => `/applications/${ids.draft}`],
    ],
  },
];

/**
 * Where a page is looked at: the desktop and the phone, each in Chinese and in English. axe checks both
 * widths in Chinese, the users' language, and the phone in English, where the longer words are the most
 * likely to break a layout; the English desktop is shot for the eye (contrast, names and landmarks do not
 * change with the language, and each axe pass costs a second).
 */
const views = [
  { width: 1440, locale: 'zh-CN', axe: true },
  { width: 375, locale: 'zh-CN', axe: true },
  { width: 375, locale: 'en-US', axe: true },
  { width: 1440, locale: 'en-US', axe: false },
] as const;

/**
 * One pass per page: it is loaded once per language and resized between the widths (as a browser window
 * or a turned phone is), checked by axe and shot as
 * e2e/screenshots/a11y-<user>-<page>-<width>-<locale>.png. A phone's page must not scroll sideways.
 */
describe.each(journeys)('WCAG 2.1 AA at 1440 and 375 px, in zh-CN and en-US: $user', ({ user, pages }) => {
  beforeAll(async () => {
    await journey.context.clearCookies();
    await journey.page.setViewportSize({ width: 1440, height: 900 });
    if (user) await journey.signIn(user);
  });

  it.each(pages)('%s: no serious or critical violation', async (name, path) => {
    const { page, server } = journey;
    const found: Record<string, string[]> = {};
    let shownLocale: string | null = null;
    try {
      for (const { width, locale, axe } of views) {
        await page.setViewportSize({ width, height: width > 800 ? 900 : 812 });
        if (locale !== shownLocale) {
          // the language is the browser's choice, kept in the app's storage of the server's origin
          if (!page.url().startsWith(server.url)) await page.goto(`${server.url}/login`);
          await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
            localeStorageKey,
            locale,
          ] as const);
          await page.goto(`${server.url}${path()}`);
          shownLocale = locale;
        }
        await settle(page);
        const view = `${width}-${locale}`;
        await screenshot(page, `a11y-${user ?? 'anonymous'}-${name.replaceAll(' ', '-')}-${view}`);
        found[view] = axe ? describeViolations(await seriousViolations(page)) : [];
        if (width < 800 && !(await fitsWidth(page))) found[view].push('the page scrolls sideways');
      }
    } finally {
      // the next sign-in reads the Chinese labels of the login form
      await page.evaluate(([key]) => window.localStorage.setItem(key, 'zh-CN'), [localeStorageKey] as const);
    }
    expect(found).toEqual(Object.fromEntries(views.map(({ width, locale }) => [`${width}-${locale}`, []])));
    expect(journey.pageErrors).toEqual([]);
  });
});

describe('keyboard', () => {
  it('reaches the completeness chips of the form and follows one to its field', async () => {
    const { page, server } = journey;
    await page.setViewportSize({ width: 1440, height: 900 });
    await journey.context.clearCookies();
    await journey.signIn('employer');
    await page.goto(`${server.url}/applications/new`);
    const chips = page.getByRole('group', { name: zhCN['completeness.missingFields'] }).getByRole('button');
    await chips.first().waitFor();
    expect(await chips.count()).toBeGreaterThan(1);
    const name = annex2FieldLabels.name.zh;
    const first = chips.filter({ hasText: new RegExp(`^${name}$`) });
    await first.focus();
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    // The chip names a field; Enter puts the focus into it, as a click does.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('name');
  });
});
