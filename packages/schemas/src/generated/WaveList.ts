/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Departments (Ämter) whose processes are in the wave, unless another wave lists a process by key or an earlier wave lists the department too.
 *
 * @maxItems 200
 *
 * This interface was referenced by `Wave`'s JSON-Schema
 * via the `definition` "Departments".
 *
 * Items: The department's number code (Amtsnummer), e.g. "32" or "36.1".
 */
export type Departments = string[];
/**
 * Processes in the wave individually, whatever their department.
 *
 * @maxItems 5000
 *
 * This interface was referenced by `Wave`'s JSON-Schema
 * via the `definition` "ProcessKeys".
 *
 * Items: A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
 */
export type ProcessKeys = string[];

/**
 * The response of GET /rollout/waves: every wave by start, each with its demand against its capacity, the processes in no wave, the counting rule and the figures it uses, and a capacity-aware forecast of the consulting and full-service work against the target date.
 */
export interface WaveList {
  items: Wave[];
  total: number;
  unassigned: Unassigned;
  rule: Label;
  effortTable: EffortTable;
  assumptions: Assumptions;
  capacityForecast: CapacityForecast;
}
/**
 * A rollout wave (Welle): a time box with departments, individually listed processes and central IT's consulting capacity, with the demand its processes still need.
 */
export interface Wave {
  /**
   * A slug naming the wave, e.g. "welle-2026-1"; "plans" and "what-if" are reserved.
   *
   * This interface was referenced by `Wave`'s JSON-Schema
   * via the `definition` "WaveId".
   */
  id: string;
  /**
   * The wave's name, e.g. "Welle 1 (Frühjahr 2026)".
   *
   * This interface was referenced by `Wave`'s JSON-Schema
   * via the `definition` "Name".
   */
  name: string;
  /**
   * First day of the wave.
   */
  start: string;
  /**
   * Last day of the wave (included).
   */
  end: string;
  departments: Departments;
  processKeys: ProcessKeys;
  /**
   * Central IT's consulting capacity in the wave, in person-days.
   *
   * This interface was referenced by `Wave`'s JSON-Schema
   * via the `definition` "Capacity".
   */
  capacityPersonDays: number;
  /**
   * This interface was referenced by `Wave`'s JSON-Schema
   * via the `definition` "Note".
   */
  note?: string;
  demand: Demand;
  /**
   * The resource version; sent as ETag, expected back as If-Match.
   */
  version: number;
  /**
   * An instant in UTC, ISO 8601.
   */
  createdAt: string;
  /**
   * An instant in UTC, ISO 8601.
   */
  updatedAt: string;
  /**
   * The id of the account that acted (never a person's name).
   */
  updatedBy: string;
}
/**
 * What the wave's processes that are neither live nor not applicable still need, against its capacity.
 *
 * This interface was referenced by `Wave`'s JSON-Schema
 * via the `definition` "Demand".
 */
export interface Demand {
  /**
   * Person-days still needed.
   */
  demand: number;
  demandBySupport: DemandBySupport;
  /**
   * Processes of the wave still needing work.
   */
  processes: number;
  /**
   * Of those, processes without a planning entry, counted with the default support level and complexity.
   */
  assumed: number;
  /**
   * demand ÷ capacity; null when the capacity is 0.
   */
  ratio: number | null;
  /**
   * ratio > 1, or demand without capacity.
   */
  overAllocated: boolean;
}
/**
 * Person-days per support level.
 *
 * This interface was referenced by `Wave`'s JSON-Schema
 * via the `definition` "DemandBySupport".
 */
export interface DemandBySupport {
  self_service: number;
  consulting: number;
  full_service: number;
  external: number;
}
/**
 * A text in German (shown in the UI) and English.
 *
 * This interface was referenced by `Wave`'s JSON-Schema
 * via the `definition` "Label".
 */
export interface Label {
  de: string;
  en: string;
}
/**
 * Demand against capacity of one wave, as computed (in a what-if, of the changed wave).
 *
 * This interface was referenced by `Wave`'s JSON-Schema
 * via the `definition` "CapacityRow".
 */
export interface CapacityRow {
  /**
   * A slug naming the wave, e.g. "welle-2026-1"; "plans" and "what-if" are reserved.
   *
   * This interface was referenced by `Wave`'s JSON-Schema
   * via the `definition` "WaveId".
   */
  waveId: string;
  /**
   * The wave's name, e.g. "Welle 1 (Frühjahr 2026)".
   *
   * This interface was referenced by `Wave`'s JSON-Schema
   * via the `definition` "Name".
   */
  name: string;
  /**
   * A calendar day, YYYY-MM-DD.
   *
   * This interface was referenced by `Wave`'s JSON-Schema
   * via the `definition` "Day".
   */
  start: string;
  /**
   * A calendar day, YYYY-MM-DD.
   *
   * This interface was referenced by `Wave`'s JSON-Schema
   * via the `definition` "Day".
   */
  end: string;
  capacity: number;
  demand: number;
  demandBySupport: DemandBySupport;
  processes: number;
  ratio: number | null;
  overAllocated: boolean;
}
/**
 * Processes still needing work that are in no wave.
 *
 * This interface was referenced by `Wave`'s JSON-Schema
 * via the `definition` "Unassigned".
 */
export interface Unassigned {
  processes: number;
  demand: number;
}
/**
 * Central IT's effort per process in person-days, by support level and complexity.
 *
 * This interface was referenced by `Wave`'s JSON-Schema
 * via the `definition` "EffortTable".
 */
export interface EffortTable {
  self_service: EffortRow;
  consulting: EffortRow;
  full_service: EffortRow;
  external: EffortRow;
}
/**
 * This interface was referenced by `Wave`'s JSON-Schema
 * via the `definition` "EffortRow".
 */
export interface EffortRow {
  low: number;
  medium: number;
  high: number;
}
/**
 * The support level and complexity a process without a planning entry is counted with (its current support level, when it has one, comes first).
 *
 * This interface was referenced by `Wave`'s JSON-Schema
 * via the `definition` "Assumptions".
 */
export interface Assumptions {
  /**
   * Unterstützungsart: self_service (Selbstständig), consulting (Beratung), full_service (Vollservice), external (Extern).
   *
   * This interface was referenced by `Wave`'s JSON-Schema
   * via the `definition` "SupportLevel".
   */
  support: 'self_service' | 'consulting' | 'full_service' | 'external';
  /**
   * How hard a process is to roll out.
   *
   * This interface was referenced by `Wave`'s JSON-Schema
   * via the `definition` "Complexity".
   */
  complexity: 'low' | 'medium' | 'high';
}
/**
 * When central IT finishes the remaining consulting and full-service work at the consulting capacity of the waves that have not ended, held against the target date.
 *
 * This interface was referenced by `WaveList`'s JSON-Schema
 * via the `definition` "CapacityForecast".
 */
export interface CapacityForecast {
  rule: Label;
  /**
   * Person-days still needed by the processes with consulting or full service that are neither live nor not applicable.
   */
  remainingEffort: number;
  /**
   * How many processes that is.
   */
  processes: number;
  /**
   * Central IT's consulting capacity per week: the capacity of the waves that have not ended ÷ the weeks from the earliest start to the latest end of those waves, rounded to 0.01; 0 without such waves.
   */
  personDaysPerWeek: number;
  /**
   * Whole weeks to finish at that capacity; null when there is no capacity for remaining effort.
   */
  weeks: number | null;
  /**
   * Today + weeks × 7 days; null when weeks is null.
   */
  date: string | null;
  /**
   * The target date the forecast is held against.
   */
  target: string | null;
  /**
   * on_track: date ≤ target; off_track: later, or no capacity; completed: nothing remains; null without a target.
   */
  status: 'on_track' | 'off_track' | 'completed' | null;
}
