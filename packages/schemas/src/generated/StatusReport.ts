/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The month reported on, YYYY-MM.
 *
 * This interface was referenced by `StatusReport`'s JSON-Schema
 * via the `definition` "Period".
 */
export type Period = string;
/**
 * The traffic light: green (grün), yellow (gelb), red (rot).
 *
 * This interface was referenced by `StatusReport`'s JSON-Schema
 * via the `definition` "Light".
 */
export type Light = 'green' | 'yellow' | 'red';
/**
 * This interface was referenced by `StatusReport`'s JSON-Schema
 * via the `definition` "Text".
 */
export type Text = string;

/**
 * A department's status report (Ampel) for one month: the latest revision, and every revision in order.
 */
export interface StatusReport {
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
  period: Period;
  light: Light;
  text: Text;
  /**
   * The revision number of the latest revision; sent as ETag.
   */
  version: number;
  /**
   * An instant in UTC, ISO 8601.
   */
  createdAt: string;
  /**
   * An instant in UTC, ISO 8601.
   */
  updatedAt: string;
  /**
   * The id of the account that acted (never a person's name).
   */
  updatedBy: string;
  /**
   * Every revision, oldest first; the last one is the current report.
   */
  history: Revision[];
}
/**
 * This interface was referenced by `StatusReport`'s JSON-Schema
 * via the `definition` "Revision".
 */
export interface Revision {
  revision: number;
  light: Light;
  text: Text;
  /**
   * An instant in UTC, ISO 8601.
   */
  at: string;
  /**
   * The id of the account that acted (never a person's name).
   */
  actorId: string;
}
/**
 * The latest revision of a department's report for a period, without the history.
 *
 * This interface was referenced by `StatusReport`'s JSON-Schema
 * via the `definition` "Latest".
 */
export interface Latest {
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
  period: Period;
  light: Light;
  text: Text;
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
