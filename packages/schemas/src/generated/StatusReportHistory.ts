/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The response of GET /rollout/reports/{department}: the department's latest report of each month from `from` to `to` that has one, newest first, and the months without one.
 */
export interface StatusReportHistory {
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
  /**
   * The month reported on, YYYY-MM.
   */
  from: string;
  /**
   * The month reported on, YYYY-MM.
   */
  to: string;
  items: Latest[];
  /**
   * Months without a report, newest first.
   *
   * Items: The month reported on, YYYY-MM.
   */
  missing: string[];
}
/**
 * The latest revision of a department's report for a period, without the history.
 */
export interface Latest {
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
  /**
   * The month reported on, YYYY-MM.
   */
  period: string;
  /**
   * The traffic light: green (grün), yellow (gelb), red (rot).
   */
  light: 'green' | 'yellow' | 'red';
  text: string;
  /**
   * The resource version; sent as ETag, expected back as If-Match.
   */
  version: number;
  /**
   * An instant in UTC, ISO 8601.
   */
  updatedAt: string;
  /**
   * The id of the account that acted (never a person's name).
   */
  updatedBy: string;
}
