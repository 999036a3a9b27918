/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Query parameters of POST /rollout/imports/history.
 */
export interface RolloutHistoryImportQuery {
  /**
   * Check every row and report what the import would record; record nothing, and answer 200 with the report even when rows are invalid.
   */
  dryRun?: boolean;
}
