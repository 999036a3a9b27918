/**
 * The printable council report (/rollout/report).
 */
import type { Locator, Page } from '@playwright/test';

export class CouncilReportPage {
  readonly heading: Locator;
  readonly printButton: Locator;
  readonly date: Locator;
  readonly coverage: Locator;
  readonly burnupTable: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.printButton = page.getByRole('button', { name: 'Drucken' });
    this.date = page.getByTestId('report-date');
    this.coverage = page.getByTestId('report-coverage');
    this.burnupTable = page.getByTestId('burnup-table');
    this.problems = page.getByTestId('report-problems');
  }

  async goto(): Promise<void> {
    await this.page.goto('/rollout/report');
  }
}
