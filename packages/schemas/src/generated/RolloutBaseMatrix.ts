/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * A rollout stage: not started → analysis (Ist-Aufnahme) → modelled → e-file configured → pilot → live; or not applicable (out of scope, with a reason).
 */
export type Stage = 'not_started' | 'analysis' | 'modelled' | 'efile_configured' | 'pilot' | 'live' | 'not_applicable';

/**
 * Departments × base processes: whether each department adopted each base process and the stage of its variant; per base process "live in at least one department" next to "live in every department".
 */
export interface RolloutBaseMatrix {
  /**
   * An instant in UTC, ISO 8601.
   */
  generatedAt: string;
  rule: Label;
  /**
   * The columns: the departments the caller may see, by code.
   *
   * Items: The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  departments: string[];
  liveInAtLeastOne: number;
  liveInEvery: number;
  rows: (BaseProcessSummary & {
    /**
     * One cell per department, in the order of departments.
     */
    cells: MatrixCell[];
  })[];
}
/**
 * A text in German (shown in the UI) and English.
 */
export interface Label {
  de: string;
  en: string;
}
/**
 * One base process across the departments: adopted by how many, live in how many, and live in at least one next to live in every department.
 */
export interface BaseProcessSummary {
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  baseProcess: string;
  name?: string;
  /**
   * Departments with a variant.
   */
  adoptedBy: number;
  /**
   * Departments but those whose variant is not applicable.
   */
  inScope: number;
  notApplicable: number;
  /**
   * Departments with a variant live.
   */
  live: number;
  /**
   * A share from 0 to 1; null when the denominator is 0 (no ratio rather than 0 or NaN).
   */
  ratio: number | null;
  liveInAtLeastOne: boolean;
  liveInEvery: boolean;
}
/**
 * One department's adoption of one base process.
 */
export interface MatrixCell {
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
  adopted: boolean;
  /**
   * Items: A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  variants: string[];
  /**
   * The variant's stage (the most advanced of several); null when not adopted.
   */
  stage: Stage | null;
}
