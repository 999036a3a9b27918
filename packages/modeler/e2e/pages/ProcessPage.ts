/**
 * A process's page: metadata (view and edit form), diagram, versions, variant and adoption sections.
 */
import type { Locator, Page } from '@playwright/test';

export class ProcessPage {
  readonly heading: Locator;
  readonly metadata: Locator;
  readonly editButton: Locator;
  readonly saveButton: Locator;
  readonly cancelButton: Locator;
  readonly savedNotice: Locator;
  readonly errorSummary: Locator;
  readonly formStatus: Locator;
  readonly conflictDialog: Locator;
  readonly diagram: Locator;
  readonly versions: Locator;
  readonly variantInfo: Locator;
  readonly adoptionSummary: Locator;
  readonly adoptButton: Locator;
  readonly backLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.metadata = page.getByTestId('process-metadata');
    this.editButton = page.getByRole('button', { name: 'Stammdaten bearbeiten' });
    this.saveButton = page.getByRole('button', { name: 'Speichern', exact: true });
    this.cancelButton = page.locator('.form__actions').getByRole('button', { name: 'Abbrechen' });
    this.savedNotice = page.getByTestId('saved-notice');
    this.errorSummary = page.getByTestId('error-summary');
    this.formStatus = page.locator('.form__status');
    this.conflictDialog = page.getByRole('dialog', { name: 'Inzwischen geändert' });
    this.diagram = page.getByTestId('diagram-canvas');
    this.versions = page.getByTestId('version-history');
    this.variantInfo = page.getByTestId('variant-info');
    this.adoptionSummary = page.getByTestId('adoption-summary');
    this.adoptButton = page.getByRole('button', { name: 'Basisprozess übernehmen' });
    this.backLink = page.getByRole('link', { name: /Zurück zum Prozesskatalog/ });
  }

  async goto(key: string, version?: number): Promise<void> {
    await this.page.goto(`/processes/${key}${version !== undefined ? `?version=${version}` : ''}`);
  }

  /** The shown value of a metadata entry, by its German term. */
  value(term: string): Locator {
    return this.metadata
      .locator('.metadata__row')
      .filter({ has: this.page.locator('dt', { hasText: term }) })
      .locator('dd');
  }

  /** A control of the edit form, by its German label. */
  field(label: string): Locator {
    return this.page.locator('.process-form').getByLabel(label);
  }

  fieldError(label: string): Locator {
    return this.page
      .locator('.process-form .field', { has: this.page.getByText(label, { exact: false }) })
      .locator('.field__error');
  }

  /** An element of the diagram preview, by its BPMN id. */
  diagramElement(elementId: string): Locator {
    return this.diagram.locator(`.djs-element[data-element-id="${elementId}"]`);
  }

  /** The label of an element in the diagram preview as drawn (its wrapped lines joined by spaces). */
  async diagramLabel(elementId: string): Promise<string> {
    const lines = await this.diagram
      .locator(
        `.djs-element[data-element-id="${elementId}"] text tspan, .djs-element[data-element-id="${elementId}_label"] text tspan`,
      )
      .allTextContents();
    return lines.map((line) => line.trim()).join(' ');
  }

  versionRow(version: number): Locator {
    return this.versions.locator('tbody tr', { has: this.page.locator(`th:text-is("${version}")`) });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }
}
