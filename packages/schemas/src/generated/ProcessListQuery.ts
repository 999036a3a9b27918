/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Query parameters of GET /processes. Repeatable parameters (department, tag) may be given several times; every given filter must match.
 */
export interface ProcessListQuery {
  /**
   * Only processes of these departments (any of them).
   *
   * @minItems 1
   * @maxItems 100
   *
   * Items: The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department?: [string, ...string[]];
  /**
   * base: defined by central IT, applies to every department; department: a department's own process or its variant of a base process.
   */
  kind?: 'base' | 'department';
  /**
   * Process group, e.g. "Finanzen" or "Genehmigungen".
   */
  group?: string;
  /**
   * Only the variants of this base process.
   */
  baseProcess?: string;
  /**
   * Only processes that carry all of these tags.
   *
   * @minItems 1
   * @maxItems 30
   */
  tag?: [string, ...string[]];
  /**
   * Search over key, name and description: case-insensitive, umlauts and ß match their spelled-out forms (ü = ue, ß = ss); every word must match.
   */
  q?: string;
  /**
   * false (default): only active processes; true: only archived ones; all: both.
   */
  archived?: 'false' | 'true' | 'all';
  /**
   * Sort field, with a leading - for descending order; ties are ordered by key. Names sort as German dictionaries do (case ignored, ä as a, ß as ss).
   */
  sort?:
    | 'key'
    | '-key'
    | 'name'
    | '-name'
    | 'department'
    | '-department'
    | 'updatedAt'
    | '-updatedAt'
    | 'annualCaseVolume'
    | '-annualCaseVolume';
  /**
   * 1-based page number.
   */
  page?: number;
  /**
   * Items per page (capped).
   */
  pageSize?: number;
}
