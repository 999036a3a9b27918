/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Query parameters of GET /rollout/reports/{department}: the months to list, both included, at most 36.
 */
export interface StatusReportHistoryQuery {
  /**
   * The first month; default five months before `to` (six months in all).
   */
  from?: string;
  /**
   * The last month; default the current month (UTC).
   */
  to?: string;
}
