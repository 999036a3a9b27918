/**
 * The conformance view of a variant (in the modeler of a variant, or on its page): the
 * comparison chosen, two coloured viewers and the list of changes, "mark as reviewed".
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class ConformanceView {
  readonly root: Locator;
  readonly comparison: Locator;
  readonly changes: Locator;
  readonly markReviewed: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('conformance-panel');
    this.comparison = this.root.getByLabel('Vergleich');
    this.changes = this.root.getByRole('region', { name: /^Änderungen \(/ });
    this.markReviewed = this.root.getByRole('button', { name: /Als geprüft markieren/ });
  }

  /** Opens the view from the modeler of a variant. */
  async openFromModeler(): Promise<void> {
    await this.page.getByRole('button', { name: 'Abweichungen von der Basis prüfen' }).click();
    await expect(this.root).toBeVisible();
  }

  /** The changes listed, as [kind, element name] pairs. */
  async listedChanges(): Promise<string[][]> {
    await expect(this.changes).toBeVisible({ timeout: 15_000 });
    return this.changes
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.querySelectorAll('td')].slice(0, 2).map((cell) => (cell.textContent ?? '').trim())),
      );
  }

  /** Elements marked on a viewer's canvas as a kind of change. */
  marked(side: 'Vorher' | 'Nachher', kind: 'added' | 'removed' | 'changed' | 'layoutChanged'): Locator {
    return this.root.getByRole('group', { name: new RegExp(`^${side}:`) }).locator(`.djs-element.diff-${kind}`);
  }
}
