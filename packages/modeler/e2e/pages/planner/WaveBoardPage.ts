/**
 * The wave board (/rollout/waves): waves as columns with capacity and departments, the move menu of
 * each department, creating a wave, the dialogs to edit and delete a wave and to move its processes,
 * the what-if panel, and the effort table with its edit dialog.
 */
import type { Locator, Page } from '@playwright/test';

export class WaveBoardPage {
  readonly heading: Locator;
  readonly board: Locator;
  readonly status: Locator;
  readonly whatIfToggle: Locator;
  readonly whatIf: Locator;
  readonly whatIfResult: Locator;
  readonly createToggle: Locator;
  readonly moveButtons: Locator;
  /** The capacity-aware forecast below the board. */
  readonly capacityForecast: Locator;
  /** The effort table section below the board. */
  readonly effortSection: Locator;
  /** The effort table itself (support levels as row headers, complexities as column headers). */
  readonly effortTable: Locator;
  /** The button that opens the effort table's edit dialog (admins). */
  readonly editEffortTableButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.board = page.getByRole('list', { name: 'Wellenplan' });
    this.status = page.getByTestId('wave-status');
    this.whatIfToggle = page.getByRole('button', { name: /Was-wäre-wenn/ });
    this.whatIf = page.getByTestId('what-if');
    this.whatIfResult = page.getByTestId('what-if-result');
    this.createToggle = page.getByRole('button', { name: 'Welle anlegen' });
    this.moveButtons = page.getByRole('button', { name: /in eine andere Welle verschieben/ });
    this.capacityForecast = page.getByRole('region', { name: 'Prognose nach Beratungskapazität' });
    this.effortSection = page.getByRole('region', { name: 'Aufwandstabelle (Personentage je Prozess)' });
    this.effortTable = this.effortSection.getByRole('table');
    this.editEffortTableButton = page.getByRole('button', { name: 'Aufwandstabelle bearbeiten' });
  }

  /** The effort table's cell of a support level and complexity, by their German names ("Beratung", "Mittel"). */
  effortCell(support: string, complexity: string): Locator {
    const column = ['Niedrig', 'Mittel', 'Hoch'].indexOf(complexity);
    if (column < 0) throw new Error(`no complexity column ${complexity}`);
    return this.effortTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: support, exact: true }) })
      .getByRole('cell')
      .nth(column);
  }

  /** A cell's field in the open effort table dialog: the fieldset of the support level, the complexity's label. */
  effortField(support: string, complexity: string): Locator {
    return this.dialog.getByRole('group', { name: support, exact: true }).getByLabel(complexity, { exact: true });
  }

  /** The error shown at a cell's field in the open effort table dialog. */
  effortFieldError(support: string, complexity: string): Locator {
    return this.dialog
      .getByRole('group', { name: support, exact: true })
      .locator('.field', { has: this.page.locator('label', { hasText: complexity }) })
      .locator('.field__error');
  }

  async goto(): Promise<void> {
    await this.page.goto('/rollout/waves');
  }

  /** The column of a wave, by its id. */
  wave(id: string): Locator {
    return this.board.locator(`li.wave[data-wave="${id}"]`);
  }

  /** The department entries of a wave's column. */
  departments(id: string): Locator {
    return this.wave(id).locator('.wave__departments > li');
  }

  /** The capacity bar of a wave's column, with its text ("Bedarf … von … Personentagen"). */
  capacity(id: string): Locator {
    return this.wave(id).getByTestId('capacity');
  }

  /** The individually listed processes of a wave's column. */
  processes(id: string): Locator {
    return this.wave(id).getByTestId('wave-processes').locator('li');
  }

  /** The button of a wave's column that opens the edit dialog, by the wave's name. */
  editButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Welle „${name}“ bearbeiten` });
  }

  /** The button of a wave's column that opens the delete dialog, by the wave's name. */
  deleteButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Welle „${name}“ löschen` });
  }

  /** The button of a wave's column that opens the dialog to move its processes, by the wave's name. */
  moveProcessesButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Prozesse aus „${name}“ verschieben` });
  }

  /** The open modal dialog. */
  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** A field of the open dialog, by its German label. */
  dialogField(label: string): Locator {
    return this.dialog.getByLabel(label);
  }

  /** The error shown at a field of the open dialog, by the field's German label. */
  dialogFieldError(label: string): Locator {
    return this.dialog
      .locator('.field', { has: this.page.locator('label', { hasText: label }) })
      .locator('.field__error');
  }

  /** The menu button that moves a department. */
  moveButton(code: string): Locator {
    return this.page.getByRole('button', { name: `Amt ${code} in eine andere Welle verschieben` });
  }

  /** The open move menu. */
  get menu(): Locator {
    return this.page.getByRole('menu');
  }

  /** A field of the what-if panel, by its German label. */
  whatIfField(label: string): Locator {
    return this.whatIf.getByLabel(label);
  }

  /** The what-if result's row of a wave. */
  whatIfRow(id: string): Locator {
    return this.whatIfResult.locator(`tbody tr[data-wave="${id}"]`);
  }
}
