/**
 * The whole rollout planner as modules for createApp, over one database connection: waves, problems,
 * status reports and exports (planningModules), then stages, history and the dashboard (rolloutModule).
 * They share one rollout state (the stage reader of the planning modules) and one export registry, so
 * /rollout/exports serves the dashboard's tables as well as the planning tables.
 */
import type { Connection } from 'mongoose';
import type { ApiModule } from '@efile/catalogue';
import type { EffortTable } from './domain/capacity.js';
import { ExportRegistry } from './exports/exportTable.js';
import { planningModules } from './planningModules.js';
import { rolloutState } from './rollout/rolloutState.js';
import { rolloutModule, type RolloutModuleOptions } from './rolloutModule.js';
import type { PlanningAssumptions } from './waves/waves.service.js';

export interface PlannerModulesOptions extends Omit<RolloutModuleOptions, 'exports'> {
  connection: Connection;
  /**
   * Person-days per support level and complexity while central IT has stored no table of its own
   * (PUT /rollout/effort-table); default DEFAULT_EFFORT_TABLE.
   */
  effortTable?: EffortTable;
  /** What an unplanned process counts as; default DEFAULT_ASSUMPTIONS (consulting, medium). */
  assumptions?: PlanningAssumptions;
  /** The export registry to fill; default a new one. Pass one to register further tables. */
  exports?: ExportRegistry;
}

/**
 * Every planner module, mounted under /api/v1/rollout: the planning modules first (their paths are
 * more specific), then the rollout module. One clock for all (`now`, default the system clock).
 */
export function plannerModules(options: PlannerModulesOptions): ApiModule[] {
  const { connection, effortTable, assumptions, exports: given, ...rollout } = options;
  const exports = given ?? new ExportRegistry();
  const now = options.now ?? (() => new Date());
  const planning = planningModules({
    connection,
    stages: rolloutState(connection),
    exports,
    now,
    ...(rollout.targetDate ? { targetDate: rollout.targetDate } : {}),
    ...(effortTable ? { effortTable } : {}),
    ...(assumptions ? { assumptions } : {}),
  });
  return [...planning, rolloutModule({ ...rollout, connection, now, exports })];
}
