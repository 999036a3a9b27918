/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * Document types (Dokumenttypen) the process files.
 *
 * @maxItems 50
 *
 * This interface was referenced by `Process`'s JSON-Schema
 * via the `definition` "DocumentTypes".
 */
export type DocumentTypes = string[];
/**
 * @maxItems 30
 *
 * This interface was referenced by `Process`'s JSON-Schema
 * via the `definition` "Tags".
 */
export type Tags = string[];

/**
 * The response of GET /processes: one page of the matching processes and the number of all matches.
 */
export interface ProcessPage {
  items: Process[];
  /**
   * How many processes match the filters (on all pages).
   */
  total: number;
  /**
   * 1-based page number.
   */
  page: number;
  /**
   * Items per page (capped).
   */
  pageSize: number;
}
/**
 * An administrative process in the catalogue: a base process defined by central IT, or a department's own process or variant of a base process.
 */
export interface Process {
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  key: string;
  /**
   * This interface was referenced by `Process`'s JSON-Schema
   * via the `definition` "Name".
   */
  name: string;
  /**
   * This interface was referenced by `Process`'s JSON-Schema
   * via the `definition` "Description".
   */
  description?: string;
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
  /**
   * base: defined by central IT, applies to every department; department: a department's own process or its variant of a base process.
   *
   * This interface was referenced by `Process`'s JSON-Schema
   * via the `definition` "Kind".
   */
  kind: 'base' | 'department';
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  baseProcess?: string;
  /**
   * The diagram version of the base process this variant adopted.
   */
  baseVersion?: number;
  /**
   * Process group, e.g. "Finanzen" or "Genehmigungen".
   *
   * This interface was referenced by `Process`'s JSON-Schema
   * via the `definition` "Group".
   */
  group?: string;
  /**
   * The 14-digit key of the federal service catalogue (LeiKa).
   *
   * This interface was referenced by `Process`'s JSON-Schema
   * via the `definition` "LeikaKey".
   */
  leikaKey?: string;
  /**
   * The filing plan reference (Aktenplankennzeichen), e.g. "1.2.3" or "020.10".
   *
   * This interface was referenced by `Process`'s JSON-Schema
   * via the `definition` "FilingPlanRef".
   */
  filingPlanRef?: string;
  documentTypes: DocumentTypes;
  /**
   * Retention period (Aufbewahrungsfrist) in years.
   *
   * This interface was referenced by `Process`'s JSON-Schema
   * via the `definition` "RetentionYears".
   */
  retentionYears?: number;
  /**
   * Disposal type (Aussonderungsart): A archivieren, B bewerten, V vernichten.
   *
   * This interface was referenced by `Process`'s JSON-Schema
   * via the `definition` "Disposal".
   */
  disposal?: 'A' | 'B' | 'V';
  /**
   * Cases per year (Fallzahl).
   *
   * This interface was referenced by `Process`'s JSON-Schema
   * via the `definition` "AnnualCaseVolume".
   */
  annualCaseVolume?: number;
  /**
   * This interface was referenced by `Process`'s JSON-Schema
   * via the `definition` "LegalBasis".
   */
  legalBasis?: string;
  tags: Tags;
  archived: boolean;
  /**
   * The newest diagram version, if any.
   */
  latestDiagramVersion?: number;
  /**
   * The newest released diagram version, if any.
   */
  releasedDiagramVersion?: number;
  /**
   * The resource version; sent as ETag, expected back as If-Match.
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
}
