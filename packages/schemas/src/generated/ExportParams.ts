/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Path parameters of /rollout/exports/{table}.
 */
export interface ExportParams {
  /**
   * The table: waves (demand against capacity), problems (problem reports), status-reports (latest Ampel per department for a month), or one registered later.
   */
  table: string;
}
