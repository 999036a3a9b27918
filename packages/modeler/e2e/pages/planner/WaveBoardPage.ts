/**
 * The wave board (/rollout/waves): waves as columns with capacity and departments, the move menu of
 * each department, creating a wave, and the what-if panel.
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
