/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Query parameters of POST /processes/{key}/diagrams (a multipart upload may send `message` as a form field instead).
 */
export interface DiagramUploadQuery {
  /**
   * A short note on the version or the status change.
   */
  message?: string;
}
