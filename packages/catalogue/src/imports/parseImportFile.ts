/**
 * Reads an uploaded import file (CSV as German Excel writes it, or JSON) into rows of field values,
 * before any database lookup: decoding, separator detection, header mapping and cell conversion.
 */
import { parse } from 'csv-parse/sync';
import type { FieldError, ImportReport } from '@efile/schemas';
import { InputError } from '../errors.js';
import { decodeText, type TextEncoding } from './decodeText.js';
import { convertCell, IMPORT_COLUMNS, mapHeaders, REQUIRED_FIELDS, type ImportField } from './importColumns.js';

export type ImportFormat = ImportReport['format'];
export type CsvSeparator = NonNullable<ImportReport['separator']>;

/** The bytes of an uploaded file and how to read them. */
export interface ImportFile {
  bytes: Uint8Array;
  format: ImportFormat;
  /** The charset the client declared, if any (see decodeText). */
  charset?: string;
}

/** One data row of the file, its cells converted. */
export interface ImportRow {
  /** The row number a user sees (CSV: header is row 1; JSON: index + 1). */
  row: number;
  /** The fields the row sets (JSON rows may name unknown fields; the schema rejects them). */
  values: Record<string, unknown>;
  /** Optional fields the row clears (an empty cell, or null in JSON). */
  cleared: ImportField[];
  /** Problems found while converting the cells. */
  errors: FieldError[];
}

export interface ParsedImport {
  format: ImportFormat;
  encoding: TextEncoding;
  separator?: CsvSeparator;
  /** Data rows with content (blank rows are skipped, but keep their place in the numbering). */
  rows: ImportRow[];
  /** Problems with the file as a whole; when there are any, no row is imported. */
  errors: FieldError[];
}

/** Reads the file; throws InputError when it is not syntactically CSV or JSON. */
export function parseImportFile(file: ImportFile): ParsedImport {
  const { text, encoding } = decodeText(file.bytes, file.charset);
  return file.format === 'json' ? parseJson(text, encoding) : parseCsv(text, encoding);
}

const SEPARATORS: readonly CsvSeparator[] = [';', ',', '\t'];

/**
 * The separator of a header line: whichever of `;`, `,` and tab occurs most often outside quotes
 * (`;` when none occurs, as in a file with one column).
 */
export function detectSeparator(headerLine: string): CsvSeparator {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && SEPARATORS.includes(c as CsvSeparator)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: CsvSeparator = ';';
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const count = counts.get(separator) ?? 0;
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best;
}

/** Excel understands (and some exports write) a first line `sep=;` naming the separator. */
const SEP_LINE = /^"?sep=([;,\t])"?[ \t]*\r?\n/i;

function parseCsv(input: string, encoding: TextEncoding): ParsedImport {
  let text = input;
  let separator: CsvSeparator;
  const sepLine = SEP_LINE.exec(text);
  if (sepLine) {
    separator = sepLine[1] as CsvSeparator;
    text = text.slice(sepLine[0].length);
  } else {
    separator = detectSeparator(text.slice(0, text.search(/\r?\n|$/)));
  }
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new InputError(`The file is not valid CSV: ${message}`, [
      { in: 'file', field: '/', message: `is not valid CSV: ${message}` },
    ]);
  }
  const [headers, ...data] = records;
  const base = { format: 'csv' as const, encoding, separator };
  if (!headers || headers.every((h) => h.trim() === '')) {
    return {
      ...base,
      rows: [],
      errors: [{ in: 'file', row: 1, field: '/', message: 'has no header row naming the columns' }],
    };
  }
  const mapping = mapHeaders(headers, (index) => data.some((cells) => (cells[index] ?? '').trim() !== ''));
  const rows: ImportRow[] = [];
  data.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === '')) return;
    const row: ImportRow = { row: index + 2, values: {}, cleared: [], errors: [] };
    cells.forEach((cell, column) => {
      const field = mapping.fields[column];
      if (field) {
        const converted = convertCell(field, cell);
        if ('value' in converted) row.values[field] = converted.value;
        else if ('clear' in converted) row.cleared.push(field);
        else row.errors.push({ in: 'row', row: row.row, field, message: converted.error });
      } else if (column >= headers.length && cell.trim() !== '') {
        row.errors.push({
          in: 'row',
          row: row.row,
          field: `column ${column + 1}`,
          message: `has a value but the header row has only ${headers.length} columns`,
        });
      }
    });
    rows.push(row);
  });
  return { ...base, rows, errors: mapping.errors };
}

const IMPORT_FIELDS: ReadonlySet<string> = new Set(IMPORT_COLUMNS.map((c) => c.field));

function parseJson(text: string, encoding: TextEncoding): ParsedImport {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new InputError('The file is not valid JSON.', [
      { in: 'file', field: '/', message: `is not valid JSON: ${message}` },
    ]);
  }
  const items = Array.isArray(body)
    ? body
    : typeof body === 'object' && body !== null && Array.isArray((body as { items?: unknown }).items)
      ? ((body as { items: unknown[] }).items as unknown[])
      : undefined;
  const base = { format: 'json' as const, encoding };
  if (!items) {
    return {
      ...base,
      rows: [],
      errors: [{ in: 'file', field: '/', message: 'must be an array of processes or an object {"items": [...]}' }],
    };
  }
  const rows = items.map((item, index): ImportRow => {
    const row: ImportRow = { row: index + 1, values: {}, cleared: [], errors: [] };
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      row.errors.push({ in: 'row', row: row.row, field: '/', message: 'must be an object' });
      return row;
    }
    for (const [field, value] of Object.entries(item as Record<string, unknown>)) {
      if (value !== null || !IMPORT_FIELDS.has(field)) row.values[field] = value;
      else if (REQUIRED_FIELDS.has(field as ImportField)) {
        row.errors.push({ in: 'row', row: row.row, field, message: 'must not be null' });
      } else row.cleared.push(field as ImportField);
    }
    return row;
  });
  return { ...base, rows, errors: [] };
}
