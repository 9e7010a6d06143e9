import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annex2FieldLabels } from '../domain/application';
import type { ApplicationSummary } from '../web/api/applications';
import { zhCN } from '../web/i18n/zh-CN';
import { describeViolations, seriousViolations, settle } from './support/axe';
import { screenshot } from './support/browser';
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
  { user: 'staff', pages: [['home', () => '/']] },
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

describe.each([1440, 375])('WCAG 2.1 AA at %i px: no serious or critical violation', (width) => {
  beforeAll(async () => {
    await journey.page.setViewportSize({ width, height: width > 800 ? 900 : 812 });
  });

  describe.each(journeys)('$user', ({ user, pages }) => {
    beforeAll(async () => {
      await journey.context.clearCookies();
      if (user) await journey.signIn(user);
    });

    it.each(pages)('%s', async (name, path) => {
      const { page, server } = journey;
      await page.goto(`${server.url}${path()}`);
      await settle(page);
      await screenshot(page, `a11y-${width}-${user ?? 'anonymous'}-${name.replaceAll(' ', '-')}`);
      expect(describeViolations(await seriousViolations(page))).toEqual([]);
      expect(journey.pageErrors).toEqual([]);
    });
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
