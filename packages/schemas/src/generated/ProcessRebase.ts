/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The body of POST /processes/{key}/rebase: after reviewing the difference, a variant moves onto a newer released version of its base process.
 */
export interface ProcessRebase {
  /**
   * The released base diagram version the variant now follows.
   */
  baseVersion: number;
}
