/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * An RFC 9457 problem details object, with field-level details for validation errors.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /**
   * One entry per offending field or row.
   */
  errors?: FieldError[];
}
/**
 * This interface was referenced by `Problem`'s JSON-Schema
 * via the `definition` "FieldError".
 */
export interface FieldError {
  in?: 'body' | 'query' | 'path' | 'header' | 'file' | 'row';
  /**
   * JSON pointer (body) or name (query, path, header) of the offending value.
   */
  field: string;
  /**
   * For imports: the 1-based data row.
   */
  row?: number;
  message: string;
}
