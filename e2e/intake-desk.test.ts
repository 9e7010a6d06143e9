import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../server/documents/dossier.testing';
import type { ApplicationSummary } from '../web/api/applications';
import { zhCN } from '../web/i18n/zh-CN';
import { button, isApi } from './support/antd';
import { fitsWidth, screenshot } from './support/browser';
import { y4mOfPng } from './support/fake-camera';
import { type Journey, startJourney } from './support/journey';

/**
 * The bureau's intake desk in Chromium with a fake camera that films the envelope cover the recommender
 * printed (Annex 4): the clerk scans its QR code, finds 李明远's envelope, ticks the three items off the
 * cover's checklist and accepts it inside the submission window; the intake list then counts it received.
 */

let journey: Journey;
let page: Page;
const camera = path.join(os.tmpdir(), `jx-fake-camera-${process.pid}.y4m`);
const label = (key: keyof typeof zhCN) => zhCN[key];

beforeAll(async () => {
  // Chromium opens the camera's file when the page starts the camera: it is written below, once the
  // cover exists
  journey = await startJourney({
    browserArgs: [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${camera}`,
    ],
  });
  page = journey.page;
  await journey.context.grantPermissions(['camera']);
  // inside the demo edition's window (24–26 October, Beijing time), before anyone signs in: the server's
  // clock and the browser's, whose today the dialog offers as the day received
  journey.server.clock.set('2027-10-25T02:00:00Z');
  await journey.context.clock.setFixedTime(new Date('2027-10-25T10:00:00+08:00'));
});

afterAll(async () => journey?.close());

describe('the intake desk receives an envelope by its QR code', () => {
  let id = '';
  it('films the cover of the envelope the bureau received', async () => {
    await journey.signIn('staff');
    const { server } = journey;
    const list = (await (
      await page.request.get(`${server.url}/api/applications?status=at_bureau`)
    ).json()) as {
      items: ApplicationSummary[];
    };
    id = list.items.find((item) => item.name === '李明远')?.id ?? '';
    expect(id).not.toBe('');
    const cover = await page.request.get(`${server.url}/api/applications/${id}/cover.pdf`);
    expect(cover.status()).toBe(200);
    const picture = renderPage(await cover.body(), 1, 90);
    writeFileSync(camera, y4mOfPng(PNG.sync.write(picture)));
  });

  it('scans the QR code with the camera and finds whose envelope it is', async () => {
    await page
      .getByRole('link', { name: label('nav.intake') })
      .first()
      .click();
    await page.getByRole('heading', { name: label('intake.heading') }).waitFor();
    await page.getByTestId('intake-window').getByText('2027-10-26 17:00').waitFor();
    const [lookup] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/intake/') && r.request().method() === 'GET', {
        timeout: 20_000,
      }),
      page.getByTestId('intake-scan').click(),
    ]);
    expect(lookup.status()).toBe(200);
    const found = page.getByTestId('intake-found');
    await found.getByText('李明远').waitFor();
    await found.getByText(label('intake.state.awaiting')).waitFor();
    expect(page.url()).toMatch(/\/intake\/[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'intake-01-found');
  });

  it('ticks the cover’s three items and accepts the envelope within the window', async () => {
    await page.getByTestId('intake-open').click();
    await page.waitForURL(`**/applications/${id}`);
    await button(page, '受理').click();
    const dialog = page.getByRole('dialog');
    // a short envelope is refused in the dialog itself, naming what is missing
    expect(await dialog.getByLabel(label('actions.receivedOn')).inputValue()).toBe('2027-10-25');
    await dialog.getByLabel('推荐函（纸质版1份）').check();
    await dialog.getByTestId('move-confirm').click();
    await dialog.getByText('缺少：汇总表、申报材料册（装订成册）', { exact: false }).waitFor();
    await dialog.getByLabel('汇总表（纸质版2份、电子版1份）').check();
    await dialog.getByLabel('申报材料册（装订成册）（纸质版1份）').check();
    await screenshot(page, 'intake-02-checklist');
    const [accepted] = await Promise.all([
      page.waitForResponse(isApi('POST', `/api/applications/${id}/transitions/accept`)),
      dialog.getByTestId('move-confirm').click(),
    ]);
    expect(accepted.status()).toBe(200);
    expect(((await accepted.json()) as { status: string }).status).toBe('accepted');
    await dialog.waitFor({ state: 'hidden' });
    await screenshot(page, 'intake-03-accepted');
  });

  it('counts it received in the intake list', async () => {
    await page.goto(`${journey.server.url}/intake`);
    const row = page.getByTestId('intake-list').getByRole('row', { name: /李明远/ });
    await row.getByText(label('intake.state.received')).waitFor();
    await screenshot(page, 'intake-04-list');
    expect(journey.pageErrors).toEqual([]);
  });
});
