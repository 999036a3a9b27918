/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * A rollout stage: not started → analysis (Ist-Aufnahme) → modelled → e-file configured → pilot → live; or not applicable (out of scope, with a reason).
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "Stage".
 */
export type Stage = 'not_started' | 'analysis' | 'modelled' | 'efile_configured' | 'pilot' | 'live' | 'not_applicable';
/**
 * How a process is rolled out (Unterstützungsart): self_service (Selbstständig), consulting (Beratung), full_service (Vollservice), external (Extern).
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "SupportLevel".
 */
export type SupportLevel = 'self_service' | 'consulting' | 'full_service' | 'external';
/**
 * A support level, or null for a process without any stage event.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "NullableSupportLevel".
 */
export type NullableSupportLevel = SupportLevel | null;
/**
 * A free note on the change (no personal data).
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "Note".
 */
export type Note = string;
/**
 * Why: required when moving backwards, to not applicable, or from not applicable back into scope.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "Reason".
 */
export type Reason = string;
/**
 * A calendar day (UTC), YYYY-MM-DD.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "Day".
 */
export type Day = string;
/**
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "NullableDay".
 */
export type NullableDay = Day | null;
/**
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "NullableTimestamp".
 */
export type NullableTimestamp = string | null;
/**
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "Count".
 */
export type Count = number;
/**
 * A share from 0 to 1; null when the denominator is 0 (no ratio rather than 0 or NaN).
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "Ratio".
 */
export type Ratio = number | null;
/**
 * Coverage of a set of processes with the counting rule it follows.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "CityCoverage".
 */
export type CityCoverage = CoverageCount & {
  rule: Label;
};
/**
 * Against the target date: on_track P85 ≤ target; at_risk P50 ≤ target < P85; off_track P50 > target; completed; unknown (no forecast, target not passed); null without a target.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "TargetStatus".
 */
export type TargetStatus = ('on_track' | 'at_risk' | 'off_track' | 'completed' | 'unknown') | null;

/**
 * Shared definitions of the rollout planner: stages, support levels, labels, and the figures the dashboard derives from the stage history (coverage, burn-up, forecast, base-process matrix), each with its counting rule.
 */
export interface RolloutStages {
  [k: string]: unknown | undefined;
}
/**
 * A text in German (shown in the UI) and English.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "Label".
 */
export interface Label {
  de: string;
  en: string;
}
/**
 * Coverage weighted by annual case volume (Fallzahl).
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "WeightedCoverage".
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
  ratio: Ratio;
  /**
   * Processes in scope without a case volume (counted with weight 0).
   */
  withoutVolume: number;
}
/**
 * Live ÷ in scope for one set of processes.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "CoverageCount".
 */
export interface CoverageCount {
  live: Count;
  /**
   * All processes but those not applicable.
   */
  inScope: number;
  ratio: Ratio;
  notApplicable: Count;
  weighted?: WeightedCoverage;
}
/**
 * Coverage per department (Amt), with the rule shared by all rows.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "DepartmentCoverage".
 */
export interface DepartmentCoverage {
  rule: Label;
  rows: (CoverageCount & {
    /**
     * The department's number code (Amtsnummer), e.g. "32" or "36.1".
     */
    department: string;
  })[];
}
/**
 * Coverage per process group; the row without a group has group null.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "GroupCoverage".
 */
export interface GroupCoverage {
  rule: Label;
  rows: (CoverageCount & {
    group: string | null;
  })[];
}
/**
 * Coverage per support level of each process's latest event; processes without an event have support null.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "SupportCoverage".
 */
export interface SupportCoverage {
  rule: Label;
  rows: (CoverageCount & {
    support: NullableSupportLevel;
  })[];
}
/**
 * Processes live per support level of the event that made them live.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "SupportMix".
 */
export interface SupportMix {
  rule: Label;
  live: Count;
  rows: {
    support: SupportLevel;
    live: Count;
    share: Ratio;
  }[];
}
/**
 * The state of the rollout at the end of one ISO week, and what happened in it.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "BurnupWeek".
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
  live: Count;
  inProgress: Count;
  notStarted: Count;
  notApplicable: Count;
  inScope: Count;
  becameLive: Count;
  wentBack: Count;
  /**
   * becameLive − wentBack (may be negative).
   */
  throughput: number;
}
/**
 * The weekly burn-up from the week of the first event to the week of today.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "Burnup".
 */
export interface Burnup {
  rule: Label;
  /**
   * The processes counted.
   */
  total: number;
  weeks: BurnupWeek[];
  lastLiveAt: NullableTimestamp;
}
/**
 * A percentile of the simulated completion: weeks from today and the date; null beyond the horizon.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "ForecastPoint".
 */
export interface ForecastPoint {
  weeks: number | null;
  date: NullableDay;
}
/**
 * The completion forecast (Monte Carlo over the weekly throughput), by kind: forecast (P50 and P85), completed, nothing_in_scope, no_history, no_progress.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "Forecast".
 */
export interface Forecast {
  kind: 'forecast' | 'completed' | 'nothing_in_scope' | 'no_history' | 'no_progress';
  rule: Label;
  inScope: Count;
  live: Count;
  remaining: Count;
  target: NullableDay;
  status: TargetStatus;
  /**
   * The weekly throughputs sampled (forecast, no_progress).
   */
  samples?: number[];
  runs?: number;
  seed?: number;
  p50?: ForecastPoint;
  p85?: ForecastPoint;
  completedAt?: NullableTimestamp;
  message?: Label;
}
/**
 * One base process across the departments: adopted by how many, live in how many, and live in at least one next to live in every department.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "BaseProcessSummary".
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
  notApplicable: Count;
  /**
   * Departments with a variant live.
   */
  live: number;
  ratio: Ratio;
  liveInAtLeastOne: boolean;
  liveInEvery: boolean;
}
/**
 * One department's adoption of one base process.
 *
 * This interface was referenced by `RolloutStages`'s JSON-Schema
 * via the `definition` "MatrixCell".
 */
export interface MatrixCell {
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
  adopted: boolean;
  /**
   * Items: A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  variants: string[];
  /**
   * The variant's stage (the most advanced of several); null when not adopted.
   */
  stage: Stage | null;
}
