/**
 * Switching the language while the modeler is open: bpmn-js's palette, context pad and properties
 * panel change language in place, and the diagram with its unsaved changes and undo stays.
 */
import { AppHeader } from '../../pages/AppHeader';
import { applicationDiagram } from './applicationDiagram';
import { expect, givenProcess, test } from './modelerTest';

test.describe('modeler #language', () => {
  test('translates palette, context pad and properties panel without losing unsaved changes', async ({
    lotse,
    modeler,
    page,
  }) => {
    // given the modeler in German with an unsaved rename and the renamed task selected
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    await modeler.selectShape('Task_Scan');
    await modeler.setProperty('Allgemein', 'Name', 'Antrag digitalisieren');
    await expect(modeler.unsavedState()).toBeVisible();
    await expect(modeler.paletteEntry('create.task')).toHaveAccessibleName('Aufgabe anlegen');
    await expect(modeler.contextPadEntry('append.append-task')).toHaveAccessibleName('Aufgabe anhängen');

    // when English is chosen in the header
    await new AppHeader(page).switchLanguage();

    // then palette, open context pad and properties panel are English
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(modeler.paletteEntry('create.task')).toHaveAccessibleName('Create task');
    await expect(modeler.contextPadEntry('append.append-task')).toHaveAccessibleName('Append task');
    await expect(
      modeler.properties.locator('.bio-properties-panel-group-header', { hasText: 'General' }),
    ).toBeVisible();
    // and the change is still there, unsaved, and can be undone
    await expect(page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible();
    expect(await modeler.label('Task_Scan')).toBe('Antrag digitalisieren');
    await page.getByRole('toolbar', { name: 'Modeler tools' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => modeler.label('Task_Scan')).toBe('Antrag scannen');
    // and a context pad opened after the switch is English too
    await modeler.selectShape('Task_Check');
    await expect(modeler.contextPadEntry('append.append-task')).toHaveAccessibleName('Append task');
  });
});
