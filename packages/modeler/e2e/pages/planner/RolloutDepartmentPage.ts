/**
 * A department's rollout page (/rollout/departments/:code): state, processes by stage, status
 * reports with this month's form, problem reports with the forms to report and resolve.
 */
import type { Locator, Page } from '@playwright/test';

export class RolloutDepartmentPage {
  readonly heading: Locator;
  readonly processes: Locator;
  readonly stageCounts: Locator;
  readonly reportForm: Locator;
  readonly reportText: Locator;
  readonly reportSubmit: Locator;
  readonly reportStatus: Locator;
  readonly reportRevisions: Locator;
  readonly reportHistory: Locator;
  readonly problems: Locator;
  readonly reportProblem: Locator;
  readonly problemForm: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.processes = page.getByTestId('department-processes');
    this.stageCounts = page.getByTestId('stage-counts');
    this.reportForm = page.getByTestId('status-report-form');
    this.reportText = this.reportForm.getByLabel('Meldung');
    this.reportSubmit = this.reportForm.getByRole('button', { name: 'Statusmeldung speichern' });
    this.reportStatus = this.reportForm.locator('.planner-form__status');
    this.reportRevisions = page.getByTestId('report-revisions');
    this.reportHistory = page.getByTestId('report-history');
    this.problems = page.getByTestId('problems');
    this.reportProblem = this.problems.getByRole('button', { name: 'Problem melden' });
    this.problemForm = page.getByTestId('problem-form');
  }

  async goto(code: string): Promise<void> {
    await this.page.goto(`/rollout/departments/${code}`);
  }

  /** Records the path and query of every status report read (GET /api/v1/rollout/reports…) from now on. */
  recordReportReads(): string[] {
    const reads: string[] = [];
    this.page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.method() === 'GET' && url.pathname.startsWith('/api/v1/rollout/reports')) {
        reads.push(`${url.pathname}${url.search}`);
      }
    });
    return reads;
  }

  /** A radio button of the traffic light ("Grün", "Gelb", "Rot"). */
  light(name: 'Grün' | 'Gelb' | 'Rot'): Locator {
    return this.reportForm.getByRole('radio', { name });
  }

  /** A field of the problem form, by its German label. */
  problemField(label: 'Titel' | 'Beschreibung' | 'Schwere' | 'Prozess'): Locator {
    return this.problemForm.getByLabel(label);
  }

  /** A problem report of the list, by its title. */
  problem(title: string): Locator {
    return this.problems.locator('li.problem-card', { has: this.page.getByRole('heading', { name: title }) });
  }

  /** The resolve form of a problem. */
  resolveForm(title: string): Locator {
    return this.problem(title).getByTestId('resolve-form');
  }
}
