/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Query parameters of GET /rollout/reports.
 */
export interface StatusReportListQuery {
  /**
   * The month; default the current month (UTC).
   */
  period?: string;
  /**
   * Only these departments.
   *
   * @minItems 1
   * @maxItems 100
   *
   * Items: The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department?: [string, ...string[]];
}
