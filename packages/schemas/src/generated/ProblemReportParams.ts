/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Path parameters of /rollout/problems/{id}.
 */
export interface ProblemReportParams {
  /**
   * The problem report's id, e.g. "prb_4k2x9q7m1z3c".
   */
  id: string;
}
