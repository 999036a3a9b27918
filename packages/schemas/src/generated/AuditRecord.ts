/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * One entry of the audit trail: a change, or an attempt that was denied. It holds ids, never names.
 */
export interface AuditRecord {
  id: string;
  /**
   * An instant in UTC, ISO 8601.
   */
  at: string;
  /**
   * The account or token id; "anonymous" when nobody was signed in; a pseudonym ("pseud_…") after the retention period.
   */
  actorId: string;
  /**
   * admin (central IT), consultant (central IT support), modeller (department), manager (read-only).
   */
  role?: 'admin' | 'consultant' | 'modeller' | 'manager';
  /**
   * The action the route declares (e.g. process:write).
   */
  action: string;
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
  /**
   * The path of the resource, e.g. /api/v1/processes/P-32-0001.
   */
  resource: string;
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department?: string;
  /**
   * The version the change was made against (If-Match).
   */
  versionBefore?: number;
  /**
   * The version after the change (ETag).
   */
  versionAfter?: number;
  status: number;
  outcome: 'success' | 'denied';
  /**
   * For a denial: the problem type slug (unauthenticated, forbidden, csrf-token-invalid, …).
   */
  reason?: string;
  requestId?: string;
  pseudonymised?: boolean;
}
