/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The body of PUT /rollout/reports/{department}/{period}: the report's new light and text (a new revision; without If-Match only when the month has no report yet).
 */
export interface StatusReportUpdate {
  /**
   * The traffic light: green (grün), yellow (gelb), red (rot).
   */
  light: 'green' | 'yellow' | 'red';
  text: string;
}
