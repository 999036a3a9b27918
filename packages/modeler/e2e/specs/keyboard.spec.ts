/**
 * The main path with the keyboard alone (Tab, Enter and typing): sign in, find a process in the
 * catalogue, open it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { demoAccount } from '../support/accounts';

/** Presses Tab until the focused element matches the CSS selector, at most `limit` times. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return;
  }
  throw new Error(`Tab did not reach ${selector} within ${limit} presses.`);
}

test.describe('keyboard', () => {
  test('signs in, searches and opens a process with Tab, typing and Enter only', async ({ page, processPage }) => {
    const account = demoAccount('modeller');
    // given the sign-in page, with the focus at the start of the page
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // when the user tabs to the username, types, tabs to the password, types and presses Enter
    await tabTo(page, 'input[name="username"]');
    await page.keyboard.type(account.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(account.password);
    await page.keyboard.press('Enter');
    // then the catalogue opens
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prozesskatalog');
    // when the user tabs to the search and types
    await tabTo(page, 'input[type="search"]');
    await page.keyboard.type('Posteingang');
    await expect(page).toHaveURL(/q=Posteingang/);
    await expect(page.getByTestId('result-count')).toHaveText(/[1-9]\d* Prozesse? gefunden/);
    // and tabs on to the first process in the table and presses Enter
    await tabTo(page, 'tbody a');
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('Enter');
    // then the process opens, its heading has the focus, and its name is the heading
    await expect(processPage.heading).toHaveText(name);
    await expect(processPage.heading).toBeFocused();
    await expect(page).toHaveURL(/\/processes\/[A-Z0-9-]+$/);
  });

  test('offers a skip link as the first stop that moves the focus to the content', async ({ page, signInAs }) => {
    // given a signed-in page
    await signInAs('manager');
    await page.goto('/processes');
    await expect(page.getByTestId('result-count')).toHaveText(/gefunden/);
    // when Tab is pressed once
    await page.keyboard.press('Tab');
    // then the skip link has the focus, and Enter moves on to the main content
    await expect(page.getByRole('link', { name: 'Zum Inhalt springen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });
});
