/**
 * The planner's rollout API as a module of the catalogue app (`createApp({modules})`), mounted at
 * /api/v1/rollout: stages and history (rollout/), dashboard figures (dashboard/). Waves, problems,
 * status reports and exports are separate modules below the same path; they read the rollout state
 * through {@link RolloutStateReader} (`rolloutState(connection)`).
 */
import type { Connection } from 'mongoose';
import { defaultCatalogueConfig, guardedRouter, type ApiModule } from '@efile/catalogue';
import { toMs } from './domain/calendar.js';
import { registerDashboardExports } from './dashboard/dashboardExports.js';
import { dashboardRouter } from './dashboard/dashboard.router.js';
import { DashboardRepository } from './dashboard/dashboard.repository.js';
import { DashboardService } from './dashboard/dashboard.service.js';
import { RolloutRepository } from './rollout/rollout.repository.js';
import { rolloutRouter } from './rollout/rollout.router.js';
import { RolloutService } from './rollout/rollout.service.js';
import { rolloutState } from './rollout/rolloutState.js';
import type { ExportRegistry } from './exports/exportTable.js';
import { rolloutOperations } from './rolloutOperations.js';

/** The rollout target date when none is configured. */
export const DEFAULT_ROLLOUT_TARGET_DATE = '2028-12-31';

export interface RolloutModuleOptions {
  connection: Connection;
  /** The date the forecast is held against by default (YYYY-MM-DD); default {@link DEFAULT_ROLLOUT_TARGET_DATE}. */
  targetDate?: string;
  /** The clock (tests fix it); default the system clock. */
  now?: () => Date;
  /** Largest JSON body in bytes; default the catalogue's. */
  jsonMaxBytes?: number;
  /** Largest history file in bytes; default the catalogue's import limit. */
  importMaxBytes?: number;
  /** Read the stage history into memory right away rather than at the first request; default false. */
  preload?: boolean;
  /**
   * The export tables of /rollout/exports (planningModules serves them): when given, the dashboard's
   * tables are registered in it (see dashboard/dashboardExports.ts).
   */
  exports?: ExportRegistry;
}

/** Checks a configured target date: a real day, YYYY-MM-DD. */
export function parseTargetDate(value: string, name = 'ROLLOUT_TARGET_DATE'): string {
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    (() => {
      try {
        return new Date(toMs(value)).toISOString().slice(0, 10) === value;
      } catch {
        return false;
      }
    })();
  if (!valid) throw new Error(`${name} must be a date YYYY-MM-DD, not "${value}".`);
  return value;
}

/** The module's settings from the environment: `ROLLOUT_TARGET_DATE` (YYYY-MM-DD). */
export function rolloutOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Pick<RolloutModuleOptions, 'targetDate'> {
  const target = env.ROLLOUT_TARGET_DATE?.trim();
  return target ? { targetDate: parseTargetDate(target) } : {};
}

/** The rollout API (stages, history, dashboard) over one database connection. */
export function rolloutModule(options: RolloutModuleOptions): ApiModule {
  const now = options.now ?? (() => new Date());
  const targetDate = parseTargetDate(options.targetDate ?? DEFAULT_ROLLOUT_TARGET_DATE, 'targetDate');
  const state = rolloutState(options.connection);
  const repository = new RolloutRepository(options.connection);
  if (options.preload) void state.totals().catch(() => undefined);

  const router = guardedRouter();
  router.router.use(
    rolloutRouter(new RolloutService(state, repository, now), {
      jsonMaxBytes: options.jsonMaxBytes ?? defaultCatalogueConfig.jsonMaxBytes,
      importMaxBytes: options.importMaxBytes ?? defaultCatalogueConfig.importMaxBytes,
    }).router,
  );
  const dashboard = new DashboardService(new DashboardRepository(repository, state), { targetDate, now });
  router.router.use(dashboardRouter(dashboard).router);
  if (options.exports) registerDashboardExports(options.exports, dashboard);
  // Each route parses its own body (JSON, or CSV for the history import).
  return { path: '/rollout', router, operations: rolloutOperations, json: false };
}
