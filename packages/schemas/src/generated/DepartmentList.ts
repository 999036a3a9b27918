/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * All departments, ordered by code.
 */
export interface DepartmentList {
  items: Department[];
  total: number;
}
/**
 * A department (Amt) of the city administration: the unit that owns processes.
 */
export interface Department {
  /**
   * The department's number code (Amtsnummer), e.g. "32" or "36.1".
   */
  code: string;
  /**
   * Full name, e.g. "Amt für öffentliche Ordnung".
   *
   * This interface was referenced by `Department`'s JSON-Schema
   * via the `definition` "Name".
   */
  name: string;
  /**
   * Short name or abbreviation, e.g. "Ordnungsamt".
   *
   * This interface was referenced by `Department`'s JSON-Schema
   * via the `definition` "ShortName".
   */
  shortName: string;
  parentUnit?: ParentUnit;
  coordinator?: Coordinator;
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
/**
 * The Referat or Dezernat the department belongs to.
 *
 * This interface was referenced by `Department`'s JSON-Schema
 * via the `definition` "ParentUnit".
 */
export interface ParentUnit {
  kind: 'Referat' | 'Dezernat' | 'Geschäftskreis';
  code?: string;
  name: string;
}
/**
 * The department's e-file coordination contact: a functional mailbox and phone, not a person's name (names live only in accounts).
 *
 * This interface was referenced by `Department`'s JSON-Schema
 * via the `definition` "Coordinator".
 */
export interface Coordinator {
  email: string;
  phone?: string;
}
