/**
 * German by default, English on request: the texts, `<html lang>`, the number and date formats,
 * and the choice kept across reloads.
 */
import { expect, test } from '../support/fixtures';
import { demoAccount } from '../support/accounts';

test.describe('language', () => {
  test('switches between German and English on the sign-in page and in the app, and keeps the choice', async ({
    page,
    signInPage,
    header,
    catalogue,
    apiAs,
  }) => {
    const { total } = await (await apiAs('manager')).processes('pageSize=1');
    // given the sign-in page in German, the default
    await signInPage.goto();
    await expect(signInPage.heading).toHaveText('Anmelden');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    // when English is chosen
    await header.switchLanguage();
    // then the page is in English, and says so to assistive technology
    await expect(signInPage.heading).toHaveText('Sign in');
    await expect(page.locator('label[for$="-username"]')).toHaveText('Username');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(header.languageSwitch).toHaveText('Deutsch');
    // and after a reload and signing in it stays English, with English number formats
    await page.reload();
    await expect(signInPage.heading).toHaveText('Sign in');
    const account = demoAccount('manager');
    await signInPage.signIn(account.username, account.password);
    await expect(catalogue.heading).toHaveText('Process catalogue');
    await expect(catalogue.resultCount).toHaveText(`${new Intl.NumberFormat('en-GB').format(total)} processes found`);
    await expect(header.account).toContainText('Management (read only)');
    await expect(page).toHaveTitle('Process catalogue – E-File Process Catalogue');
    // when German is chosen again
    await header.switchLanguage();
    // then the app is German again, with German number formats
    await expect(catalogue.heading).toHaveText('Prozesskatalog');
    await expect(catalogue.resultCount).toHaveText(`${new Intl.NumberFormat('de-DE').format(total)} Prozesse gefunden`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle('Prozesskatalog – E-Akte Prozesskatalog');
  });

  test('formats dates, numbers and percentages German-style', async ({ signInAs, apiAs, processPage, catalogue }) => {
    // given a base process with its adoption figures, and the catalogue sorted by case volume
    await signInAs('manager');
    const api = await apiAs('manager');
    const overview = await api.adoptions('B-POSTEINGANG');
    const all = overview.adoptedBy + overview.notAdoptedBy.length;
    // when the base process's page opens
    await processPage.goto('B-POSTEINGANG');
    // then dates read 07.01.2025 and the share reads 86 %
    await expect(processPage.value('Stand')).toHaveText(/geändert am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/);
    const share = new Intl.NumberFormat('de-DE', { style: 'percent' }).format(overview.adoptedBy / all);
    expect(share).toMatch(/^\d+\s%$/);
    await expect(processPage.adoptionSummary).toContainText(`(${share})`);
    // and in the catalogue, large case volumes read 12.345
    await catalogue.goto('sort=-annualCaseVolume');
    const largest = (await api.processes('sort=-annualCaseVolume&pageSize=1')).items[0]!;
    expect(largest.annualCaseVolume).toBeGreaterThan(999);
    await expect(catalogue.rows.first().locator('td.numeric')).toHaveText(
      new Intl.NumberFormat('de-DE').format(largest.annualCaseVolume!),
    );
    await expect(catalogue.rows.first().locator('td.numeric')).toHaveText(/^\d{1,3}(\.\d{3})+$/);
  });
});
