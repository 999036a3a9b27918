/**
 * The modeler for those who may read a process but not change it (a manager, a modeller of another
 * department): the diagram in a viewer with a "read only" notice, no palette, nothing to save or
 * rename, the exports and the step list as text; the process page links to it as "view".
 */
import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { ModelerEditorPage } from '../../pages/ModelerEditorPage';
import { expectAccessible } from '../../support/axe';
import { expect, test } from '../../support/fixtures';
import { applicationDiagram, STEP_IDS } from './applicationDiagram';
import { givenProcess, uniqueSegment } from './modelerTest';

async function contentOf(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

test.describe('modeler #readOnly', () => {
  test('shows a manager the diagram read-only, with exports and the steps as text', async ({
    page,
    signInAs,
    apiAs,
    processPage,
    header,
  }) => {
    // given a process of Amt 32 with a diagram, and the manager (demo.leitung) signed in
    const lotse = await apiAs('modeller');
    const key = await givenProcess(lotse, applicationDiagram());
    await signInAs('manager');
    const modeler = new ModelerEditorPage(page);
    // when the process page's link to the diagram is followed
    await processPage.goto(key);
    await expect(page.getByRole('link', { name: 'Diagramm bearbeiten' })).toHaveCount(0);
    // (counted once the process page has its own list of versions, which it reads after the process)
    await expect(processPage.versions).toContainText('1');
    const listRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === `/api/v1/processes/${key}/diagrams`) listRequests.push(request.url());
    });
    await page.getByRole('link', { name: 'Diagramm ansehen' }).click();
    await expect(page).toHaveURL(new RegExp(`/processes/${key}/edit$`));
    await modeler.waitUntilReady();
    // (the list of versions was read once as the view opened: not taken from the process page, not twice)
    expect(listRequests).toHaveLength(1);

    // then the diagram is shown with the notice, without palette, properties, save, undo or file import
    await expect(modeler.readOnlyNotice).toContainText('Nur Lesen');
    await expect(modeler.shape('Task_Check')).toBeVisible();
    await expect(modeler.version).toHaveText('Angezeigt wird Version 1 (Entwurf).');
    await expect(modeler.palette).toHaveCount(0);
    await expect(modeler.properties).toHaveCount(0);
    await expect(modeler.button(/Speichern/)).toHaveCount(0);
    await expect(modeler.button('Rückgängig')).toHaveCount(0);
    await expect(modeler.button(/BPMN-Datei öffnen/)).toHaveCount(0);
    // and the canvas offers no editing: no context pad, no text field on a double click, Ctrl+S opens nothing
    await modeler.shape('Task_Check').dblclick();
    await expect(page.locator('.djs-context-pad')).toHaveCount(0);
    await expect(page.locator('.djs-direct-editing-parent:visible')).toHaveCount(0);
    await modeler.canvas.press('Control+s');
    await expect(modeler.saveDialog).toHaveCount(0);
    // and the step list shows every step as text, none as a field to rename
    await expect(modeler.steps.locator('tbody tr')).toHaveCount(STEP_IDS.length);
    await expect(modeler.steps.getByRole('textbox')).toHaveCount(0);
    expect((await modeler.stepRows()).map((row) => row[1])).toContain('Antrag prüfen');
    await expectAccessible(page, 'modeler, read only');

    // when the diagram is exported as BPMN, SVG and PNG, then each file comes
    const [bpmn] = await Promise.all([page.waitForEvent('download'), modeler.button('Als BPMN exportieren').click()]);
    expect(bpmn.suggestedFilename()).toBe(`${key}-v1.bpmn`);
    expect((await contentOf(bpmn)).toString('utf8')).toContain('name="Antrag prüfen"');
    const [svg] = await Promise.all([page.waitForEvent('download'), modeler.button('Als SVG exportieren').click()]);
    expect(svg.suggestedFilename()).toBe(`${key}-v1.svg`);
    expect((await contentOf(svg)).toString('utf8')).toContain('<svg');
    const [png] = await Promise.all([page.waitForEvent('download'), modeler.button('Als PNG exportieren').click()]);
    expect(png.suggestedFilename()).toBe(`${key}-v1.png`);
    expect((await contentOf(png)).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));

    // and in English the notice says "Read only"; nothing was stored
    await header.switchLanguage();
    await expect(modeler.readOnlyNotice).toContainText('Read only');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Diagram: E2E Antrag bearbeiten');
    expect((await lotse.diagrams(key)).items).toHaveLength(1);
  });

  test('shows a modeller the diagram of another department read-only', async ({ page, signInAs, apiAs }) => {
    // given a process of Amt 20 with a diagram, and the modeller of Amt 32 signed in
    const admin = await apiAs('admin');
    const key = `P-20-${uniqueSegment()}`;
    const created = await admin.send('POST', '/processes', {
      key,
      name: 'E2E Fremdes Amt',
      department: '20',
      kind: 'department',
    });
    expect(created.status).toBe(201);
    await admin.uploadDiagram(key, applicationDiagram());
    await signInAs('modeller');
    const modeler = new ModelerEditorPage(page);
    // (the process is answered late, after the page's code is there, and the page notes any editor it shows)
    await page.route(`**/api/v1/processes/${key}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('.djs-palette')) document.documentElement.dataset.editorShown = 'true';
      }).observe(document, { childList: true, subtree: true });
    });
    // when its modeler address is opened directly
    await modeler.open(key);
    // then it is the read-only view, and no editor was shown on the way
    await expect(modeler.readOnlyNotice).toContainText('Nur Lesen');
    await expect(modeler.shape('Task_Check')).toBeVisible();
    await expect(modeler.palette).toHaveCount(0);
    await expect(modeler.button(/Speichern/)).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.dataset.editorShown)).toBeUndefined();
  });
});
