/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The body of PATCH /processes/{key}/diagrams/{version}: moves the version along the release workflow.
 */
export interface DiagramStatusChange {
  /**
   * Freigabe workflow: draft → in_review → released (in_review can go back to draft); released is final.
   */
  status: 'draft' | 'in_review' | 'released';
  /**
   * A short note on the version or the status change.
   */
  message?: string;
}
