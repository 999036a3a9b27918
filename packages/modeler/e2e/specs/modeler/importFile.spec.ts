/**
 * Opening .bpmn files from disk in the modeler: exports of other tools keep their content when
 * saved, files without layout are laid out (never a blank canvas), files with Latin-1 bytes keep
 * their umlauts, names with markup stay text, broken files leave the open diagram alone.
 */
import type { Diagram } from '@efile/schemas';
import { applicationDiagram } from './applicationDiagram';
import { diagram, diagramXml, expect, fixturePath, fixtureText, givenProcess, test } from './modelerTest';

const EXPORTS = [
  'miwg/SAP Signavio Process Manager 19.9.0/C.1.0-export.bpmn',
  'miwg/bpmn.io (Camunda Modeler) 18.6.1/C.2.0-export.bpmn',
  'bpmn-js/complex.bpmn',
];

test.describe('modeler #openFile', () => {
  for (const file of EXPORTS) {
    test(`opens ${file} and saves it with its flow nodes and shapes`, async ({ lotse, modeler }) => {
      // given a process open in the modeler, and the server's counts of the file as uploaded elsewhere
      const key = await givenProcess(lotse, applicationDiagram());
      const reference = await givenProcess(lotse, fixtureText(file), 'E2E Vergleich');
      const expected = (await diagram(lotse, reference, 1)).stats;
      await modeler.open(key);

      // when the file is opened from disk
      await modeler.openFile(fixturePath(file));
      // then it is on the canvas, unsaved
      await expect(modeler.notices).toContainText(/geöffnet/);
      await expect(modeler.unsavedState()).toBeVisible();
      await expect(modeler.shapes().first()).toBeVisible();

      // and when it is saved, the stored version has the file's counts
      await modeler.save(`Import ${file}`);
      await expect(modeler.savedNotice(2)).toBeVisible();
      const saved: Diagram = await diagram(lotse, key, 2);
      expect(saved.stats).toMatchObject({
        processes: expected.processes,
        participants: expected.participants,
        lanes: expected.lanes,
        flowNodes: expected.flowNodes,
        messageFlows: expected.messageFlows,
        shapes: expected.shapes,
      });
    });
  }

  test('lays out a file without diagram layout and says so', async ({ lotse, modeler }) => {
    // given an IBM export without any BPMNShape
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    // when it is opened
    await modeler.openFile(fixturePath('miwg/IBM Process Designer 8.0.1/A.2.0-export.bpmn'));
    // then it is laid out (shapes on the canvas) with a notice, and saving stores the layout
    await expect(modeler.notices).toContainText('hatte kein Layout');
    expect(await modeler.shapes().count()).toBeGreaterThan(5);
    await modeler.save('Layout ergänzt');
    await expect(modeler.savedNotice(2)).toBeVisible();
    const saved = await diagram(lotse, key, 2);
    expect(saved.hasLayout).toBe(true);
    expect(saved.stats.shapes).toBeGreaterThan(5);
  });

  test('reads Latin-1 bytes in a file declared as UTF-8 without losing umlauts', async ({ lotse, modeler }) => {
    // given the GenMyModel export whose "Rechnung klären" is Latin-1 although it declares UTF-8
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    // when it is opened
    await modeler.openFile(fixturePath('miwg/GenMyModel 0.47/C.1.0-export.bpmn'));
    // then the name is intact and the wrong declaration is reported
    await expect(modeler.notices).toContainText(
      'Die Datei war als UTF-8 deklariert, enthielt aber windows-1252-Zeichen',
    );
    await modeler.tab('Schritte').click();
    const names = (await modeler.stepRows()).map((row) => row[1]);
    expect(names).toContain('Rechnung klären');
    expect(names.join(' ')).not.toContain('\uFFFD');
  });

  test('keeps elements with invalid ids under a new id, shows markup as text and runs no script', async ({
    lotse,
    modeler,
    page,
  }) => {
    // given a watch for dialogs (alert) and the Camunda Modeler's XSS test file, whose task `"><` the parser rejects
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    // when it is opened
    await modeler.openFile(fixturePath('camunda-modeler/xss.bpmn'));
    // then the invalid ids are renamed, with a notice that lists them literally, as text
    await expect(modeler.notices).toContainText('3 IDs waren ungültig');
    await expect(modeler.notices).toContainText('„"><“ → Task_repaired');
    await expect(modeler.notices).toContainText('„\\"<img src=1 onerror=alert(1)>1“ → img_src_1_onerror_alert_1_1');
    await expect(modeler.notices).not.toContainText('illegal ID');
    // and the task is on the canvas and in the step list
    await expect(modeler.shape('Task_repaired')).toBeVisible();
    await modeler.tab('Schritte').click();
    await expect(modeler.steps.getByRole('textbox')).toHaveCount(3);
    // when it is given a name with markup in the step list
    const markup = '"><img src=1 onerror=alert(1)>';
    await modeler.stepNameOf('Task_repaired').fill(markup);
    await modeler.stepNameOf('Task_repaired').press('Enter');
    // then the name is drawn as text (wrapped in lines: compared without white space)
    const compact = (text: string) => text.replace(/\s+/g, '');
    await expect.poll(async () => compact(await modeler.label('Task_repaired'))).toBe(compact(markup));
    await modeler.tab(/Prüfhinweise/).click();
    await expect(modeler.issues.getByRole('button').first()).toBeVisible();
    // and no element was injected and no script ran
    expect(await page.locator('img[onerror], img[src="1"], .modeler-page img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    // and saving stores the task under its new id with its shape, the name escaped, no markup as elements
    await modeler.save('XSS-Datei');
    await expect(modeler.savedNotice(2)).toBeVisible();
    const xml = await diagramXml(lotse, key, 2);
    expect(xml).toContain('id="Task_17p5kda"');
    expect(xml).toMatch(/<bpmn:task id="Task_repaired" name="&#34;&#62;&#60;img src=1 onerror=alert\(1\)&#62;"/);
    expect(xml).toContain('bpmnElement="Task_repaired"');
    expect(xml).toContain('<bpmn:signal id="img_src_1_onerror_alert_1_1"');
    expect(xml).not.toMatch(/<img/);
    expect((await diagram(lotse, key, 2)).stats.flowNodes).toBe(3);
  });

  test('keeps the open diagram when a file is not BPMN', async ({ lotse, modeler }) => {
    // given a diagram open in the modeler
    const key = await givenProcess(lotse, applicationDiagram());
    await modeler.open(key);
    // when a file that is not BPMN is opened
    await modeler.openFile(fixturePath('bpmn-moddle/error/not-bpmn.bpmn'));
    // then the failure is shown and the diagram is still there, unchanged
    await expect(modeler.notices).toContainText('kein lesbares BPMN-2.0-Diagramm');
    await expect(modeler.canvas.getByText('Antrag prüfen')).toBeVisible();
    await expect(modeler.savedState()).toBeVisible();
  });
});
