/**
 * The modeler against WCAG 2.1 A/AA with axe-core: the page, its side panel tabs and its dialogs
 * have no serious or critical violation.
 */
import { expectAccessible } from '../../support/axe';
import { applicationDiagram } from './applicationDiagram';
import { expect, givenProcess, test } from './modelerTest';

test.describe('modeler #accessibility', () => {
  test('has no serious or critical violations, with or without dialogs open', async ({ lotse, modeler }) => {
    // given the modeler with a diagram and a selected task
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    await modeler.selectShape('Task_Check');
    await modeler.openPropertiesGroup('Allgemein');
    // then the page passes, with each tab of the side panel
    await expectAccessible(modeler.page, 'modeler, properties');
    await modeler.tab('Schritte').click();
    await expectAccessible(modeler.page, 'modeler, steps');
    await modeler.tab(/Prüfhinweise/).click();
    await expectAccessible(modeler.page, 'modeler, issues');

    // and with the save dialog open
    await modeler.button('Speichern …').click();
    await expect(modeler.saveDialog).toBeVisible();
    await expectAccessible(modeler.page, 'modeler, save dialog');
    await modeler.saveDialog.getByRole('button', { name: 'Abbrechen' }).click();

    // and with the conflict dialog open
    await modeler.selectShape('Task_Scan');
    await modeler.setProperty('Allgemein', 'Name', 'Antrag digitalisieren');
    await lotse.uploadDiagram(key, applicationDiagram());
    await modeler.save('Konflikt');
    await expect(modeler.conflictDialog).toBeVisible();
    await expectAccessible(modeler.page, 'modeler, conflict dialog');
  });
});
