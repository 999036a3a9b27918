/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The body of POST /rollout/problems: against a process (its department is taken from the catalogue; a base process needs the department where the problem occurs) or against a department. One of processKey and department is required (422 otherwise).
 */
export interface ProblemReportCreate {
  title: string;
  description: string;
  /**
   * low (niedrig), medium (mittel), high (hoch), critical (kritisch).
   */
  severity: 'low' | 'medium' | 'high' | 'critical';
  /**
   * The account that owns the problem (an account id; names live in accounts only).
   */
  ownerId: string;
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department?: string;
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  processKey?: string;
}
