/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Path parameters of /departments/{code}.
 */
export interface DepartmentParams {
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  code: string;
}
