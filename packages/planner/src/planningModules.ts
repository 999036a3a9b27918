/**
 * The planning APIs as modules for createApp: waves and capacity with the effort table they count with,
 * problem reports, department status reports and table exports, each mounted under /api/v1/rollout.
 */
import type { Connection } from 'mongoose';
import { accountModel, departmentModel, DepartmentsRepository, processModel, type ApiModule } from '@efile/catalogue';
import { DEFAULT_EFFORT_TABLE, type EffortTable } from './domain/capacity.js';
import { effortTableModel } from './effortTable/effortTable.model.js';
import { effortTableOperations } from './effortTable/effortTable.operations.js';
import { EffortTableRepository } from './effortTable/effortTable.repository.js';
import { effortTableRouter } from './effortTable/effortTable.router.js';
import { EffortTableService } from './effortTable/effortTable.service.js';
import { ExportRegistry } from './exports/exportTable.js';
import { exportOperations } from './exports/exports.operations.js';
import { exportsRouter } from './exports/exports.router.js';
import { ExportsService } from './exports/exports.service.js';
import { problemModel } from './problems/problem.model.js';
import { problemOperations } from './problems/problems.operations.js';
import { ProblemsRepository } from './problems/problems.repository.js';
import { problemsRouter } from './problems/problems.router.js';
import { ProblemsService } from './problems/problems.service.js';
import { problemsExport } from './problems/problemsExport.js';
import { reportOperations } from './reports/reports.operations.js';
import { ReportsRepository } from './reports/reports.repository.js';
import { reportsRouter } from './reports/reports.router.js';
import { ReportsService } from './reports/reports.service.js';
import { statusReportModel } from './reports/statusReport.model.js';
import { statusReportsExport } from './reports/statusReportsExport.js';
import { DEFAULT_ROLLOUT_TARGET_DATE, parseTargetDate } from './rolloutModule.js';
import { planModel } from './waves/plan.model.js';
import { PlansRepository } from './waves/plans.repository.js';
import { PlansService } from './waves/plans.service.js';
import type { StageReader } from './waves/stageReader.js';
import { waveModel } from './waves/wave.model.js';
import { waveOperations } from './waves/waves.operations.js';
import { WavesRepository } from './waves/waves.repository.js';
import { wavesRouter } from './waves/waves.router.js';
import { DEFAULT_ASSUMPTIONS, WavesService, type PlanningAssumptions } from './waves/waves.service.js';
import { wavesExport } from './waves/wavesExport.js';

export {
  ExportRegistry,
  type ExportColumn,
  type ExportColumnType,
  type ExportProducer,
  type ExportTable,
  type ExportValue,
} from './exports/exportTable.js';
export type { StageReader, StageSnapshot } from './waves/stageReader.js';
export { DEFAULT_ASSUMPTIONS, type PlanningAssumptions } from './waves/waves.service.js';

export interface PlanningDeps {
  connection: Connection;
  /** The current stage and support level of processes (the rollout module's state). */
  stages: StageReader;
  /**
   * Person-days per support level and complexity while central IT has stored no table of its own
   * (PUT /rollout/effort-table); default DEFAULT_EFFORT_TABLE.
   */
  effortTable?: EffortTable;
  /** What an unplanned process counts as; default DEFAULT_ASSUMPTIONS (consulting, medium). */
  assumptions?: PlanningAssumptions;
  /**
   * The export tables; the modules register `waves`, `problems` and `status-reports` in it. Pass one to
   * register more tables (before or after), e.g. the dashboard's coverage tables.
   */
  exports?: ExportRegistry;
  /** The time (ages of problems, the current month, file names, today for forecasts); tests fix it. */
  now?: () => Date;
  /** The date the waves' capacity-aware forecast is held against; default DEFAULT_ROLLOUT_TARGET_DATE. */
  targetDate?: string;
}

/**
 * The modules at /rollout/waves, /rollout/effort-table, /rollout/problems, /rollout/reports and
 * /rollout/exports.
 */
export function planningModules(deps: PlanningDeps): ApiModule[] {
  const { connection, stages } = deps;
  const now = deps.now ?? (() => new Date());
  const processes = processModel(connection);
  const departments = new DepartmentsRepository(departmentModel(connection));

  const effortTable = new EffortTableService(
    new EffortTableRepository(effortTableModel(connection)),
    deps.effortTable ?? DEFAULT_EFFORT_TABLE,
  );
  const plansRepository = new PlansRepository(planModel(connection));
  const waves = new WavesService({
    waves: new WavesRepository(waveModel(connection)),
    plans: plansRepository,
    processes,
    departments,
    stages,
    effortTable,
    assumptions: deps.assumptions ?? DEFAULT_ASSUMPTIONS,
    targetDate: parseTargetDate(deps.targetDate ?? DEFAULT_ROLLOUT_TARGET_DATE, 'targetDate'),
    now,
  });
  const plans = new PlansService(plansRepository, processes);
  const problems = new ProblemsService({
    repository: new ProblemsRepository(problemModel(connection)),
    processes,
    departments,
    accounts: accountModel(connection),
    now,
  });
  const reports = new ReportsService({
    repository: new ReportsRepository(statusReportModel(connection)),
    departments,
    now,
  });

  const registry = deps.exports ?? new ExportRegistry();
  registry.registerExportTable('waves', wavesExport(waves, now));
  registry.registerExportTable('problems', problemsExport(problems, now));
  registry.registerExportTable('status-reports', statusReportsExport(reports));

  return [
    { path: '/rollout/waves', router: wavesRouter(waves, plans), operations: waveOperations },
    { path: '/rollout/effort-table', router: effortTableRouter(effortTable), operations: effortTableOperations },
    { path: '/rollout/problems', router: problemsRouter(problems), operations: problemOperations },
    { path: '/rollout/reports', router: reportsRouter(reports), operations: reportOperations },
    { path: '/rollout/exports', router: exportsRouter(new ExportsService(registry)), operations: exportOperations },
  ];
}
