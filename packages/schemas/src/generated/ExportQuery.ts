/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Query parameters of GET /rollout/exports/{table}.
 */
export interface ExportQuery {
  /**
   * csv (semicolons, UTF-8 with BOM, German number format) or xlsx (typed cells, a header row with filter).
   */
  format?: 'csv' | 'xlsx';
  /**
   * The month, for tables per month (status-reports); default the current month (UTC).
   */
  period?: string;
  /**
   * Only these departments (tables per department).
   *
   * @minItems 1
   * @maxItems 100
   *
   * Items: The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department?: [string, ...string[]];
}
