/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Query parameters of GET /rollout/problems. Repeatable parameters match any of their values; every given filter must match.
 */
export interface ProblemReportListQuery {
  /**
   * @minItems 1
   * @maxItems 100
   *
   * Items: The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department?: [string, ...string[]];
  /**
   * @minItems 1
   * @maxItems 3
   *
   * Items: open (offen), in_progress (in Bearbeitung), resolved (gelöst).
   */
  status?:
    | ['open' | 'in_progress' | 'resolved']
    | ['open' | 'in_progress' | 'resolved', 'open' | 'in_progress' | 'resolved']
    | ['open' | 'in_progress' | 'resolved', 'open' | 'in_progress' | 'resolved', 'open' | 'in_progress' | 'resolved'];
  /**
   * @minItems 1
   * @maxItems 4
   *
   * Items: low (niedrig), medium (mittel), high (hoch), critical (kritisch).
   */
  severity?:
    | ['low' | 'medium' | 'high' | 'critical']
    | ['low' | 'medium' | 'high' | 'critical', 'low' | 'medium' | 'high' | 'critical']
    | [
        'low' | 'medium' | 'high' | 'critical',
        'low' | 'medium' | 'high' | 'critical',
        'low' | 'medium' | 'high' | 'critical'
      ]
    | [
        'low' | 'medium' | 'high' | 'critical',
        'low' | 'medium' | 'high' | 'critical',
        'low' | 'medium' | 'high' | 'critical',
        'low' | 'medium' | 'high' | 'critical'
      ];
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  processKey?: string;
  /**
   * The account that owns the problem (an account id; names live in accounts only).
   */
  ownerId?: string;
  /**
   * -createdAt (default, newest first), createdAt, or -severity (most severe first, then newest).
   */
  sort?: '-createdAt' | 'createdAt' | '-severity';
  /**
   * 1-based page number.
   */
  page?: number;
  /**
   * Items per page (capped).
   */
  pageSize?: number;
}
