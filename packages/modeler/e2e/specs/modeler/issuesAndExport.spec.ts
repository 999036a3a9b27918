/**
 * The lint findings next to the canvas (element, message, severity; a click selects the element),
 * the keyboard on the canvas, and the exports as BPMN, SVG and PNG.
 */
import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { applicationDiagram } from './applicationDiagram';
import { expect, givenProcess, test } from './modelerTest';

async function contentOf(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

test.describe('modeler #issues', () => {
  test('lists a finding with element, message and severity and selects the element on click', async ({
    lotse,
    modeler,
  }) => {
    // given a diagram with a task without a name
    const key = await givenProcess(lotse, applicationDiagram({ names: { Task_Request: '' } }));
    await modeler.open(key);
    // when the issues are shown
    await modeler.tab(/Prüfhinweise/).click();
    // then the unnamed task, and only it, is listed as an error in German
    const row = modeler.issues.locator('tr', { has: modeler.page.locator('[data-element-id="Task_Request"]') });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Element hat keine Beschriftung.');
    await expect(row).toContainText('Fehler');
    // and a click on the element selects it on the canvas
    await row.getByRole('button').click();
    await expect(modeler.shape('Task_Request')).toHaveClass(/selected/);
  });

  test('fixing the finding removes it from the list', async ({ lotse, modeler }) => {
    // given the unnamed task listed
    const key = await givenProcess(lotse, applicationDiagram({ names: { Task_Request: '' } }));
    await modeler.open(key);
    await modeler.tab(/Prüfhinweise/).click();
    await expect(modeler.issues.locator('[data-element-id="Task_Request"]')).toHaveCount(1);
    // when it gets a name through the step list
    await modeler.tab('Schritte').click();
    await modeler.stepName(6).fill('Unterlagen nachfordern');
    await modeler.stepName(6).press('Enter');
    // then it is no longer listed
    await modeler.tab(/Prüfhinweise/).click();
    await expect(modeler.issues.locator('[data-element-id="Task_Request"]')).toHaveCount(0);
  });
});

test.describe('modeler #keyboard', () => {
  test('deletes the selected element with Delete and brings it back with Ctrl+Z', async ({ lotse, modeler, page }) => {
    // given a selected task
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    await modeler.selectShape('Task_Request');
    // when Delete is pressed
    await page.keyboard.press('Delete');
    // then the task is gone, and Ctrl+Z brings it back
    await expect(modeler.shape('Task_Request')).toHaveCount(0);
    await expect(modeler.unsavedState()).toBeVisible();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(modeler.shape('Task_Request')).toHaveCount(1);
    await expect(modeler.savedState()).toBeVisible();
  });
});

test.describe('modeler #export', () => {
  test('exports the diagram as BPMN, SVG and PNG', async ({ lotse, modeler, page }) => {
    // given a diagram with an unsaved rename
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    await modeler.selectShape('Task_Decide');
    await modeler.setProperty('Allgemein', 'Name', 'Bescheid schreiben');

    // when it is exported as BPMN, then the file has the change
    const [bpmn] = await Promise.all([page.waitForEvent('download'), modeler.button('Als BPMN exportieren').click()]);
    expect(bpmn.suggestedFilename()).toBe(`${key}-v1.bpmn`);
    expect((await contentOf(bpmn)).toString('utf8')).toContain('name="Bescheid schreiben"');

    // when as SVG, then it is an SVG with the label
    const [svg] = await Promise.all([page.waitForEvent('download'), modeler.button('Als SVG exportieren').click()]);
    expect(svg.suggestedFilename()).toBe(`${key}-v1.svg`);
    const svgText = (await contentOf(svg)).toString('utf8');
    expect(svgText).toMatch(/^<\?xml[^>]*>\s*<!--[^>]*-->\s*<svg|<svg/);
    expect(svgText).toMatch(/<tspan[^>]*>Bescheid <\/tspan><tspan[^>]*>schreiben<\/tspan>/);

    // when as PNG, then it is a PNG image
    const [png] = await Promise.all([page.waitForEvent('download'), modeler.button('Als PNG exportieren').click()]);
    expect(png.suggestedFilename()).toBe(`${key}-v1.png`);
    const pngBytes = await contentOf(png);
    expect(pngBytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(pngBytes.length).toBeGreaterThan(1000);
  });
});
