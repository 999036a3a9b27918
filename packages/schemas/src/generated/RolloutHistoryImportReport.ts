/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The outcome of POST /rollout/imports/history. All or nothing: when any row is invalid nothing is recorded (422 with this report's fields). Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row row 2.
 */
export interface RolloutHistoryImportReport {
  dryRun: boolean;
  /**
   * The character encoding the file was decoded with (utf-8-bom: UTF-8 with byte order mark).
   */
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  /**
   * The field separator detected from the header line.
   */
  separator: ';' | ',' | '\t';
  /**
   * Data rows in the file (blank rows not counted).
   */
  rows: number;
  /**
   * Stage events recorded (in a dry run: that would be recorded).
   */
  recorded: number;
  /**
   * Rows with at least one error.
   */
  rejected: number;
  /**
   * Distinct processes the valid rows change.
   */
  processes: number;
  /**
   * One entry per data row, in file order.
   */
  items: {
    row: number;
    processKey?: string;
    /**
     * valid: the row is (or would be) recorded; rejected: see errors for this row.
     */
    status: 'valid' | 'rejected';
    /**
     * The seq the row's event gets in its process's history.
     */
    seq?: number;
  }[];
  /**
   * Every problem found: in "row" for a data row, in "file" for the file as a whole (e.g. a missing column).
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
