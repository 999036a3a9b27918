/**
 * The columns of a process import: which header names mean which field (German or English,
 * case-insensitive), and how a cell's text becomes the field's value.
 */
import type { FieldError, ProcessCreate } from '@efile/schemas';

/** A field a row of an import may set: the fields of ProcessCreate. */
export type ImportField = keyof ProcessCreate;

/** Fields every process has; a cell can set them but never clear them. */
export const REQUIRED_FIELDS: ReadonlySet<ImportField> = new Set(['key', 'name', 'department', 'kind']);

/** Fields stored as lists, cleared to an empty list rather than removed. */
export const LIST_FIELDS: ReadonlySet<ImportField> = new Set(['documentTypes', 'tags']);

interface ColumnSpec {
  field: ImportField;
  /** The header names a user may write; the first is the German name shown in messages. */
  names: readonly string[];
}

/** The known columns, in the order a template lists them. */
export const IMPORT_COLUMNS: readonly ColumnSpec[] = [
  { field: 'key', names: ['Schlüssel', 'Key', 'Prozessschlüssel'] },
  { field: 'name', names: ['Name', 'Bezeichnung', 'Prozessname'] },
  { field: 'description', names: ['Beschreibung', 'Description'] },
  { field: 'department', names: ['Amt', 'Department', 'Amtsnummer'] },
  { field: 'kind', names: ['Art', 'Kind', 'Prozessart'] },
  { field: 'group', names: ['Prozessgruppe', 'Group', 'Gruppe'] },
  { field: 'leikaKey', names: ['LeiKa-Schlüssel', 'LeiKa', 'leikaKey'] },
  { field: 'filingPlanRef', names: ['Aktenplankennzeichen', 'filingPlanRef'] },
  { field: 'documentTypes', names: ['Dokumenttypen', 'documentTypes'] },
  { field: 'retentionYears', names: ['Aufbewahrungsfrist', 'retentionYears'] },
  { field: 'disposal', names: ['Aussonderungsart', 'disposal'] },
  { field: 'annualCaseVolume', names: ['Fallzahl', 'annualCaseVolume', 'Fallzahlen'] },
  { field: 'legalBasis', names: ['Rechtsgrundlage', 'legalBasis'] },
  { field: 'tags', names: ['Schlagwörter', 'Tags', 'Schlagworte'] },
];

/** A header name folded for comparison: lower case, umlauts spelled out, only letters and digits. */
export function normalizeHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .toLocaleLowerCase('de-DE')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

const BY_HEADER = new Map<string, ImportField>(
  IMPORT_COLUMNS.flatMap((c) => c.names.map((n) => [normalizeHeader(n), c.field] as const)),
);

/** The German column name of a field, for messages. */
export function columnName(field: ImportField): string {
  return IMPORT_COLUMNS.find((c) => c.field === field)?.names[0] ?? field;
}

export interface ColumnMapping {
  /** The field of each column; undefined for a nameless column that holds no values. */
  fields: Array<ImportField | undefined>;
  /** File-level errors (reported on the header row 1). */
  errors: FieldError[];
}

/**
 * Maps the header cells to fields. Unknown and repeated columns are file-level errors, and so
 * is a missing key column (every row is matched by its key). A column without a name is
 * ignored when it is empty throughout (Excel adds such columns after a trailing separator).
 */
export function mapHeaders(headers: readonly string[], columnHasValues: (index: number) => boolean): ColumnMapping {
  const fields: Array<ImportField | undefined> = [];
  const errors: FieldError[] = [];
  const seen = new Map<ImportField, number>();
  const known = IMPORT_COLUMNS.map((c) => c.names.slice(0, 2).join('/')).join(', ');
  headers.forEach((header, index) => {
    const trimmed = header.replace(/^\uFEFF/, '').trim();
    if (trimmed === '') {
      fields.push(undefined);
      if (columnHasValues(index)) {
        errors.push({
          in: 'file',
          row: 1,
          field: `column ${index + 1}`,
          message: 'has values but no name in the header row',
        });
      }
      return;
    }
    const field = BY_HEADER.get(normalizeHeader(trimmed));
    fields.push(field);
    if (!field) {
      errors.push({ in: 'file', row: 1, field: trimmed, message: `is not a known column (known: ${known})` });
      return;
    }
    const earlier = seen.get(field);
    if (earlier !== undefined) {
      errors.push({
        in: 'file',
        row: 1,
        field: trimmed,
        message: `repeats column ${earlier + 1} ("${headers[earlier]?.trim()}"); each field may have one column`,
      });
    } else {
      seen.set(field, index);
    }
  });
  if (!seen.has('key')) {
    errors.push({
      in: 'file',
      row: 1,
      field: 'Schlüssel',
      message: 'is missing: every import needs a key column (Schlüssel or Key) to match rows to processes',
    });
  }
  return { fields, errors };
}

/** What a cell means: a value to set, an optional field to clear, or a problem. */
export type CellValue = { value: unknown } | { clear: true } | { error: string };

const KINDS: Record<string, ProcessCreate['kind']> = {
  basisprozess: 'base',
  base: 'base',
  fachprozess: 'department',
  department: 'department',
};

const DISPOSALS: Record<string, 'A' | 'B' | 'V'> = {
  a: 'A',
  archivieren: 'A',
  b: 'B',
  bewerten: 'B',
  v: 'V',
  vernichten: 'V',
};

/**
 * A whole number as written in German spreadsheets: `1234`, `1.234` (thousands separator),
 * `1 234`, or with a zero decimal part (`1.234,00`). Undefined for anything else.
 */
export function parseGermanInteger(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  const match = /^(\d+|\d{1,3}(?:\.\d{3})+)(?:,0+)?$/.exec(compact);
  if (!match?.[1]) return undefined;
  const value = Number(match[1].replace(/\./g, ''));
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Excel's scientific notation for long numbers, e.g. `9,91E+13` or `9.91001E+13`. */
const SCIENTIFIC = /^\d+(?:[.,]\d+)?e\+?\d+$/i;

function splitList(text: string, separators: RegExp): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Converts one cell to the value of its field. An empty cell clears an optional field and is an
 * error for a required one. Types are converted here; ranges and formats are left to the schema.
 */
export function convertCell(field: ImportField, raw: string): CellValue {
  const text = (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw).trim();
  if (text === '') {
    return REQUIRED_FIELDS.has(field) ? { error: 'must not be empty' } : { clear: true };
  }
  switch (field) {
    case 'kind': {
      const kind = KINDS[text.toLowerCase()];
      return kind
        ? { value: kind }
        : { error: `must be Basisprozess or Fachprozess (base or department), not "${text}"` };
    }
    case 'department':
      // German Excel turns a code such as 36.1 into the number 36,1.
      return { value: /^\d{1,3},\d{1,2}$/.test(text) ? text.replace(',', '.') : text };
    case 'leikaKey': {
      const compact = text.replace(/\s/g, '');
      if (SCIENTIFIC.test(compact)) {
        return {
          error: `was turned into a number by Excel ("${text}"), which loses digits: format the column as text and export again`,
        };
      }
      return { value: compact };
    }
    case 'documentTypes':
      return { value: splitList(text, /[,|]/) };
    case 'tags':
      return { value: splitList(text, /[,;|]/) };
    case 'retentionYears': {
      const years = parseGermanInteger(text.replace(/\s*(jahre?|j\.?)$/i, ''));
      return years === undefined ? { error: `must be a whole number of years, not "${text}"` } : { value: years };
    }
    case 'annualCaseVolume': {
      const cases = parseGermanInteger(text);
      return cases === undefined
        ? { error: `must be a whole number (German format such as 1.234 allowed), not "${text}"` }
        : { value: cases };
    }
    case 'disposal': {
      const disposal = DISPOSALS[text.toLowerCase()];
      return disposal
        ? { value: disposal }
        : { error: `must be A (archivieren), B (bewerten) or V (vernichten), not "${text}"` };
    }
    default:
      return { value: text };
  }
}
