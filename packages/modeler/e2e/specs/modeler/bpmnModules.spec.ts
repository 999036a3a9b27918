/**
 * The modeler's bpmn-js extension modules, each bootstrapped alone (or with what it needs) in a
 * bare Modeler with the .bpmn fixtures beside this spec: keepUndrawnDi, flowReferences, the
 * administrative lint configuration with its static rule resolver, the e-file moddle extension,
 * the translation.
 */
import { readFileSync } from 'node:fs';
import { expect, test as base } from '@playwright/test';
import { largeDiagram } from '@efile/catalogue';
import { BpmnHarnessPage } from '../../pages/BpmnHarnessPage';
import { applicationDiagram } from './applicationDiagram';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const test = base.extend<{ harness: BpmnHarnessPage }>({
  harness: async ({ page }, use) => {
    const harness = new BpmnHarnessPage(page);
    await harness.load();
    await use(harness);
  },
});

const shapesOf = (xml: string) => [...xml.matchAll(/<bpmndi:BPMNShape [^>]*bpmnElement="([^"]+)"/g)].map((m) => m[1]);

test.describe('keepUndrawnDi', () => {
  test('keeps the shapes of a process no pool references when saving', async ({ harness }) => {
    // given a collaboration whose second process has shapes but no pool, opened with the module
    await harness.open(['keepUndrawnDi'], fixture('orphan-process.bpmn'));
    // when it is saved
    const xml = await harness.saveXML();
    // then the shapes and the edge of the undrawn process are still there
    expect(shapesOf(xml).sort()).toEqual(['Participant_Office', 'Start_Orphan', 'Task_InPool', 'Task_Orphan']);
    expect(xml).toContain('bpmnElement="Flow_Orphan"');
  });

  test('is what keeps them: bpmn-js alone drops them', async ({ harness }) => {
    // given the same diagram opened without the module
    await harness.open([], fixture('orphan-process.bpmn'));
    // when it is saved
    const xml = await harness.saveXML();
    // then only the drawn shapes remain
    expect(shapesOf(xml).sort()).toEqual(['Participant_Office', 'Task_InPool']);
  });
});

test.describe('completeFlowReferences', () => {
  test('gives flow nodes their incoming and outgoing flows when the file leaves them out', async ({ harness }) => {
    // given a diagram without <incoming>/<outgoing>, opened with the module
    await harness.open(['flowReferences'], applicationDiagram());
    // then the nodes know their flows, and saving writes them
    expect(await harness.flows('Gateway_Complete')).toEqual({ incoming: 1, outgoing: 2 });
    expect(await harness.flows('StartEvent_Received')).toEqual({ incoming: 0, outgoing: 1 });
    expect(await harness.saveXML()).toMatch(/<bpmn:task id="Task_Scan"[^>]*>\s*<bpmn:incoming>Flow_1<\/bpmn:incoming>/);
  });

  test('lets the linter see the connections', async ({ harness }) => {
    // given the same diagram linted with and without the module
    await harness.open(['lint'], applicationDiagram());
    const without = (await harness.lintIssues()).filter((issue) => issue.rule === 'no-disconnected');
    await harness.open(['flowReferences', 'lint'], applicationDiagram());
    const withModule = (await harness.lintIssues()).filter((issue) => issue.rule === 'no-disconnected');
    // then only without it are connected nodes reported as disconnected
    expect(without.length).toBeGreaterThan(0);
    expect(withModule).toEqual([]);
  });
});

test.describe('administrativeLinting', () => {
  test('reports missing names and loose elements as errors and allows joins without a gateway', async ({ harness }) => {
    // given a diagram with an unnamed task, a task connected to nothing and a join without gateway
    await harness.open(['flowReferences', 'lint'], fixture('lint-findings.bpmn'));
    // when it is linted
    const issues = await harness.lintIssues();
    const found = issues.map(({ elementId, rule, severity }) => `${elementId} ${rule} ${severity}`);
    // then the unnamed and the loose task are errors, the join is fine, and every rule resolved
    expect(found).toContain('Task_Unnamed label-required error');
    expect(found).toContain('Task_Loose no-disconnected error');
    expect(issues.filter((issue) => issue.elementId === 'Task_Join')).toEqual([]);
    expect(issues.filter((issue) => issue.severity === 'rule-error')).toEqual([]);
  });
});

test.describe('efile', () => {
  test('reads and writes the e-file attributes in the project namespace', async ({ harness }) => {
    // given a user task with e-file attributes and a data object without
    await harness.open(['efile'], fixture('efile-attributes.bpmn'));
    // when the data object gets a document type and the task a new filing plan reference
    await harness.update('DataRef_Notice', { 'efile:documentType': 'Bescheid' });
    await harness.update('Task_Decide', { 'efile:filingPlanRef': '020.10' });
    const xml = await harness.saveXML();
    // then both are saved as efile: attributes, the unchanged one kept
    expect(xml).toContain('xmlns:efile="https://efile-rollout.example/bpmn/efile"');
    expect(xml).toMatch(/<bpmn:userTask id="Task_Decide"[^>]*efile:documentType="Bescheid"/);
    expect(xml).toMatch(/<bpmn:userTask id="Task_Decide"[^>]*efile:filingPlanRef="020.10"/);
    expect(xml).toMatch(/<bpmn:dataObjectReference id="DataRef_Notice"[^>]*efile:documentType="Bescheid"/);
  });

  test('adds the group "E-Akte" to the properties panel of tasks', async ({ harness, page }) => {
    // given a modeler with the properties panel and the e-file group
    await harness.open(['efile'], fixture('efile-attributes.bpmn'));
    // when the task is selected
    await page.locator('.djs-shape[data-element-id="Task_Decide"]').click();
    // then the group shows its stored values
    const group = page.locator('.bio-properties-panel-group', { hasText: 'E-file' });
    await group.locator('.bio-properties-panel-group-header').click();
    await expect(group.getByLabel('Document type', { exact: true })).toHaveValue('Bescheid');
    await expect(group.getByLabel('Filing plan reference', { exact: true })).toHaveValue('0.10.1');
  });
});

test.describe('translate', () => {
  const cases: Array<[string, Record<string, string> | undefined, string]> = [
    ['Create task', undefined, 'Aufgabe anlegen'],
    ['{errors} Errors, {warnings} Warnings', { errors: '2', warnings: '1' }, '2 Fehler, 1 Warnungen'],
    ['Filing plan reference', undefined, 'Aktenplankennzeichen'],
    ['A text nobody translated {x}', { x: 'yet' }, 'A text nobody translated yet'],
  ];
  for (const [template, replacements, expected] of cases) {
    test(`translates "${template}"`, async ({ harness }) => {
      // given a modeler with the translation module
      await harness.open(['translate'], applicationDiagram());
      // when the template is translated, then the German text comes back, filled in
      expect(await harness.translate(template, replacements)).toBe(expected);
    });
  }
});

test.describe('fitOnImport', () => {
  const reference = (name: string) =>
    readFileSync(new URL(`../../../../../../shared/fixtures/bpmn/miwg/Reference/${name}`, import.meta.url), 'utf8');

  const files: Array<[string, () => string]> = [
    ...['A.2.0.bpmn', 'A.4.1.bpmn', 'B.2.0.bpmn', 'C.1.0.bpmn', 'C.3.0.bpmn'].map((name): [string, () => string] => [
      name,
      () => reference(name),
    ]),
    ['a generated diagram of 300 flow nodes', () => largeDiagram({ flowNodes: 300 })],
  ];
  for (const [name, xml] of files) {
    test(`fits ${name} before drawing as diagram-js fits the drawn diagram`, async ({ harness }) => {
      // given a file with one diagram, opened with the module
      await harness.open(['fitOnImport'], xml());
      const beforeDrawing = await harness.viewbox();
      // when the drawn diagram is fitted by measuring it, as the page did before
      const measured = await harness.fitDrawn();
      // then the view fitted from the diagram interchange is the same within a few per cent
      expect(await harness.fittedOnImport()).toBe(true);
      expect(Math.abs(beforeDrawing.scale - measured.scale) / measured.scale).toBeLessThan(0.05);
      const centre = (view: typeof measured) => ({ x: view.x + view.width / 2, y: view.y + view.height / 2 });
      expect(Math.abs(centre(beforeDrawing).x - centre(measured).x)).toBeLessThan(measured.width * 0.03);
      expect(Math.abs(centre(beforeDrawing).y - centre(measured).y)).toBeLessThan(measured.height * 0.03);
    });
  }

  test('is what fits: without it the view stays where it was', async ({ harness }) => {
    // given a reference file whose drawing lies away from the origin, opened without the module
    await harness.open([], reference('C.1.0.bpmn'));
    const view = await harness.viewbox();
    const measured = await harness.fitDrawn();
    // then the view before fitting is the unfitted one
    expect(view.scale).toBe(1);
    expect({ x: view.x, y: view.y }).toEqual({ x: 0, y: 0 });
    expect(measured.scale === 1 && measured.x === 0 && measured.y === 0).toBe(false);
  });

  test('leaves a file with several diagrams to be fitted after drawing', async ({ harness }) => {
    // given a reference file with four diagrams (subprocess planes), opened with the module
    await harness.open(['fitOnImport'], reference('C.4.0.bpmn'));
    // then the module did not fit it (which plane bpmn-js shows first is its own choice)
    expect(await harness.fittedOnImport()).toBe(false);
  });
});
