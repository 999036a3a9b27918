/**
 * The accessible step list: every flow node in flow order with its lane, renamed with the keyboard
 * alone, the rename on the canvas and undoable, saved with Ctrl+S.
 */
import { applicationDiagram } from './applicationDiagram';
import { diagramXml, expect, givenProcess, test } from './modelerTest';

test.describe('modeler #stepList', () => {
  test('lists the steps in flow order with their lanes', async ({ lotse, modeler }) => {
    // given the application process
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    // when the step list is shown
    await modeler.tab('Schritte').click();
    // then the steps follow the sequence flows from the start event, upper branch first
    expect(await modeler.stepRows()).toEqual([
      ['1', 'Antrag eingegangen', 'Startereignis', 'Poststelle'],
      ['2', 'Antrag scannen', 'Aufgabe', 'Poststelle'],
      ['3', 'Antrag prüfen', 'Aufgabe', 'Sachbearbeitung'],
      ['4', 'Vollständig?', 'Exklusives Gateway', 'Sachbearbeitung'],
      ['5', 'Bescheid erstellen', 'Aufgabe', 'Sachbearbeitung'],
      ['6', 'Unterlagen nachfordern', 'Aufgabe', 'Sachbearbeitung'],
      ['7', 'Bescheid versandt', 'Endereignis', 'Sachbearbeitung'],
      ['8', 'Nachforderung versandt', 'Endereignis', 'Sachbearbeitung'],
    ]);
  });

  test('renames a step with the keyboard only and saves with Ctrl+S', async ({ lotse, modeler, page }) => {
    // given the modeler with the focus on the side panel's tabs
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    await modeler.tab('Eigenschaften').focus();

    // when the user moves to the steps tab, tabs to step 3, types a new name and presses Enter
    await page.keyboard.press('ArrowRight');
    await expect(modeler.tab('Schritte')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Tab');
    await expect(modeler.stepName(1)).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(modeler.stepName(3)).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Antrag sachlich prüfen');
    await page.keyboard.press('Enter');

    // then the canvas shows the new name, the field keeps the focus, and the change is unsaved
    await expect.poll(() => modeler.label('Task_Check')).toBe('Antrag sachlich prüfen');
    await expect(modeler.stepName(3)).toBeFocused();
    await expect(modeler.unsavedState()).toBeVisible();

    // and Escape reverts what was typed but not applied
    await page.keyboard.type(' XYZ');
    await page.keyboard.press('Escape');
    await expect(modeler.stepName(3)).toHaveValue('Antrag sachlich prüfen');

    // when the user saves with Ctrl+S, types a note and presses Enter
    await page.keyboard.press('ControlOrMeta+S');
    await expect(modeler.saveDialog).toBeVisible();
    await page.keyboard.type('per Tastatur umbenannt');
    await page.keyboard.press('Enter');

    // then version 2 holds the new name
    await expect(modeler.savedNotice(2)).toBeVisible();
    expect(await diagramXml(lotse, key, 2)).toContain('name="Antrag sachlich prüfen"');
  });

  test('undoes a rename from the step list like a change on the canvas', async ({ lotse, modeler }) => {
    // given a step renamed in the step list
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    await modeler.tab('Schritte').click();
    await modeler.stepName(2).fill('Antrag digitalisieren');
    await modeler.stepName(2).press('Enter');
    await expect.poll(() => modeler.label('Task_Scan')).toBe('Antrag digitalisieren');
    // when the change is undone
    await modeler.button('Rückgängig').click();
    // then the old name is back on the canvas and in the list
    await expect.poll(() => modeler.label('Task_Scan')).toBe('Antrag scannen');
    await expect(modeler.stepName(2)).toHaveValue('Antrag scannen');
  });
});
