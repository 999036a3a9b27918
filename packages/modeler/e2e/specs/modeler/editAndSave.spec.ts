/**
 * Editing a diagram in the modeler and saving it as a new version: the stored XML has the change,
 * the e-file attributes in the project's namespace and the note; undo and redo; the warnings
 * before leaving with unsaved changes.
 */
import { applicationDiagram } from './applicationDiagram';
import { diagram, diagramXml, expect, givenProcess, test } from './modelerTest';

test.describe('modeler #save', () => {
  test('saves a renamed task with e-file attributes as a new version with a note', async ({ lotse, modeler }) => {
    // given a process of Amt 32 with a diagram, open in the modeler
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    await expect(modeler.version).toHaveText('Bearbeitet wird Version 1 (Entwurf).');
    await expect(modeler.savedState()).toBeVisible();

    // when a task is renamed and given e-file attributes in the properties panel
    await modeler.selectShape('Task_Check');
    await modeler.setProperty('Allgemein', 'Name', 'Antrag fachlich prüfen');
    await modeler.setProperty('E-Akte', 'Dokumenttyp', 'Prüfvermerk');
    await modeler.setProperty('E-Akte', 'Aktenplankennzeichen', '0.10.1');
    await expect(modeler.unsavedState()).toBeVisible();
    // and saved with a note
    await modeler.save('Prüfung präzisiert');

    // then version 2 is stored with the note, the new name and the attributes
    await expect(modeler.savedNotice(2)).toBeVisible();
    await expect(modeler.savedState()).toBeVisible();
    const stored = await diagram(lotse, key, 'latest');
    expect(stored.version).toBe(2);
    expect(stored.message).toBe('Prüfung präzisiert');
    const xml = await diagramXml(lotse, key, 2);
    expect(xml).toContain('name="Antrag fachlich prüfen"');
    expect(xml).toContain('xmlns:efile="https://efile-rollout.example/bpmn/efile"');
    expect(xml).toMatch(/<bpmn:task id="Task_Check"[^>]*efile:documentType="Prüfvermerk"/);
    expect(xml).toMatch(/<bpmn:task id="Task_Check"[^>]*efile:filingPlanRef="0\.10\.1"/);
    expect(xml).not.toContain('name="Antrag prüfen"');
  });

  test('refuses a filing plan reference that breaks the catalogue rule', async ({ lotse, modeler }) => {
    // given a task selected in the modeler
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    await modeler.selectShape('Task_Scan');
    // when an invalid filing plan reference is typed
    await modeler.setProperty('E-Akte', 'Aktenplankennzeichen', '0..1');
    // then the field explains the rule and the diagram keeps no such attribute
    await expect(modeler.properties.getByText(/Ziffern und Buchstaben/)).toBeVisible();
    await modeler.save('ungültiges Kennzeichen');
    await expect(modeler.savedNotice(2)).toBeVisible();
    expect(await diagramXml(lotse, key, 2)).not.toContain('efile:filingPlanRef');
  });

  test('undoes and redoes a change with the toolbar buttons', async ({ lotse, modeler }) => {
    // given a renamed task
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    await expect(modeler.button('Rückgängig')).toBeDisabled();
    await modeler.selectShape('Task_Decide');
    await modeler.setProperty('Allgemein', 'Name', 'Bescheid schreiben');
    await expect(modeler.canvas.getByText('Bescheid schreiben')).toBeVisible();

    // when the change is undone
    await modeler.button('Rückgängig').click();
    // then the old name is back and nothing is unsaved
    await expect(modeler.canvas.getByText('Bescheid erstellen')).toBeVisible();
    await expect(modeler.savedState()).toBeVisible();

    // when it is redone
    await modeler.button('Wiederholen').click();
    // then the new name is back and unsaved
    await expect(modeler.canvas.getByText('Bescheid schreiben')).toBeVisible();
    await expect(modeler.unsavedState()).toBeVisible();
  });

  test('asks before leaving the modeler with unsaved changes', async ({ lotse, modeler, page }) => {
    // given an unsaved change
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    await modeler.selectShape('Task_Scan');
    await modeler.setProperty('Allgemein', 'Name', 'Antrag digitalisieren');
    await expect(modeler.unsavedState()).toBeVisible();

    // when the user follows a link to the catalogue
    await page.getByRole('link', { name: 'Prozesskatalog', exact: true }).click();
    // then the app asks, and staying keeps the change on the canvas
    const leave = page.getByRole('dialog', { name: 'Ungespeicherte Änderungen' });
    await expect(leave).toBeVisible();
    await leave.getByRole('button', { name: 'Hierbleiben' }).click();
    await expect(page).toHaveURL(new RegExp(`/processes/${key}/edit$`));
    await expect(modeler.canvas.getByText('Antrag digitalisieren')).toBeVisible();

    // and when the tab is closed, the browser asks too (beforeunload)
    const dialog = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const asked = await dialog;
    expect(asked.type()).toBe('beforeunload');
    await asked.dismiss();
  });

  test('starts a new diagram for a process without any version', async ({ lotse, modeler }) => {
    // given a process without a diagram
    const key = `P-32-NEW${Date.now().toString(36).toUpperCase()}`;
    expect(
      (await lotse.send('POST', '/processes', { key, name: 'Neu', department: '32', kind: 'department' })).status,
    ).toBe(201);
    // when its modeler opens
    await modeler.open(key);
    // then a start event is on the canvas, and saving stores version 1
    await expect(modeler.version).toHaveText('Noch keine Version gespeichert: neues Diagramm.');
    await expect(modeler.canvas.getByText('Vorgang beginnt')).toBeVisible();
    await modeler.save('erste Fassung');
    await expect(modeler.savedNotice(1)).toBeVisible();
    expect(await diagramXml(lotse, key, 1)).toContain('name="Vorgang beginnt"');
  });
});
