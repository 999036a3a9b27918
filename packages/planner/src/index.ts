export * from './domain/stages.js';
export * from './domain/history.js';
export * from './domain/coverage.js';
export * from './domain/burnup.js';
export * from './domain/forecast.js';
export * from './domain/capacity.js';
export * from './domain/calendar.js';
export * from './domain/mulberry32.js';
export {
  rolloutModule,
  rolloutOptionsFromEnv,
  parseTargetDate,
  DEFAULT_ROLLOUT_TARGET_DATE,
  type RolloutModuleOptions,
} from './rolloutModule.js';
export { rolloutOperations } from './rolloutOperations.js';
export {
  rolloutState,
  invalidateRolloutState,
  RolloutState,
  type CurrentStage,
  type RolloutStateReader,
} from './rollout/rolloutState.js';
export {
  stageEventModel,
  stageEventId,
  toStageEventDoc,
  fromStageEventDoc,
  type StageEventDoc,
  type RecordedEvent,
} from './rollout/stageEvent.model.js';
export { checkConsistency, compareStates, historyIssues } from './rollout/rolloutConsistency.js';
export * from './planningModules.js';
export { plannerModules, type PlannerModulesOptions } from './plannerModules.js';
export {
  DASHBOARD_EXPORT_TABLES,
  registerDashboardExports,
  type DashboardExportTable,
} from './dashboard/dashboardExports.js';
