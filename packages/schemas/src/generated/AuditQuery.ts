/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Query parameters of GET /audit and /audit/export.
 */
export interface AuditQuery {
  /**
   * Only records of this account or token id.
   */
  actor?: string;
  /**
   * Only records whose resource is this path or below it.
   */
  resource?: string;
  outcome?: 'success' | 'denied';
  /**
   * From this instant (inclusive).
   */
  from?: string;
  /**
   * Until this instant (exclusive).
   */
  to?: string;
  /**
   * 1-based page number.
   */
  page?: number;
  /**
   * Items per page (capped).
   */
  pageSize?: number;
  /**
   * Export format (only /audit/export).
   */
  format?: 'csv' | 'json';
}
