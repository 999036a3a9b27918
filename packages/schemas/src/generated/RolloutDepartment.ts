/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * A rollout stage: not started → analysis (Ist-Aufnahme) → modelled → e-file configured → pilot → live; or not applicable (out of scope, with a reason).
 */
export type Stage = 'not_started' | 'analysis' | 'modelled' | 'efile_configured' | 'pilot' | 'live' | 'not_applicable';
/**
 * How a process is rolled out (Unterstützungsart): self_service (Selbstständig), consulting (Beratung), full_service (Vollservice), external (Extern).
 */
export type SupportLevel = 'self_service' | 'consulting' | 'full_service' | 'external';
/**
 * Coverage of a set of processes with the counting rule it follows.
 */
export type CityCoverage = CoverageCount & {
  rule: Label;
};

/**
 * One department's rollout: its processes by stage, its coverage and its completion forecast.
 */
export interface RolloutDepartment {
  /**
   * An instant in UTC, ISO 8601.
   */
  generatedAt: string;
  /**
   * A calendar day (UTC), YYYY-MM-DD.
   */
  today: string;
  department: {
    /**
     * The department's number code (Amtsnummer), e.g. "32" or "36.1".
     */
    code: string;
    name: string;
    shortName: string;
  };
  weighted: boolean;
  /**
   * A calendar day (UTC), YYYY-MM-DD.
   */
  targetDate: string;
  /**
   * The department's processes and variants counted (nothing archived).
   */
  processes: number;
  /**
   * Every stage in rollout order (not applicable last) with the department's processes in it, by key.
   */
  stages: {
    stage: Stage;
    label: Label;
    count: number;
    processes: {
      /**
       * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
       */
      key: string;
      name: string;
      group?: string;
      /**
       * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
       */
      baseProcess?: string;
      /**
       * A support level, or null for a process without any stage event.
       */
      support: SupportLevel | null;
      since: string | null;
      events: number;
    }[];
  }[];
  coverage: CityCoverage;
  forecast: Forecast;
}
/**
 * A text in German (shown in the UI) and English.
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
 * The completion forecast (Monte Carlo over the weekly throughput), by kind: forecast (P50 and P85), completed, nothing_in_scope, no_history, no_progress.
 */
export interface Forecast {
  kind: 'forecast' | 'completed' | 'nothing_in_scope' | 'no_history' | 'no_progress';
  rule: Label;
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
  message?: Label;
}
/**
 * A percentile of the simulated completion: weeks from today and the date; null beyond the horizon.
 */
export interface ForecastPoint {
  weeks: number | null;
  date: string | null;
}
