import ExcelJS from 'exceljs';
import type { ExportColumn, ExportColumnType, ExportTable, ExportValue } from './exportTable.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The Excel number format of each column type (Excel shows it in the reader's locale). */
export const NUMBER_FORMATS: Readonly<Record<ExportColumnType, string | undefined>> = {
  text: undefined,
  integer: '0',
  number: '#,##0.00',
  percent: '0.0%',
  date: 'dd.mm.yyyy',
  datetime: 'dd.mm.yyyy hh:mm',
};

const DEFAULT_WIDTHS: Readonly<Record<ExportColumnType, number>> = {
  text: 24,
  integer: 10,
  number: 12,
  percent: 10,
  date: 12,
  datetime: 17,
};

/** A sheet name Excel accepts: without `[]:*?/\`, at most 31 characters, not empty. */
export function sheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '-')
    .trim()
    .slice(0, 31);
  return cleaned === '' ? 'Tabelle' : cleaned;
}

/** The typed value of a cell: numbers as numbers, days and instants as dates, text as text. */
function cellValue(column: ExportColumn, value: ExportValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nein';
  if (column.type === 'date' || column.type === 'datetime') {
    if (value instanceof Date) return value;
    if (typeof value === 'string') {
      const date = new Date(DAY.test(value) ? `${value}T00:00:00Z` : value);
      return Number.isNaN(date.getTime()) ? value : date;
    }
  }
  if (value instanceof Date) return value.toISOString();
  // Strings are written as strings, never as formulas, so `=…` stays text in XLSX.
  return value;
}

/**
 * The table as an XLSX workbook: one sheet with a bold, frozen header row of German titles and an
 * auto-filter over the table; numbers, percentages and dates are typed cells with number formats. The
 * notes follow after an empty row, in italics in the first column, outside the auto-filter.
 */
export async function tableXlsx(table: ExportTable, created: Date = new Date()): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'efile-rollout';
  workbook.created = created;
  const sheet = workbook.addWorksheet(sheetName(table.sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: c.title,
    key: c.key,
    width: c.width ?? Math.max(DEFAULT_WIDTHS[c.type], c.title.length + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(table.columns.map((c) => cellValue(c, row[c.key])));
    table.columns.forEach((c, i) => {
      const format = NUMBER_FORMATS[c.type];
      if (format) added.getCell(i + 1).numFmt = format;
    });
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: table.rows.length + 1, column: table.columns.length },
  };
  (table.notes ?? []).forEach((note, i) => {
    const cell = sheet.getCell(table.rows.length + 3 + i, 1);
    cell.value = note;
    cell.font = { italic: true };
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer);
}
