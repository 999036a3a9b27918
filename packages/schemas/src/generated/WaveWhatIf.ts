/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The body of POST /rollout/waves/what-if: a scenario computed against the saved waves; nothing is saved.
 */
export interface WaveWhatIf {
  /**
   * Consultants added to every wave (or those in extraConsultantWaves): each adds the wave's working days × availability person-days.
   */
  extraConsultants?: number;
  /**
   * The waves the extra consultants work in; default all.
   *
   * @maxItems 200
   *
   * Items: A slug naming the wave, e.g. "welle-2026-1"; "plans" and "what-if" are reserved.
   */
  extraConsultantWaves?: string[];
  /**
   * The share of a consultant's working days available for the rollout; default 0.8.
   */
  availability?: number;
  /**
   * Move these departments, with all their processes, to the wave toWave.
   */
  moveDepartments?: {
    /**
     * @minItems 1
     * @maxItems 200
     *
     * Items: The department's number code (Amtsnummer), e.g. "32" or "36.1".
     */
    departments: [string, ...string[]];
    /**
     * A slug naming the wave, e.g. "welle-2026-1"; "plans" and "what-if" are reserved.
     */
    toWave: string;
  };
}
