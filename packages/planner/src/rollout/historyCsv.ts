/**
 * Reads a rollout history file (CSV as German Excel writes it: `;` or `,`, UTF-8 or windows-1252) into
 * rows of stage changes, before any database lookup: decoding, separator, header mapping and the
 * conversion of each cell. Columns (German or English names, case and umlaut spelling ignored):
 * Prozess/processKey; Stufe/to; Datum/at; Unterstützung/support; Notiz/note; Begründung/reason.
 */
import { parse } from 'csv-parse/sync';
import { decodeText, detectSeparator, InputError, normalizeHeader, type TextEncoding } from '@efile/catalogue';
import { validator, type FieldError } from '@efile/schemas';
import { toMs } from '../domain/calendar.js';
import {
  STAGE_LABELS,
  STAGES,
  SUPPORT_LEVEL_LABELS,
  SUPPORT_LEVELS,
  type Stage,
  type SupportLevel,
} from '../domain/stages.js';

/** A field of a history row. */
export type HistoryField = 'processKey' | 'to' | 'at' | 'support' | 'note' | 'reason';

interface ColumnSpec {
  field: HistoryField;
  /** The header names a user may write; the first is the German name shown in messages. */
  names: readonly string[];
  required: boolean;
}

/** The columns of a history file, in the order a template lists them. */
export const HISTORY_COLUMNS: readonly ColumnSpec[] = [
  { field: 'processKey', names: ['Prozess', 'processKey', 'Prozessschlüssel', 'Schlüssel', 'Key'], required: true },
  { field: 'to', names: ['Stufe', 'to', 'Stage'], required: true },
  { field: 'at', names: ['Datum', 'at', 'Date', 'Zeitpunkt'], required: true },
  { field: 'support', names: ['Unterstützung', 'support', 'Unterstützungsart'], required: true },
  { field: 'note', names: ['Notiz', 'note', 'Bemerkung'], required: false },
  { field: 'reason', names: ['Begründung', 'reason', 'Grund'], required: false },
];

/** One data row of the file, its cells converted. */
export interface HistoryRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  processKey?: string;
  to?: Stage;
  /** A canonical ISO 8601 instant (a day alone means 00:00 UTC of that day). */
  at?: string;
  support?: SupportLevel;
  note?: string;
  reason?: string;
  /** Problems with the row's cells. */
  errors: FieldError[];
}

export interface ParsedHistory {
  encoding: TextEncoding;
  separator: ';' | ',' | '\t';
  rows: HistoryRow[];
  /** Problems with the file as a whole (reported on the header row 1); when there are any, no row counts. */
  errors: FieldError[];
}

/**
 * A text folded for comparison: lower case, umlauts spelled out, only letters and digits — the rule the
 * catalogue's process import applies to its headers, used here for headers, stages and support levels.
 */
export const fold = normalizeHeader;

const COLUMN_BY_NAME = new Map<string, HistoryField>(
  HISTORY_COLUMNS.flatMap((c) => c.names.map((n) => [fold(n), c.field] as const)),
);

const STAGE_BY_NAME = new Map<string, Stage>(
  STAGES.flatMap((s) => [fold(s), fold(STAGE_LABELS[s].de), fold(STAGE_LABELS[s].en)].map((n) => [n, s] as const)),
);

const SUPPORT_BY_NAME = new Map<string, SupportLevel>([
  ...SUPPORT_LEVELS.flatMap((s) =>
    [fold(s), fold(SUPPORT_LEVEL_LABELS[s].de), fold(SUPPORT_LEVEL_LABELS[s].en)].map((n) => [n, s] as const),
  ),
  // The older spelling of "selbstständig".
  ['selbstaendig', 'self_service'],
]);

const MAX_TEXT = 2000;
const SEP_LINE = /^"?sep=([;,\t])"?[ \t]*\r?\n/i;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const validKey = validator<string>('common.schema.json#/$defs/ProcessKey');

/** The German column name of a field, for messages. */
export function historyColumnName(field: HistoryField): string {
  return HISTORY_COLUMNS.find((c) => c.field === field)?.names[0] ?? field;
}

/**
 * The instant of a date cell: `YYYY-MM-DD` or `DD.MM.YYYY` (00:00 UTC of that day), or an ISO 8601
 * instant with `Z` or an offset; undefined for anything else.
 */
export function parseHistoryDate(cell: string): string | undefined {
  const text = cell.trim();
  const german = GERMAN_DAY.exec(text);
  const day = german
    ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}`
    : ISO_DAY.test(text)
      ? text
      : undefined;
  try {
    return new Date(toMs(day ?? text)).toISOString();
  } catch {
    return undefined;
  }
}

function convert(row: HistoryRow, field: HistoryField, cell: string): void {
  const text = cell.trim();
  const error = (message: string) => row.errors.push({ in: 'row', row: row.row, field, message });
  if (text === '') {
    if (HISTORY_COLUMNS.find((c) => c.field === field)?.required) error('is required');
    return;
  }
  switch (field) {
    case 'processKey':
      if (validKey(text).ok) row.processKey = text;
      else error(`is not a process key (e.g. P-32-0147): "${text}"`);
      return;
    case 'to': {
      const stage = STAGE_BY_NAME.get(fold(text));
      if (stage) row.to = stage;
      else error(`is not a stage: "${text}" (${STAGES.map((s) => STAGE_LABELS[s].de).join(', ')})`);
      return;
    }
    case 'support': {
      const support = SUPPORT_BY_NAME.get(fold(text));
      if (support) row.support = support;
      else
        error(
          `is not a support level: "${text}" (${SUPPORT_LEVELS.map((s) => SUPPORT_LEVEL_LABELS[s].de).join(', ')})`,
        );
      return;
    }
    case 'at': {
      const at = parseHistoryDate(text);
      if (at) row.at = at;
      else error(`is not a date (YYYY-MM-DD, TT.MM.JJJJ or an ISO 8601 instant with time zone): "${text}"`);
      return;
    }
    case 'note':
    case 'reason':
      if (text.length > MAX_TEXT) error(`is longer than ${MAX_TEXT} characters`);
      else row[field] = text;
      return;
  }
}

/** Reads the file; throws InputError when it is not CSV at all. */
export function parseHistoryCsv(bytes: Uint8Array, charset?: string): ParsedHistory {
  const decoded = decodeText(bytes, charset);
  let text = decoded.text;
  let separator: ParsedHistory['separator'];
  const sepLine = SEP_LINE.exec(text);
  if (sepLine) {
    separator = sepLine[1] as ParsedHistory['separator'];
    text = text.slice(sepLine[0].length);
  } else {
    separator = detectSeparator(text.slice(0, text.search(/\r?\n|$/)));
  }
  let records: string[][];
  try {
    records = parse(text, { delimiter: separator, relax_column_count: true, relax_quotes: true });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new InputError(`The file is not valid CSV: ${message}`, [
      { in: 'file', field: '/', message: `is not valid CSV: ${message}` },
    ]);
  }
  const base = { encoding: decoded.encoding, separator };
  const [headers, ...data] = records;
  if (!headers || headers.every((h) => h.trim() === '')) {
    return { ...base, rows: [], errors: [{ in: 'file', row: 1, field: '/', message: 'has no header row' }] };
  }

  const errors: FieldError[] = [];
  const fields: Array<HistoryField | undefined> = [];
  const seen = new Set<HistoryField>();
  const known = HISTORY_COLUMNS.map((c) => c.names.slice(0, 2).join('/')).join(', ');
  headers.forEach((header, index) => {
    const name = header.replace(/^\uFEFF/, '').trim();
    const field = COLUMN_BY_NAME.get(fold(name));
    if (name === '') {
      fields.push(undefined);
      if (data.some((cells) => (cells[index] ?? '').trim() !== '')) {
        errors.push({ in: 'file', row: 1, field: `column ${index + 1}`, message: 'has values but no name' });
      }
    } else if (!field) {
      fields.push(undefined);
      errors.push({ in: 'file', row: 1, field: name, message: `is not a known column (known: ${known})` });
    } else if (seen.has(field)) {
      fields.push(undefined);
      errors.push({ in: 'file', row: 1, field: name, message: `repeats the column ${historyColumnName(field)}` });
    } else {
      seen.add(field);
      fields.push(field);
    }
  });
  for (const column of HISTORY_COLUMNS) {
    if (column.required && !seen.has(column.field)) {
      errors.push({ in: 'file', row: 1, field: column.names[0]!, message: 'is a required column and missing' });
    }
  }

  const rows: HistoryRow[] = [];
  data.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === '')) return;
    const row: HistoryRow = { row: index + 2, errors: [] };
    fields.forEach((field, column) => {
      if (field) convert(row, field, cells[column] ?? '');
    });
    cells.forEach((cell, column) => {
      if (column >= headers.length && cell.trim() !== '') {
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
  return { ...base, rows, errors };
}
