/**
 * The rollout dashboard (/rollout): filters, key figures, burn-up, departments × stages, open
 * problems, traffic lights and the download links of each table. Texts are the German defaults.
 */
import type { Locator, Page } from '@playwright/test';

export type KpiId = 'inScope' | 'live' | 'coverage' | 'inProgress' | 'notApplicable' | 'baseAtLeastOne' | 'baseEvery';

export class RolloutDashboardPage {
  readonly heading: Locator;
  readonly department: Locator;
  readonly group: Locator;
  readonly scope: Locator;
  readonly burnup: Locator;
  readonly burnupChart: Locator;
  readonly burnupTableToggle: Locator;
  readonly burnupTable: Locator;
  readonly heatmap: Locator;
  readonly openProblemsCount: Locator;
  readonly forecast: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.department = page.getByRole('search').getByLabel('Amt', { exact: true });
    this.group = page.getByRole('search').getByLabel('Prozessgruppe');
    this.scope = page.getByTestId('dashboard-scope');
    this.burnup = page.getByTestId('burnup');
    this.burnupChart = page.getByRole('img', { name: 'Burn-up der Einführung' });
    this.burnupTableToggle = this.burnup.getByRole('button', { name: 'Als Tabelle anzeigen' });
    this.burnupTable = page.getByTestId('burnup-table');
    this.heatmap = page.getByTestId('heatmap');
    this.openProblemsCount = page.getByTestId('open-problems-count');
    this.forecast = page.getByTestId('forecast');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/rollout${query ? `?${query}` : ''}`);
  }

  /** Waits until the figures are shown and no newer ones are loading. */
  async loaded(): Promise<void> {
    await this.kpi('inScope').waitFor();
    await this.page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
  }

  /** The tile of a key figure. */
  kpiTile(id: KpiId): Locator {
    return this.page.getByTestId(`kpi-${id}`);
  }

  /** The value shown in a key figure's tile. */
  kpi(id: KpiId): Locator {
    return this.kpiTile(id).locator('.kpi__value');
  }

  /** A department's row of the departments × stages table. */
  heatmapRow(code: string): Locator {
    return this.heatmap.locator(`tbody tr[data-department="${code}"]`);
  }

  /** The cell of a department and a stage (API stage id). */
  heatmapCell(code: string, stage: string): Locator {
    return this.heatmapRow(code).locator(`td[data-stage="${stage}"]`);
  }

  /** The download link of a table, by its German name and the format ("CSV" or "Excel (XLSX)"). */
  exportLink(table: string, format: 'CSV' | 'Excel (XLSX)'): Locator {
    return this.page.getByRole('link', { name: `${table} als ${format} herunterladen` });
  }
}
