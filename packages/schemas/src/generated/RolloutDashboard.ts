/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Coverage of a set of processes with the counting rule it follows.
 */
export type CityCoverage = CoverageCount & {
  rule: Label1;
};
/**
 * A rollout stage: not started → analysis (Ist-Aufnahme) → modelled → e-file configured → pilot → live; or not applicable (out of scope, with a reason).
 */
export type Stage = 'not_started' | 'analysis' | 'modelled' | 'efile_configured' | 'pilot' | 'live' | 'not_applicable';
/**
 * How a process is rolled out (Unterstützungsart): self_service (Selbstständig), consulting (Beratung), full_service (Vollservice), external (Extern).
 */
export type SupportLevel = 'self_service' | 'consulting' | 'full_service' | 'external';

/**
 * Everything the rollout dashboard shows, derived from the stage history at the time of the request: KPI tiles, coverage by department, group and support level, the support mix, the weekly burn-up and throughput, the completion forecast against the target date, and the base-process summary. Every figure comes with its counting rule.
 */
export interface RolloutDashboard {
  /**
   * An instant in UTC, ISO 8601.
   */
  generatedAt: string;
  /**
   * The day the figures and the forecast are computed for.
   */
  today: string;
  filter: {
    department: string | null;
    group: string | null;
    weighted: boolean;
    /**
     * A calendar day (UTC), YYYY-MM-DD.
     */
    targetDate: string;
  };
  scope: Label;
  kpis: {
    /**
     * Processes counted: the departments' processes and variants (no base process templates, nothing archived).
     */
    processes: number;
    inScope: number;
    live: number;
    coverage: CityCoverage;
    /**
     * Analysis, modelled, e-file configured or pilot.
     */
    inProgress: number;
    notStarted: number;
    notApplicable: number;
  };
  /**
   * Processes per stage, every stage in rollout order, not applicable last.
   */
  stages: {
    stage: Stage;
    label: Label1;
    count: number;
  }[];
  /**
   * Processes per stage of each department, counted like `stages` (the departments the caller may see, the department and group filters), in the order of `coverage.byDepartment.rows`.
   */
  stagesByDepartment: {
    /**
     * The department's number code (Amtsnummer), e.g. "32" or "36.1".
     */
    department: string;
    /**
     * Processes per stage; every stage listed.
     */
    counts: {
      not_started: number;
      analysis: number;
      modelled: number;
      efile_configured: number;
      pilot: number;
      live: number;
      not_applicable: number;
    };
  }[];
  coverage: {
    byDepartment: DepartmentCoverage;
    byGroup: GroupCoverage;
    bySupport: SupportCoverage;
  };
  supportMix: SupportMix;
  burnup: Burnup;
  /**
   * The net weekly throughput (processes taken live minus those moved back) of the latest weeks, as the forecast samples it.
   */
  throughput: {
    rule: Label1;
    /**
     * Weeks considered (at most 12).
     */
    window: number;
    /**
     * Mean net throughput per week over the window; null without weeks.
     */
    mean: number | null;
    /**
     * The net throughput of the current week so far; null without weeks.
     */
    lastWeek: number | null;
    /**
     * Net throughput over all weeks.
     */
    total: number;
  };
  forecast: Forecast;
  /**
   * The base processes across the departments counted (GET /rollout/base-matrix has the cells).
   */
  baseProcesses: {
    rule: Label1;
    departments: number;
    /**
     * Base processes.
     */
    total: number;
    /**
     * Base processes live in at least one department.
     */
    liveInAtLeastOne: number;
    /**
     * Base processes live in every department in scope.
     */
    liveInEvery: number;
    rows: BaseProcessSummary[];
  };
}
/**
 * Which processes the figures count (the filter, the caller's departments, what is left out).
 */
export interface Label {
  de: string;
  en: string;
}
/**
 * Live ÷ in scope for one set of processes.
 */
export interface CoverageCount {
  live: number;
  /**
   * All processes but those not applicable.
   */
  inScope: number;
  /**
   * A share from 0 to 1; null when the denominator is 0 (no ratio rather than 0 or NaN).
   */
  ratio: number | null;
  notApplicable: number;
  weighted?: WeightedCoverage;
}
/**
 * Coverage weighted by annual case volume (Fallzahl).
 */
export interface WeightedCoverage {
  /**
   * Sum of the case volumes of the processes live.
   */
  live: number;
  /**
   * Sum of the case volumes of the processes in scope.
   */
  inScope: number;
  /**
   * A share from 0 to 1; null when the denominator is 0 (no ratio rather than 0 or NaN).
   */
  ratio: number | null;
  /**
   * Processes in scope without a case volume (counted with weight 0).
   */
  withoutVolume: number;
}
/**
 * A text in German (shown in the UI) and English.
 */
export interface Label1 {
  de: string;
  en: string;
}
/**
 * Coverage per department (Amt), with the rule shared by all rows.
 */
export interface DepartmentCoverage {
  rule: Label1;
  rows: (CoverageCount & {
    /**
     * The department's number code (Amtsnummer), e.g. "32" or "36.1".
     */
    department: string;
  })[];
}
/**
 * Coverage per process group; the row without a group has group null.
 */
export interface GroupCoverage {
  rule: Label1;
  rows: (CoverageCount & {
    group: string | null;
  })[];
}
/**
 * Coverage per support level of each process's latest event; processes without an event have support null.
 */
export interface SupportCoverage {
  rule: Label1;
  rows: (CoverageCount & {
    /**
     * A support level, or null for a process without any stage event.
     */
    support: SupportLevel | null;
  })[];
}
/**
 * Processes live per support level of the event that made them live.
 */
export interface SupportMix {
  rule: Label1;
  live: number;
  rows: {
    support: SupportLevel;
    live: number;
    /**
     * A share from 0 to 1; null when the denominator is 0 (no ratio rather than 0 or NaN).
     */
    share: number | null;
  }[];
}
/**
 * The weekly burn-up from the week of the first event to the week of today.
 */
export interface Burnup {
  rule: Label1;
  /**
   * The processes counted.
   */
  total: number;
  weeks: BurnupWeek[];
  lastLiveAt: string | null;
}
/**
 * The state of the rollout at the end of one ISO week, and what happened in it.
 */
export interface BurnupWeek {
  /**
   * The ISO week, e.g. 2026-W05.
   */
  week: string;
  /**
   * A calendar day (UTC), YYYY-MM-DD.
   */
  start: string;
  /**
   * A calendar day (UTC), YYYY-MM-DD.
   */
  end: string;
  live: number;
  inProgress: number;
  notStarted: number;
  notApplicable: number;
  inScope: number;
  becameLive: number;
  wentBack: number;
  /**
   * becameLive − wentBack (may be negative).
   */
  throughput: number;
}
/**
 * The completion forecast (Monte Carlo over the weekly throughput), by kind: forecast (P50 and P85), completed, nothing_in_scope, no_history, no_progress.
 */
export interface Forecast {
  kind: 'forecast' | 'completed' | 'nothing_in_scope' | 'no_history' | 'no_progress';
  rule: Label1;
  inScope: number;
  live: number;
  remaining: number;
  target: string | null;
  /**
   * Against the target date: on_track P85 ≤ target; at_risk P50 ≤ target < P85; off_track P50 > target; completed; unknown (no forecast, target not passed); null without a target.
   */
  status: ('on_track' | 'at_risk' | 'off_track' | 'completed' | 'unknown') | null;
  /**
   * The weekly throughputs sampled (forecast, no_progress).
   */
  samples?: number[];
  runs?: number;
  seed?: number;
  p50?: ForecastPoint;
  p85?: ForecastPoint;
  completedAt?: string | null;
  message?: Label1;
}
/**
 * A percentile of the simulated completion: weeks from today and the date; null beyond the horizon.
 */
export interface ForecastPoint {
  weeks: number | null;
  date: string | null;
}
/**
 * One base process across the departments: adopted by how many, live in how many, and live in at least one next to live in every department.
 */
export interface BaseProcessSummary {
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  baseProcess: string;
  name?: string;
  /**
   * Departments with a variant.
   */
  adoptedBy: number;
  /**
   * Departments but those whose variant is not applicable.
   */
  inScope: number;
  notApplicable: number;
  /**
   * Departments with a variant live.
   */
  live: number;
  /**
   * A share from 0 to 1; null when the denominator is 0 (no ratio rather than 0 or NaN).
   */
  ratio: number | null;
  liveInAtLeastOne: boolean;
  liveInEvery: boolean;
}
