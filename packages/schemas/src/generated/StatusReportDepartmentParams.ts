/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Path parameters of /rollout/reports/{department}.
 */
export interface StatusReportDepartmentParams {
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
}
