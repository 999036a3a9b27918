/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The body of POST /rollout/waves/{id}/move: departments and processes to move into the wave {id}. They leave every other wave; a moved department's processes that other waves list individually leave those waves too.
 */
export interface WaveMove {
  /**
   * @minItems 1
   * @maxItems 200
   *
   * Items: The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  departments?: [string, ...string[]];
  /**
   * @minItems 1
   * @maxItems 5000
   *
   * Items: A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  processKeys?: [string, ...string[]];
}
