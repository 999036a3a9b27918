/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * all: all or nothing (any invalid row rejects the whole file, 422); valid: write the valid rows and report the rejected ones.
 *
 * This interface was referenced by `ImportQuery`'s JSON-Schema
 * via the `definition` "Mode".
 */
export type Mode = 'all' | 'valid';

/**
 * Query parameters of POST /imports/processes.
 */
export interface ImportQuery {
  mode?: Mode;
  /**
   * Validate and report what the import would do, write nothing, and answer 200 with the report even when rows or the file are invalid.
   */
  dryRun?: boolean;
}
