/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Path parameters of /rollout/waves/plans/{key}.
 */
export interface WavePlanParams {
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  key: string;
}
