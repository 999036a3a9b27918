import type { ExportColumn, ExportTable, ExportValue } from './exportTable.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A number in German notation: decimal comma, at most two decimals, no grouping. */
function germanNumber(value: number, decimals = 2): string {
  const factor = 10 ** decimals;
  return String(Math.round(value * factor) / factor).replace('.', ',');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toDate(value: string | Date): Date | undefined {
  const date = value instanceof Date ? value : new Date(DAY.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The text of one cell as German Excel reads it: `dd.mm.yyyy`, decimal commas, `46,5 %`. */
export function csvValue(column: ExportColumn, value: ExportValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nein';
  switch (column.type) {
    case 'integer':
    case 'number':
      return typeof value === 'number' ? germanNumber(value, column.type === 'integer' ? 0 : 2) : String(value);
    case 'percent':
      return typeof value === 'number' ? `${germanNumber(value * 100, 1)} %` : String(value);
    case 'date':
    case 'datetime': {
      if (typeof value === 'number') return String(value);
      const date = toDate(value);
      if (!date) return String(value);
      const day = `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
      return column.type === 'date' ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
    }
    default:
      return value instanceof Date ? value.toISOString() : String(value);
  }
}

/**
 * One CSV field: text starting with = + - @ (or a tab or carriage return) gets a leading apostrophe so
 * that spreadsheets do not run it as a formula; fields with separators, quotes or line breaks are quoted.
 */
export function csvField(text: string, column?: ExportColumn): string {
  const isText = !column || column.type === 'text';
  const safe = isText && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The table as CSV for German Excel: `;`-separated, CRLF lines, UTF-8 with BOM, German titles; its notes
 * follow after an empty line, one field per line.
 */
export function tableCsv(table: ExportTable): string {
  const lines = [table.columns.map((c) => csvField(c.title)).join(';')];
  for (const row of table.rows) {
    lines.push(table.columns.map((c) => csvField(csvValue(c, row[c.key]), c)).join(';'));
  }
  if (table.notes && table.notes.length > 0) lines.push('', ...table.notes.map((note) => csvField(note)));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
