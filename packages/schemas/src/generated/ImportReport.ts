/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The outcome of POST /imports/processes. Rows are numbered as a spreadsheet user sees them: for CSV the header is row 1, so the first data row is row 2 (a quoted cell spanning several lines still counts as one row); for JSON a row is the array index + 1. In a dry run the counts say what an import would do; when mode=all rejects the file, created, updated and unchanged are 0 because nothing was written.
 */
export interface ImportReport {
  /**
   * all: all or nothing (any invalid row rejects the whole file, 422); valid: write the valid rows and report the rejected ones.
   */
  mode: 'all' | 'valid';
  dryRun: boolean;
  /**
   * How the file was read.
   */
  format: 'csv' | 'json';
  /**
   * The character encoding the file was decoded with (utf-8-bom: UTF-8 with byte order mark).
   */
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  /**
   * The CSV field separator detected from the header line (CSV only).
   */
  separator?: ';' | ',' | '\t';
  /**
   * Data rows in the file (blank rows not counted).
   */
  rows: number;
  /**
   * New processes.
   */
  created: number;
  /**
   * Existing processes changed (their version went up by one).
   */
  updated: number;
  /**
   * Existing processes the file matches exactly (not touched).
   */
  unchanged: number;
  /**
   * Rows with at least one error (not written).
   */
  rejected: number;
  /**
   * Every problem found: in "row" for a data row, in "file" for the file as a whole (e.g. an unknown column, reported on the header row 1).
   */
  errors: FieldError[];
}
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
