/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Path parameters of /tokens/{id}.
 */
export interface ApiTokenParams {
  id: string;
}
