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
 * The body of PATCH /processes/{key}: the fields to change; null removes an optional field. Key, kind, department and base process cannot change.
 */
export interface ProcessUpdate {
  name?: string;
  description?: string | null;
  group?: string | null;
  leikaKey?: string | null;
  filingPlanRef?: string | null;
  documentTypes?: DocumentTypes;
  retentionYears?: number | null;
  disposal?: ('A' | 'B' | 'V') | null;
  annualCaseVolume?: number | null;
  legalBasis?: string | null;
  tags?: Tags;
}
