/**
 * Someone else saves a newer version while the diagram is being edited: saving notices it and lets
 * the user load theirs or keep theirs and save on top; neither side is lost.
 */
import type { ModelerEditorPage } from '../../pages/ModelerEditorPage';
import type { ApiClient } from '../../support/ApiClient';
import { applicationDiagram } from './applicationDiagram';
import { diagram, diagramXml, expect, givenProcess, test } from './modelerTest';

/** Version 1 open with an unsaved rename, version 2 saved by someone else, the user saving: the conflict. */
async function givenConflict(lotse: ApiClient, modeler: ModelerEditorPage): Promise<string> {
  const key = await givenProcess(lotse, applicationDiagram());
  await modeler.open(key);
  await modeler.selectShape('Task_Check');
  await modeler.setProperty('Allgemein', 'Name', 'Meine Prüfung');
  await lotse.uploadDiagram(key, applicationDiagram({ names: { Task_Scan: 'Deren Scan' } }));
  await modeler.save('meine Änderung');
  return key;
}

test.describe('modeler #conflict', () => {
  test('shows the conflict instead of saving over a newer version', async ({ lotse, modeler }) => {
    // given a newer version saved by someone else while editing
    // when the user saves
    const key = await givenConflict(lotse, modeler);
    // then the conflict names both versions, and nothing was stored
    await expect(modeler.conflictDialog).toBeVisible();
    await expect(modeler.conflictDialog).toContainText('Sie haben Version 1 bearbeitet');
    await expect(modeler.conflictDialog).toContainText('Inzwischen wurde Version 2 gespeichert');
    expect((await diagram(lotse, key, 'latest')).version).toBe(2);
  });

  test('keeps mine as a new version on top of theirs', async ({ lotse, modeler }) => {
    // given the conflict
    const key = await givenConflict(lotse, modeler);
    // when the user keeps their version
    await modeler.conflictDialog.getByRole('button', { name: 'Meine als neue Version darüber speichern' }).click();
    // then it is stored as version 3 with the note, and version 2 is still theirs
    await expect(modeler.savedNotice(3)).toBeVisible();
    await expect(modeler.conflictDialog).toBeHidden();
    expect((await diagram(lotse, key, 3)).message).toBe('meine Änderung');
    expect(await diagramXml(lotse, key, 3)).toContain('name="Meine Prüfung"');
    expect(await diagramXml(lotse, key, 2)).toContain('name="Deren Scan"');
    await expect(modeler.version).toContainText('Version 3');
  });

  test('reloads theirs and drops mine', async ({ lotse, modeler }) => {
    // given the conflict
    const key = await givenConflict(lotse, modeler);
    // when the user loads their version
    await modeler.conflictDialog.getByRole('button', { name: /Deren Version 2 laden/ }).click();
    // then version 2 is on the canvas, nothing is unsaved and nothing new was stored
    await expect(modeler.canvas.getByText('Deren Scan')).toBeVisible();
    await expect(modeler.canvas.getByText('Meine Prüfung')).toHaveCount(0);
    await expect(modeler.savedState()).toBeVisible();
    await expect(modeler.version).toContainText('Version 2');
    expect((await diagram(lotse, key, 'latest')).version).toBe(2);
  });
});
