/**
 * axe-core (WCAG 2.0 and 2.1, A and AA) on every screen, empty and filled, and with its dialogs
 * open: no serious or critical violation.
 */
import { expectAccessible } from '../support/axe';
import { expect, test } from '../support/fixtures';

test.describe('accessibility', () => {
  test('sign-in: empty, with missing fields, with wrong credentials, in English', async ({
    page,
    signInPage,
    header,
  }) => {
    // given the sign-in page
    await signInPage.goto();
    // then each of its states passes
    await expectAccessible(page, 'sign-in, empty');
    await signInPage.submit.click();
    await expect(signInPage.fieldErrors).toHaveCount(2);
    await expectAccessible(page, 'sign-in, missing fields');
    await signInPage.signIn('demo.leitung', 'falsch');
    await expect(signInPage.error).toBeVisible();
    await expectAccessible(page, 'sign-in, wrong credentials');
    await header.switchLanguage();
    await expect(signInPage.heading).toHaveText('Sign in');
    await expectAccessible(page, 'sign-in, English');
  });

  test('catalogue: filled, filtered with the department list open, empty, and a page that does not exist', async ({
    page,
    signInAs,
    catalogue,
  }) => {
    // given a signed-in manager
    await signInAs('manager');
    // then the catalogue's states pass
    await catalogue.goto();
    await catalogue.loaded();
    await expectAccessible(page, 'catalogue, filled');
    await catalogue.selectDepartments(['32', '51']);
    await catalogue.kind.selectOption('base');
    await expect(catalogue.activeFilters).toHaveCount(3);
    await expectAccessible(page, 'catalogue, filters and the department list open');
    await catalogue.goto('q=Zzyzxwvut');
    await expect(catalogue.empty).toBeVisible();
    await expectAccessible(page, 'catalogue, empty');
    await catalogue.goto('page=9999');
    await expect(page.getByRole('heading', { name: 'Diese Seite gibt es nicht' })).toBeVisible();
    await expectAccessible(page, 'catalogue, beyond the last page');
    await page.goto('/nowhere');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
    await expectAccessible(page, 'unknown address');
  });

  test('process page: read, edit form with errors, conflict dialog, release and restore dialogs', async ({
    page,
    signInAs,
    apiAs,
    processPage,
  }) => {
    // given a modeller on a process of their department with two diagram versions
    await signInAs('modeller');
    const api = await apiAs('modeller');
    const process = (await api.processes('department=32&kind=department&sort=-key&pageSize=20')).items.find(
      (p) => p.latestDiagramVersion !== undefined,
    )!;
    const draft = await api.uploadDiagram(
      process.key,
      await api.diagramBytes(process.key, process.latestDiagramVersion!),
    );
    await processPage.goto(process.key);
    await expect(processPage.diagram.locator('svg').first()).toBeAttached();
    await expect(processPage.versionRow(draft)).toBeVisible();
    // then the page passes as it is read
    await expectAccessible(page, 'process page');
    // and with the edit form showing errors
    await processPage.editButton.click();
    await processPage.field('LeiKa-Schlüssel').fill('123');
    await processPage.saveButton.click();
    await expect(processPage.errorSummary).toBeVisible();
    await expectAccessible(page, 'edit form with errors');
    // and with the conflict dialog open
    await processPage.field('LeiKa-Schlüssel').fill('');
    await (await apiAs('admin')).patchProcess(process.key, { legalBasis: 'Geändert von anderer Stelle' });
    await processPage.field('Fallzahl pro Jahr').fill('42');
    await processPage.saveButton.click();
    await expect(processPage.conflictDialog).toBeVisible();
    await expectAccessible(page, 'conflict dialog');
    await processPage.conflictDialog.getByRole('button', { name: 'Neuen Stand laden' }).click();
    await processPage.cancelButton.click();
    // and with the release workflow's dialog open
    await processPage
      .versionRow(draft)
      .getByRole('button', { name: /Zur Prüfung einreichen/ })
      .click();
    await expect(processPage.dialog(`Version ${draft} zur Prüfung einreichen`)).toBeVisible();
    await expectAccessible(page, 'submit-for-review dialog');
    await page.keyboard.press('Escape');
    await expect(processPage.dialog(`Version ${draft} zur Prüfung einreichen`)).toBeHidden();
    // and with the restore dialog open
    await processPage
      .versionRow(process.latestDiagramVersion!)
      .getByRole('button', { name: /Wiederherstellen/ })
      .click();
    await expect(processPage.dialog(`Version ${process.latestDiagramVersion} wiederherstellen`)).toBeVisible();
    await expectAccessible(page, 'restore dialog');
  });

  test('base process with its adoptions and the adopt dialog; a variant; the English process page', async ({
    page,
    signInAs,
    apiAs,
    processPage,
    header,
  }) => {
    // given a modeller, a base process department 32 has not adopted, and one of its variants
    await signInAs('modeller');
    const api = await apiAs('modeller');
    let baseKey: string | undefined;
    let variantKey: string | undefined;
    for (const base of (await api.processes('kind=base&pageSize=50')).items) {
      const overview = await api.adoptions(base.key);
      if (overview.releasedVersion && overview.notAdoptedBy.includes('32') && overview.items.length > 0) {
        baseKey = base.key;
        variantKey = overview.items[0]!.key;
        break;
      }
    }
    expect(baseKey).toBeDefined();
    // then the base process page passes, also with the adopt dialog open
    await processPage.goto(baseKey!);
    await expect(processPage.adoptionSummary).toBeVisible();
    await expectAccessible(page, 'base process with adoptions');
    await processPage.adoptButton.click();
    await expect(processPage.page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page, 'adopt dialog');
    await page.keyboard.press('Escape');
    // and the variant's page passes, in German and in English
    await processPage.goto(variantKey!);
    await expect(processPage.variantInfo).toBeVisible();
    await expectAccessible(page, 'variant');
    await header.switchLanguage();
    await expect(processPage.page.getByRole('heading', { name: 'Metadata' })).toBeVisible();
    await expectAccessible(page, 'variant, English');
  });
});
