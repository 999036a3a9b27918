import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { ExportTable } from './exportTable.js';
import { sheetName, tableXlsx } from './tableXlsx.js';

const TABLE: ExportTable = {
  sheetName: 'Wellen',
  fileName: 'wellen',
  columns: [
    { key: 'name', title: 'Name', type: 'text' },
    { key: 'start', title: 'Beginn', type: 'date' },
    { key: 'updatedAt', title: 'Stand (UTC)', type: 'datetime' },
    { key: 'processes', title: 'Prozesse', type: 'integer' },
    { key: 'demand', title: 'Bedarf (PT)', type: 'number' },
    { key: 'ratio', title: 'Auslastung', type: 'percent' },
  ],
  rows: [
    {
      name: 'Welle 1',
      start: '2026-01-05',
      updatedAt: '2026-11-26T09:05:00.000Z',
      processes: 2,
      demand: 18.5,
      ratio: 0.46,
    },
    {
      name: '=HYPERLINK("http://example.org")',
      start: null,
      updatedAt: undefined,
      processes: 0,
      demand: 0,
      ratio: null,
    },
  ],
};

/** Reads an XLSX file back with exceljs. */
async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  assert.equal(workbook.worksheets.length, 1);
  return workbook.worksheets[0]!;
}

describe('tableXlsx', () => {
  describe('#tableXlsx', () => {
    it('writes a sheet with a bold header row of German titles and an auto-filter', async () => {
      // when the table is written and read back
      const sheet = await readBack(await tableXlsx(TABLE));
      // then
      assert.equal(sheet.name, 'Wellen');
      assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), [
        'Name',
        'Beginn',
        'Stand (UTC)',
        'Prozesse',
        'Bedarf (PT)',
        'Auslastung',
      ]);
      assert.equal(sheet.getCell('A1').font?.bold, true);
      assert.equal(sheet.getCell('F1').font?.bold, true);
      assert.equal(sheet.rowCount, 3);
      assert.ok(sheet.autoFilter, 'no auto-filter');
      assert.equal(sheet.autoFilter, 'A1:F3');
      assert.equal(sheet.views[0]?.state, 'frozen');
    });

    it('types the cells: numbers as numbers, dates as dates, percentages as shares with a % format', async () => {
      // when the table is written and read back
      const sheet = await readBack(await tableXlsx(TABLE));
      // then each cell has its type and number format
      /** [cell, value, number format]. */
      const expected: Array<[string, unknown, string | undefined]> = [
        ['A2', 'Welle 1', undefined],
        ['B2', new Date('2026-01-05T00:00:00.000Z'), 'dd.mm.yyyy'],
        ['C2', new Date('2026-11-26T09:05:00.000Z'), 'dd.mm.yyyy hh:mm'],
        ['D2', 2, '0'],
        ['E2', 18.5, '#,##0.00'],
        ['F2', 0.46, '0.0%'],
      ];
      for (const [ref, value, format] of expected) {
        const cell = sheet.getCell(ref);
        assert.deepEqual(cell.value, value, ref);
        assert.equal(cell.numFmt, format, ref);
      }
      assert.equal(sheet.getCell('D2').type, ExcelJS.ValueType.Number);
      assert.equal(sheet.getCell('B2').type, ExcelJS.ValueType.Date);
    });

    it('keeps text that looks like a formula as text, and leaves empty values empty', async () => {
      // when the table is written and read back
      const sheet = await readBack(await tableXlsx(TABLE));
      // then the formula-like text is a string, not a formula
      const cell = sheet.getCell('A3');
      assert.equal(cell.type, ExcelJS.ValueType.String);
      assert.equal(cell.value, '=HYPERLINK("http://example.org")');
      assert.equal(sheet.getCell('B3').value, null);
      assert.equal(sheet.getCell('F3').value, null);
    });

    it('writes the notes in italics below an empty row, outside the auto-filter', async () => {
      // given the table with two notes
      const table: ExportTable = { ...TABLE, notes: ['Zählregel: live ÷ im Umfang.', '=keine Formel'] };
      // when it is written and read back
      const sheet = await readBack(await tableXlsx(table));
      // then rows 4 (empty), 5 and 6 follow the table, and the filter ends at row 3
      assert.equal(sheet.autoFilter, 'A1:F3');
      assert.equal(sheet.getCell('A4').value, null);
      assert.equal(sheet.getCell('A5').value, 'Zählregel: live ÷ im Umfang.');
      assert.equal(sheet.getCell('A5').font?.italic, true);
      assert.equal(sheet.getCell('A6').type, ExcelJS.ValueType.String);
      assert.equal(sheet.getCell('A6').value, '=keine Formel');
      assert.equal(sheet.rowCount, 6);
    });
  });

  describe('#sheetName', () => {
    /** [name, sheet name]. */
    const CASES: Array<[string, string]> = [
      ['Statusberichte 2026-11', 'Statusberichte 2026-11'],
      ['Abdeckung [Ämter]: 10/32?', 'Abdeckung -Ämter-- 10-32-'],
      ['Ein sehr langer Name für ein Tabellenblatt', 'Ein sehr langer Name für ein Ta'],
      ['', 'Tabelle'],
    ];
    for (const [name, result] of CASES) {
      it(`makes ${JSON.stringify(name)} ${JSON.stringify(result)}`, () => {
        assert.equal(sheetName(name), result);
      });
    }
  });
});
