/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Path parameters of /accounts/{id}.
 */
export interface AccountParams {
  /**
   * An account id, e.g. "acc_3k9x…".
   */
  id: string;
}
