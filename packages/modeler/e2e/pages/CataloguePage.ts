/**
 * The process catalogue: search, filters, the table, paging. Texts are the German defaults.
 */
import type { Locator, Page } from '@playwright/test';

export type SortColumn = 'Schlüssel' | 'Name' | 'Amt' | 'Fallzahl pro Jahr' | 'Geändert';

export class CataloguePage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly departmentToggle: Locator;
  readonly kind: Locator;
  readonly baseProcess: Locator;
  readonly group: Locator;
  readonly tag: Locator;
  readonly resultCount: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly empty: Locator;
  readonly resetFilters: Locator;
  readonly nextPage: Locator;
  readonly pagePosition: Locator;
  readonly activeFilters: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.search = page.getByRole('searchbox', { name: 'Suche' });
    this.departmentToggle = page.locator('.department-filter summary');
    this.kind = page.getByLabel('Art', { exact: true });
    this.baseProcess = page.getByLabel('Varianten von');
    this.group = page.getByLabel('Prozessgruppe');
    this.tag = page.getByLabel('Schlagwort', { exact: true });
    this.resultCount = page.getByTestId('result-count');
    this.table = page.locator('table.table');
    this.rows = this.table.locator('tbody tr');
    this.empty = page.getByTestId('empty-result');
    this.resetFilters = page.getByRole('button', { name: 'Alle Filter zurücksetzen' }).first();
    this.nextPage = page.getByRole('link', { name: 'Nächste Seite' });
    this.pagePosition = page.locator('.pagination__position');
    this.activeFilters = page.locator('.chips .chip');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/processes${query ? `?${query}` : ''}`);
  }

  /** Waits until the number of matches is shown (the list has loaded). */
  async loaded(): Promise<void> {
    await this.resultCount.filter({ hasText: /gefunden/ }).waitFor();
  }

  departmentCheckbox(code: string): Locator {
    return this.page.locator('.department-filter').getByLabel(new RegExp(`^${code.replace('.', '\\.')} `));
  }

  async selectDepartments(codes: string[]): Promise<void> {
    if ((await this.page.locator('.department-filter[open]').count()) === 0) await this.departmentToggle.click();
    for (const code of codes) await this.departmentCheckbox(code).check();
  }

  sortButton(column: SortColumn): Locator {
    return this.table.locator('thead th button', { hasText: column });
  }

  sortHeader(column: SortColumn): Locator {
    return this.table.locator('thead th').filter({ has: this.page.locator('button', { hasText: column }) });
  }

  /** The texts of one column (0-based) of the shown rows. */
  async column(index: number): Promise<string[]> {
    return this.rows.locator(`:is(td, th):nth-child(${index + 1})`).allInnerTexts();
  }

  processLink(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }
}
