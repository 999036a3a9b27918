/**
 * Query keys of the planner, one hierarchy under `['rollout']` so that a change invalidates what it
 * touches: a stage change the dashboard, the department and the process; a wave move the waves; a new
 * effort table the table and the waves (whose demand it counts).
 */
import type { ProblemReportListQuery, RolloutDashboardQuery } from '@efile/schemas';

export const plannerKeys = {
  all: ['rollout'] as const,
  figures: () => [...plannerKeys.all, 'figures'] as const,
  dashboard: (query: RolloutDashboardQuery) => [...plannerKeys.figures(), 'dashboard', query] as const,
  department: (code: string) => [...plannerKeys.figures(), 'department', code] as const,
  process: (key: string) => [...plannerKeys.all, 'process', key] as const,
  processState: (key: string) => [...plannerKeys.process(key), 'state'] as const,
  processEvents: (key: string) => [...plannerKeys.process(key), 'events'] as const,
  problems: () => [...plannerKeys.all, 'problems'] as const,
  problemList: (query: ProblemReportListQuery) => [...plannerKeys.problems(), query] as const,
  reports: () => [...plannerKeys.all, 'reports'] as const,
  reportList: (period: string, departments: readonly string[]) =>
    [...plannerKeys.reports(), 'list', period, departments] as const,
  reportHistory: (department: string, from: string, to: string) =>
    [...plannerKeys.reports(), 'history', department, from, to] as const,
  report: (department: string, period: string) => [...plannerKeys.reports(), department, period] as const,
  waves: () => [...plannerKeys.all, 'waves'] as const,
  effortTable: () => [...plannerKeys.all, 'effortTable'] as const,
};
