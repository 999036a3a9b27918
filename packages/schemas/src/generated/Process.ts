/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * This interface was referenced by `Process`'s JSON-Schema
 * via the `definition` "Name".
 */
export type Name = string;
/**
 * This interface was referenced by `Process`'s JSON-Schema
 * via the `definition` "Description".
 */
export type Description = string;
/**
 * base: defined by central IT, applies to every department; department: a department's own process or its variant of a base process.
 *
 * This interface was referenced by `Process`'s JSON-Schema
 * via the `definition` "Kind".
 */
export type Kind = 'base' | 'department';
/**
 * Process group, e.g. "Finanzen" or "Genehmigungen".
 *
 * This interface was referenced by `Process`'s JSON-Schema
 * via the `definition` "Group".
 */
export type Group = string;
/**
 * The 14-digit key of the federal service catalogue (LeiKa).
 *
 * This interface was referenced by `Process`'s JSON-Schema
 * via the `definition` "LeikaKey".
 */
export type LeikaKey = string;
/**
 * The filing plan reference (Aktenplankennzeichen), e.g. "1.2.3" or "020.10".
 *
 * This interface was referenced by `Process`'s JSON-Schema
 * via the `definition` "FilingPlanRef".
 */
export type FilingPlanRef = string;
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
 * Retention period (Aufbewahrungsfrist) in years.
 *
 * This interface was referenced by `Process`'s JSON-Schema
 * via the `definition` "RetentionYears".
 */
export type RetentionYears = number;
/**
 * Disposal type (Aussonderungsart): A archivieren, B bewerten, V vernichten.
 *
 * This interface was referenced by `Process`'s JSON-Schema
 * via the `definition` "Disposal".
 */
export type Disposal = 'A' | 'B' | 'V';
/**
 * Cases per year (Fallzahl).
 *
 * This interface was referenced by `Process`'s JSON-Schema
 * via the `definition` "AnnualCaseVolume".
 */
export type AnnualCaseVolume = number;
/**
 * This interface was referenced by `Process`'s JSON-Schema
 * via the `definition` "LegalBasis".
 */
export type LegalBasis = string;
/**
 * @maxItems 30
 *
 * This interface was referenced by `Process`'s JSON-Schema
 * via the `definition` "Tags".
 */
export type Tags = string[];

/**
 * An administrative process in the catalogue: a base process defined by central IT, or a department's own process or variant of a base process.
 */
export interface Process {
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  key: string;
  name: Name;
  description?: Description;
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  department: string;
  kind: Kind;
  /**
   * A stable process key, e.g. "P-32-0147" or "B-POSTEINGANG".
   */
  baseProcess?: string;
  /**
   * The diagram version of the base process this variant adopted.
   */
  baseVersion?: number;
  group?: Group;
  leikaKey?: LeikaKey;
  filingPlanRef?: FilingPlanRef;
  documentTypes: DocumentTypes;
  retentionYears?: RetentionYears;
  disposal?: Disposal;
  annualCaseVolume?: AnnualCaseVolume;
  legalBasis?: LegalBasis;
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
