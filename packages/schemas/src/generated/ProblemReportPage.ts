/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The response of GET /rollout/problems: one page of the matching problem reports and the number of all matches.
 */
export interface ProblemReportPage {
  items: ProblemReport[];
  total: number;
  /**
   * 1-based page number.
   */
  page: number;
  /**
   * Items per page (capped).
   */
  pageSize: number;
}
/**
 * A problem report (Problemmeldung) against a department or one of its processes: reported early, owned by an account, resolved with a resolution.
 */
export interface ProblemReport {
  /**
   * The problem report's id, e.g. "prb_4k2x9q7m1z3c".
   *
   * This interface was referenced by `ProblemReport`'s JSON-Schema
   * via the `definition` "ProblemId".
   */
  id: string;
  /**
   * This interface was referenced by `ProblemReport`'s JSON-Schema
   * via the `definition` "Title".
   */
  title: string;
  /**
   * This interface was referenced by `ProblemReport`'s JSON-Schema
   * via the `definition` "Description".
   */
  description: string;
  /**
   * low (niedrig), medium (mittel), high (hoch), critical (kritisch).
   *
   * This interface was referenced by `ProblemReport`'s JSON-Schema
   * via the `definition` "Severity".
   */
  severity: 'low' | 'medium' | 'high' | 'critical';
  /**
   * open (offen), in_progress (in Bearbeitung), resolved (gelöst).
   *
   * This interface was referenced by `ProblemReport`'s JSON-Schema
   * via the `definition` "Status".
   */
  status: 'open' | 'in_progress' | 'resolved';
  /**
   * The account that owns the problem (an account id; names live in accounts only).
   *
   * This interface was referenced by `ProblemReport`'s JSON-Schema
   * via the `definition` "OwnerId".
   */
  ownerId: string;
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  processKey?: string;
  /**
   * An instant in UTC, ISO 8601.
   */
  createdAt: string;
  /**
   * The id of the account that acted (never a person's name).
   */
  createdBy: string;
  /**
   * An instant in UTC, ISO 8601.
   */
  resolvedAt?: string;
  /**
   * How the problem was resolved; required when resolving.
   *
   * This interface was referenced by `ProblemReport`'s JSON-Schema
   * via the `definition` "Resolution".
   */
  resolution?: string;
  /**
   * Whole days from the report to its resolution, or to now while it is not resolved.
   */
  ageDays: number;
  /**
   * Every change of status, oldest first (a reopened problem keeps its earlier resolution here).
   */
  history: StatusChange[];
  /**
   * The resource version; sent as ETag, expected back as If-Match.
   */
  version: number;
  /**
   * An instant in UTC, ISO 8601.
   */
  updatedAt: string;
}
/**
 * This interface was referenced by `ProblemReport`'s JSON-Schema
 * via the `definition` "StatusChange".
 */
export interface StatusChange {
  /**
   * An instant in UTC, ISO 8601.
   */
  at: string;
  /**
   * The id of the account that acted (never a person's name).
   */
  actorId: string;
  /**
   * open (offen), in_progress (in Bearbeitung), resolved (gelöst).
   *
   * This interface was referenced by `ProblemReport`'s JSON-Schema
   * via the `definition` "Status".
   */
  from: 'open' | 'in_progress' | 'resolved';
  /**
   * open (offen), in_progress (in Bearbeitung), resolved (gelöst).
   *
   * This interface was referenced by `ProblemReport`'s JSON-Schema
   * via the `definition` "Status".
   */
  to: 'open' | 'in_progress' | 'resolved';
  /**
   * How the problem was resolved; required when resolving.
   *
   * This interface was referenced by `ProblemReport`'s JSON-Schema
   * via the `definition` "Resolution".
   */
  resolution?: string;
}
