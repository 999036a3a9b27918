/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Query parameters of GET /rollout/waves/plans.
 */
export interface WavePlanListQuery {
  /**
   * Only the planning entries of processes of these departments.
   *
   * @minItems 1
   * @maxItems 100
   *
   * Items: The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department?: [string, ...string[]];
  /**
   * 1-based page number.
   */
  page?: number;
  /**
   * Items per page (capped).
   */
  pageSize?: number;
}
