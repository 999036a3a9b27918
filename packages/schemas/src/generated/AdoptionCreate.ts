/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The body of POST /processes/{baseKey}/adoptions: a department adopts a base process as its variant.
 */
export interface AdoptionCreate {
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
  /**
   * The variant's key; generated as P-<department code>-<base key without its first segment> when absent.
   */
  key?: string;
  /**
   * The variant's name; the base process's name when absent.
   */
  name?: string;
}
