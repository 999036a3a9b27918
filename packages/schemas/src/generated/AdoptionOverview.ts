/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Which departments adopted a base process, on which base version, and which have not.
 */
export interface AdoptionOverview {
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  baseProcess: string;
  /**
   * The base process's newest released diagram version; absent when none is released.
   */
  releasedVersion?: number;
  /**
   * The variants, ordered by department code.
   */
  items: Adoption[];
  /**
   * How many departments have a variant (archived ones included).
   */
  adoptedBy: number;
  /**
   * The codes of the departments without a variant.
   *
   * Items: The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  notAdoptedBy: string[];
}
/**
 * This interface was referenced by `AdoptionOverview`'s JSON-Schema
 * via the `definition` "Adoption".
 */
export interface Adoption {
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  key: string;
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
  baseVersion?: number;
  /**
   * True when the base process has a newer released version than the one the variant adopted.
   */
  behind: boolean;
  archived: boolean;
}
