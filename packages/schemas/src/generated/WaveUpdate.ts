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
 * The body of PATCH /rollout/waves/{id}: the fields to change; null removes the note. The id never changes.
 */
export interface WaveUpdate {
  /**
   * The wave's name, e.g. "Welle 1 (Frühjahr 2026)".
   */
  name?: string;
  /**
   * A calendar day, YYYY-MM-DD.
   */
  start?: string;
  /**
   * A calendar day, YYYY-MM-DD.
   */
  end?: string;
  departments?: Departments;
  processKeys?: ProcessKeys;
  /**
   * Central IT's consulting capacity in the wave, in person-days.
   */
  capacityPersonDays?: number;
  note?: string | null;
}
