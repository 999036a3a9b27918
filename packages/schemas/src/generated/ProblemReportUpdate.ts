/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The body of PATCH /rollout/problems/{id}: the fields to change. Resolving (status resolved) needs a resolution; reopening removes the resolution (the history keeps it). Department and process never change.
 */
export interface ProblemReportUpdate {
  title?: string;
  description?: string;
  /**
   * low (niedrig), medium (mittel), high (hoch), critical (kritisch).
   */
  severity?: 'low' | 'medium' | 'high' | 'critical';
  /**
   * open (offen), in_progress (in Bearbeitung), resolved (gelöst).
   */
  status?: 'open' | 'in_progress' | 'resolved';
  /**
   * The account that owns the problem (an account id; names live in accounts only).
   */
  ownerId?: string;
  /**
   * How the problem was resolved; required when resolving.
   */
  resolution?: string;
}
