/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The response of GET and PUT /rollout/effort-table: the effort table demand, what-if and the capacity forecast of the waves count with, its version (the ETag; 0 while the configured default applies) and who changed it last.
 */
export interface EffortTableSetting {
  table: EffortTable;
  /**
   * True while nobody has stored a table: the server's configured default applies.
   */
  isDefault: boolean;
  /**
   * The version to name in If-Match; 0 for the default table.
   */
  version: number;
  /**
   * When the table was stored last; null for the default table.
   */
  updatedAt: string | null;
  /**
   * Who stored it last (an account or token id); null for the default table.
   */
  updatedBy: string | null;
}
/**
 * Central IT's effort per process in person-days, by support level and complexity.
 */
export interface EffortTable {
  self_service: EffortRow;
  consulting: EffortRow;
  full_service: EffortRow;
  external: EffortRow;
}
export interface EffortRow {
  low: number;
  medium: number;
  high: number;
}
