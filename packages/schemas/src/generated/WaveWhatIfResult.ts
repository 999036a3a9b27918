/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Departments (Ämter) whose processes are in the wave, unless another wave lists a process by key or an earlier wave lists the department too.
 *
 * @maxItems 200
 *
 * Items: The department's number code (Amtsnummer), e.g. "32" or "36.1".
 */
export type Departments = string[];
/**
 * Processes in the wave individually, whatever their department.
 *
 * @maxItems 5000
 *
 * Items: A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
 */
export type ProcessKeys = string[];

/**
 * The response of POST /rollout/waves/what-if: demand against capacity before and after the scenario, and the waves as the scenario would change them (not saved).
 */
export interface WaveWhatIfResult {
  before: CapacityPlan;
  after: CapacityPlan;
  waves: {
    /**
     * A slug naming the wave, e.g. "welle-2026-1"; "plans" and "what-if" are reserved.
     */
    id: string;
    /**
     * The wave's name, e.g. "Welle 1 (Frühjahr 2026)".
     */
    name: string;
    /**
     * A calendar day, YYYY-MM-DD.
     */
    start: string;
    /**
     * A calendar day, YYYY-MM-DD.
     */
    end: string;
    departments: Departments;
    processKeys: ProcessKeys;
    /**
     * Central IT's consulting capacity in the wave, in person-days.
     */
    capacityPersonDays: number;
  }[];
}
/**
 * Demand against capacity for all waves, with the counting rule.
 */
export interface CapacityPlan {
  rule: Label;
  waves: CapacityRow[];
  unassigned: Unassigned;
}
/**
 * A text in German (shown in the UI) and English.
 */
export interface Label {
  de: string;
  en: string;
}
/**
 * Demand against capacity of one wave, as computed (in a what-if, of the changed wave).
 */
export interface CapacityRow {
  /**
   * A slug naming the wave, e.g. "welle-2026-1"; "plans" and "what-if" are reserved.
   */
  waveId: string;
  /**
   * The wave's name, e.g. "Welle 1 (Frühjahr 2026)".
   */
  name: string;
  /**
   * A calendar day, YYYY-MM-DD.
   */
  start: string;
  /**
   * A calendar day, YYYY-MM-DD.
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
 * Person-days per support level.
 */
export interface DemandBySupport {
  self_service: number;
  consulting: number;
  full_service: number;
  external: number;
}
/**
 * Processes still needing work that are in no wave.
 */
export interface Unassigned {
  processes: number;
  demand: number;
}
