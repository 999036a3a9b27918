/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * A diagram version number, or "latest" (the newest version) or "released" (the newest released version).
 *
 * This interface was referenced by `DiagramParams`'s JSON-Schema
 * via the `definition` "VersionRef".
 */
export type VersionRef = string;

/**
 * Path parameters of /processes/{key}/diagrams and /processes/{key}/diagrams/{version}.
 */
export interface DiagramParams {
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  key: string;
  version?: VersionRef;
}
