/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Document types (Dokumenttypen) the process files.
 *
 * @maxItems 50
 */
export type DocumentTypes = string[];
/**
 * @maxItems 30
 */
export type Tags = string[];

/**
 * The body of POST /processes (and one row of a JSON import). Variants of base processes are created by adoption, not here.
 */
export interface ProcessCreate {
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  key: string;
  name: string;
  description?: string;
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
  /**
   * base: defined by central IT, applies to every department; department: a department's own process or its variant of a base process.
   */
  kind: 'base' | 'department';
  /**
   * Process group, e.g. "Finanzen" or "Genehmigungen".
   */
  group?: string;
  /**
   * The 14-digit key of the federal service catalogue (LeiKa).
   */
  leikaKey?: string;
  /**
   * The filing plan reference (Aktenplankennzeichen), e.g. "1.2.3" or "020.10".
   */
  filingPlanRef?: string;
  documentTypes?: DocumentTypes;
  /**
   * Retention period (Aufbewahrungsfrist) in years.
   */
  retentionYears?: number;
  /**
   * Disposal type (Aussonderungsart): A archivieren, B bewerten, V vernichten.
   */
  disposal?: 'A' | 'B' | 'V';
  /**
   * Cases per year (Fallzahl).
   */
  annualCaseVolume?: number;
  legalBasis?: string;
  tags?: Tags;
}
