/**
 * The planner specs' fixtures, on top of the app's: the planner page objects, and the planner API as
 * the specs use it to arrange data and to check what the UI stored (waves, stage events, reports,
 * problems, the dashboard's figures).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type {
  EffortTableSetting,
  EffortTableUpdate,
  ProblemReportPage,
  RolloutDashboard,
  RolloutDepartment,
  RolloutEvent,
  RolloutEventList,
  RolloutProcessState,
  Session,
  StatusReport,
  Wave,
  WaveList,
  WaveWhatIf,
  WaveWhatIfResult,
} from '@efile/schemas';
import { CouncilReportPage } from '../pages/planner/CouncilReportPage';
import { ProcessRolloutSection } from '../pages/planner/ProcessRolloutSection';
import { RolloutDashboardPage } from '../pages/planner/RolloutDashboardPage';
import { RolloutDepartmentPage } from '../pages/planner/RolloutDepartmentPage';
import { WaveBoardPage } from '../pages/planner/WaveBoardPage';
import type { ApiClient } from '../support/ApiClient';
import { expect, test as base } from '../support/fixtures';

/** exceljs, as the planner package has it (the modeler does not depend on it). */
export const ExcelJS = createRequire(import.meta.url)(
  createRequire(import.meta.url).resolve('exceljs', {
    paths: [fileURLToPath(new URL('../../../planner/', import.meta.url))],
  }),
) as typeof import('exceljs');

let counter = 0;

/** An id no other test of this run used, e.g. for waves: e2e-<time>-<n>. */
export function uniqueId(prefix = 'e2e'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/** The current month as the API counts it (UTC). */
export function currentPeriod(): string {
  return new Date().toISOString().slice(0, 7);
}

/** Numbers and percentages as the German UI shows them. */
export const german = {
  number: (value: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(value),
  percent: (share: number) =>
    new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 }).format(share),
};

/** A cell of the effort table: a support level and a complexity. */
export interface EffortCell {
  support: keyof EffortTableUpdate;
  complexity: keyof EffortTableUpdate['consulting'];
}

/** The planner's API for one signed-in client. */
export class PlannerApi {
  constructor(readonly client: ApiClient) {}

  async accountId(): Promise<string> {
    return (await this.client.get<Session>('/session')).account.id;
  }

  dashboard(query = ''): Promise<RolloutDashboard> {
    return this.client.get<RolloutDashboard>(`/rollout/dashboard${query ? `?${query}` : ''}`);
  }

  department(code: string): Promise<RolloutDepartment> {
    return this.client.get<RolloutDepartment>(`/rollout/departments/${code}`);
  }

  state(key: string): Promise<RolloutProcessState> {
    return this.client.get<RolloutProcessState>(`/rollout/processes/${key}`);
  }

  async events(key: string): Promise<RolloutEvent[]> {
    return (await this.client.get<RolloutEventList>(`/rollout/processes/${key}/events`)).items;
  }

  /** Records a stage change as another user would. */
  async recordEvent(key: string, change: Record<string, unknown>): Promise<RolloutEvent> {
    const { events } = await this.state(key);
    const answer = await this.client.send('POST', `/rollout/processes/${key}/events`, change, events);
    expect(answer.status, `POST /rollout/processes/${key}/events`).toBe(201);
    return answer.body as RolloutEvent;
  }

  waves(): Promise<WaveList> {
    return this.client.get<WaveList>('/rollout/waves');
  }

  wave(id: string): Promise<Wave> {
    return this.client.get<Wave>(`/rollout/waves/${id}`);
  }

  async createWave(wave: Record<string, unknown>): Promise<Wave> {
    const answer = await this.client.send('POST', '/rollout/waves', wave);
    expect(answer.status, 'POST /rollout/waves').toBe(201);
    return answer.body as Wave;
  }

  async moveToWave(id: string, departments: string[]): Promise<void> {
    const { version } = await this.wave(id);
    const answer = await this.client.send('POST', `/rollout/waves/${id}/move`, { departments }, version);
    expect(answer.status, `POST /rollout/waves/${id}/move`).toBe(200);
  }

  async whatIf(scenario: WaveWhatIf): Promise<WaveWhatIfResult> {
    const answer = await this.client.send('POST', '/rollout/waves/what-if', scenario);
    expect(answer.status, 'POST /rollout/waves/what-if').toBe(200);
    return answer.body as WaveWhatIfResult;
  }

  effortTable(): Promise<EffortTableSetting> {
    return this.client.get<EffortTableSetting>('/rollout/effort-table');
  }

  /** Stores the effort table over the version now in force, as another user would. */
  async putEffortTable(table: EffortTableUpdate): Promise<EffortTableSetting> {
    const { version } = await this.effortTable();
    const answer = await this.client.send('PUT', '/rollout/effort-table', table, version);
    expect(answer.status, 'PUT /rollout/effort-table').toBe(200);
    return answer.body as EffortTableSetting;
  }

  /**
   * The effort-table cell a process counts in: its planning entry's support level and complexity, else
   * its current support level and the assumed complexity (the server's default assumptions: consulting,
   * medium).
   */
  async effortCellOf(key: string): Promise<EffortCell> {
    const plan = await this.client.send('GET', `/rollout/waves/plans/${key}`);
    if (plan.status === 200) return plan.body as EffortCell;
    expect(plan.status, `GET /rollout/waves/plans/${key}`).toBe(404);
    const { support } = await this.state(key);
    return { support: support ?? 'consulting', complexity: 'medium' };
  }

  report(department: string, period: string): Promise<StatusReport> {
    return this.client.get<StatusReport>(`/rollout/reports/${department}/${period}`);
  }

  problems(query: string): Promise<ProblemReportPage> {
    return this.client.get<ProblemReportPage>(`/rollout/problems?${query}`);
  }
}

interface PlannerFixtures {
  dashboard: RolloutDashboardPage;
  departmentPage: RolloutDepartmentPage;
  waveBoard: WaveBoardPage;
  rolloutSection: ProcessRolloutSection;
  councilReport: CouncilReportPage;
  /** The planner API signed in as a demo role. */
  plannerAs: (role: 'admin' | 'consultant' | 'modeller' | 'manager') => Promise<PlannerApi>;
}

export const test = base.extend<PlannerFixtures>({
  dashboard: async ({ page }, use) => use(new RolloutDashboardPage(page)),
  departmentPage: async ({ page }, use) => use(new RolloutDepartmentPage(page)),
  waveBoard: async ({ page }, use) => use(new WaveBoardPage(page)),
  rolloutSection: async ({ page }, use) => use(new ProcessRolloutSection(page)),
  councilReport: async ({ page }, use) => use(new CouncilReportPage(page)),
  plannerAs: async ({ apiAs }, use) => {
    await use(async (role) => new PlannerApi(await apiAs(role)));
  },
});

export { expect };
