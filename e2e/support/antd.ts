import type { Locator, Page, Response } from 'playwright-core';
import { motionsEnded } from './browser';

/** Helpers to drive antd widgets the way a user does (click, type, pick), not through their internals. */

export const isApi = (method: string, path: string | RegExp) => (response: Response) => {
  if (response.request().method() !== method) return false;
  const pathname = new URL(response.url()).pathname;
  return typeof path === 'string' ? pathname === path : path.test(pathname);
};

/** antd spaces out two-character Chinese button labels ("登 录"). */
export const buttonName = (label: string) => new RegExp(`^${[...label].join('\\s?')}$`);

export const button = (scope: Page | Locator, label: string) =>
  scope.getByRole('button', { name: buttonName(label) });

/** Opens the select labelled `label` and clicks the option `option` in its (portal) dropdown. */
export async function pickOption(page: Page, label: string, option: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  const listed = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${option}$`) })
    .first();
  await listed.waitFor();
  // the dropdown slides in: on a busy machine a click aimed while it still moves lands beside the option
  await motionsEnded(page);
  await listed.click();
  // the select shows what was picked before the next field is touched
  await field
    .locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')
    .getByText(option, { exact: true })
    .waitFor();
}

/** Types a date (or month) into an antd date picker and confirms it with Enter. */
export async function typeDate(input: Locator, value: string): Promise<void> {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

export async function waitForMessage(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-message').getByText(text).first().waitFor();
}

/**
 * Opens the header's user menu and picks "log out", waiting for the server to end the session. The
 * menu slides in: a click aimed while it is still moving can land beside the item and close the menu
 * instead (seen under load), so the click waits for the menu's own animations to finish first.
 */
export async function logOutThroughMenu(page: Page, labels: { userMenu: string; logout: string }) {
  await page.getByRole('button', { name: labels.userMenu }).click();
  const item = page.getByRole('menuitem', { name: labels.logout });
  await item.waitFor();
  await item.evaluate((element) => {
    const menu = element.closest('.ant-dropdown') ?? element;
    return Promise.all(menu.getAnimations({ subtree: true }).map((animation) => animation.finished));
  });
  const [response] = await Promise.all([page.waitForResponse(isApi('DELETE', '/api/session')), item.click()]);
  await page.waitForURL('**/login');
  return response;
}

/**
 * The open confirmation of a step (web/pages/steps/stepGuards.tsx): the newest dialog naming the
 * candidates and the consequence. A dialog closing after the previous step may still be in the page.
 */
export function moveConfirmation(page: Page): Locator {
  return page
    .getByRole('dialog')
    .filter({ has: page.getByTestId('move-confirmation') })
    .last();
}

/** Confirms the open step's confirmation with its button `okText`. */
export async function confirmMove(page: Page, okText: string): Promise<void> {
  await button(moveConfirmation(page), okText).click();
}
