/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Person-days of central IT per process.
 *
 * This interface was referenced by `EffortTableUpdate`'s JSON-Schema
 * via the `definition` "PersonDays".
 */
export type PersonDays = number;

/**
 * The body of PUT /rollout/effort-table: the whole effort table, central IT's person-days per process for each of the four support levels and three complexity classes (0 to 1000 each), nothing else.
 */
export interface EffortTableUpdate {
  self_service: EffortRow;
  consulting: EffortRow;
  full_service: EffortRow;
  external: EffortRow;
}
/**
 * Person-days per complexity class for one support level.
 *
 * This interface was referenced by `EffortTableUpdate`'s JSON-Schema
 * via the `definition` "EffortRow".
 */
export interface EffortRow {
  low: PersonDays;
  medium: PersonDays;
  high: PersonDays;
}
