/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The body of PATCH /departments/{code}: the fields to change; null removes an optional field. The code cannot change.
 */
export interface DepartmentUpdate {
  /**
   * Full name, e.g. "Amt für öffentliche Ordnung".
   */
  name?: string;
  /**
   * Short name or abbreviation, e.g. "Ordnungsamt".
   */
  shortName?: string;
  parentUnit?: ParentUnit | null;
  coordinator?: Coordinator | null;
}
/**
 * The Referat or Dezernat the department belongs to.
 */
export interface ParentUnit {
  kind: 'Referat' | 'Dezernat' | 'Geschäftskreis';
  code?: string;
  name: string;
}
/**
 * The department's e-file coordination contact: a functional mailbox and phone, not a person's name (names live only in accounts).
 */
export interface Coordinator {
  email: string;
  phone?: string;
}
