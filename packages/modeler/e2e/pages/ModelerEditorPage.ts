/**
 * The BPMN modeler of a process (/processes/:key/edit): canvas, toolbar, side panel with
 * properties, steps and issues, the save and conflict dialogs. Selectors live here; specs read
 * as steps.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class ModelerEditorPage {
  readonly root: Locator;
  readonly canvas: Locator;
  readonly toolbar: Locator;
  readonly notices: Locator;
  readonly version: Locator;
  readonly saveDialog: Locator;
  readonly conflictDialog: Locator;
  readonly properties: Locator;
  readonly steps: Locator;
  readonly issues: Locator;
  /** The notice of the read-only view ("Nur Lesen"). */
  readonly readOnlyNotice: Locator;
  readonly palette: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('.modeler-page');
    this.canvas = page.getByRole('region', { name: /^(BPMN-Diagramm|BPMN diagram)/ });
    this.toolbar = page.getByRole('toolbar', { name: 'Werkzeuge des Modellierers' });
    this.notices = page.locator('.modeler-notices');
    this.version = page.getByTestId('modeler-version');
    this.saveDialog = page.getByRole('dialog', { name: 'Neue Version speichern' });
    this.conflictDialog = page.getByRole('dialog', { name: 'Jemand hat inzwischen gespeichert' });
    this.properties = page.locator('.bio-properties-panel');
    this.steps = page.getByRole('region', { name: 'Schritte in Ablauffolge' });
    this.issues = page.getByRole('region', { name: 'Prüfhinweise' });
    this.readOnlyNotice = page.getByTestId('read-only-notice');
    this.palette = page.locator('.djs-palette');
  }

  /** Opens the modeler of a process and waits until its diagram is on the canvas. */
  async open(processKey: string): Promise<void> {
    await this.page.goto(`/processes/${encodeURIComponent(processKey)}/edit`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  }

  button(name: string | RegExp): Locator {
    return this.toolbar.getByRole('button', { name });
  }

  /** An entry of bpmn-js's palette, by its action (`create.task`, `hand-tool`). */
  paletteEntry(action: string): Locator {
    return this.palette.locator(`.entry[data-action="${action}"]`);
  }

  /** An entry of the context pad of the selected element, by its action (`append.append-task`). */
  contextPadEntry(action: string): Locator {
    return this.page.locator(`.djs-context-pad .entry[data-action="${action}"]`);
  }

  /** The shape of a BPMN element on the canvas. */
  shape(elementId: string): Locator {
    return this.canvas.locator(`.djs-shape[data-element-id="${elementId}"]`);
  }

  /** All shapes on the canvas (labels and the root left out). */
  shapes(): Locator {
    return this.canvas.locator('.djs-shape:not(.djs-label)');
  }

  /** The visible label texts of the canvas. */
  async canvasTexts(): Promise<string[]> {
    return this.canvas.locator('.djs-visual text').allTextContents();
  }

  /** The label of an element as drawn (its wrapped lines joined by spaces). */
  async label(elementId: string): Promise<string> {
    const lines = await this.canvas
      .locator(
        `.djs-element[data-element-id="${elementId}"] text tspan, .djs-element[data-element-id="${elementId}_label"] text tspan`,
      )
      .allTextContents();
    return lines.map((line) => line.trim()).join(' ');
  }

  async selectShape(elementId: string): Promise<void> {
    await this.shape(elementId).click();
  }

  tab(name: 'Eigenschaften' | 'Schritte' | RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** Shows the properties tab and opens a group (Allgemein, Dokumentation, E-Akte) if it is closed. */
  async openPropertiesGroup(label: string): Promise<void> {
    await this.tab('Eigenschaften').click();
    const header = this.properties.locator('.bio-properties-panel-group-header', { hasText: label }).first();
    if (!(await header.getAttribute('class'))?.includes('open')) await header.click();
    await expect(header).toHaveClass(/\bopen\b/);
  }

  propertiesField(label: string): Locator {
    return this.properties.getByLabel(label, { exact: true });
  }

  /** Sets a text field of the properties panel and waits until the diagram took it. */
  async setProperty(group: string, label: string, value: string): Promise<void> {
    await this.openPropertiesGroup(group);
    const field = this.propertiesField(label);
    await field.fill(value);
    await field.press('Tab');
  }

  /** Saves a new version with a note through the dialog and waits for the confirmation. */
  async save(message: string): Promise<void> {
    await this.button('Speichern …').click();
    await expect(this.saveDialog).toBeVisible();
    await this.saveDialog.getByLabel('Änderungsnotiz (optional)').fill(message);
    await this.saveDialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  }

  /** The notice that a version was saved. */
  savedNotice(version: number): Locator {
    return this.notices.getByText(new RegExp(`Version ${version} gespeichert`));
  }

  /** Opens a BPMN file from disk through the toolbar's file input. */
  async openFile(path: string): Promise<void> {
    await this.page.getByTestId('bpmn-file-input').setInputFiles(path);
  }

  /** The rename field of step `number` (1-based) in the step list. */
  stepName(number: number): Locator {
    return this.steps.getByRole('textbox', { name: new RegExp(`^Name von Schritt ${number} `) });
  }

  /** The rename field of the step with a BPMN id in the step list. */
  stepNameOf(elementId: string): Locator {
    return this.steps.locator(`input[data-step-id="${elementId}"]`);
  }

  /** The step list as rows of [number, name, type, lane]. */
  async stepRows(): Promise<string[][]> {
    return this.steps.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('th, td')];
        return cells.map((cell) => {
          const input = cell.querySelector('input');
          return (input ? input.value : (cell.textContent ?? '')).trim();
        });
      }),
    );
  }

  unsavedState(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Ungespeicherte Änderungen' });
  }

  savedState(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Alle Änderungen gespeichert' });
  }
}
