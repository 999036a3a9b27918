/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Path parameters of /rollout/waves/{id}.
 */
export interface WaveParams {
  /**
   * A slug naming the wave, e.g. "welle-2026-1"; "plans" and "what-if" are reserved.
   */
  id: string;
}
