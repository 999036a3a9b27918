import assert from 'node:assert/strict';
import type { ExportColumn, ExportTable, ExportValue } from './exportTable.js';
import { csvField, csvValue, tableCsv } from './tableCsv.js';

const column = (type: ExportColumn['type']): ExportColumn => ({ key: 'v', title: 'Wert', type });

describe('tableCsv', () => {
  describe('#csvValue', () => {
    /** [type, value, text in the CSV]. */
    const CASES: Array<[ExportColumn['type'], ExportValue, string]> = [
      ['number', 1.5, '1,5'],
      ['number', 2 / 3, '0,67'],
      ['integer', 12, '12'],
      ['percent', 0.4567, '45,7 %'],
      ['percent', 1.8, '180 %'],
      ['date', '2026-03-27', '27.03.2026'],
      ['date', new Date('2026-01-05T00:00:00Z'), '05.01.2026'],
      ['datetime', '2026-11-26T09:05:00.000Z', '26.11.2026 09:05'],
      ['text', true, 'Ja'],
      ['text', 'Amt 32', 'Amt 32'],
      ['number', null, ''],
      ['date', undefined, ''],
    ];
    for (const [type, value, text] of CASES) {
      it(`writes ${type} ${String(value)} as ${JSON.stringify(text)}`, () => {
        assert.equal(csvValue(column(type), value), text);
      });
    }
  });

  describe('#csvField', () => {
    /** [text, field]: formula starts get an apostrophe, separators and quotes are quoted. */
    const CASES: Array<[string, string]> = [
      ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
      ['+49 711', "'+49 711"],
      ['-1+1', "'-1+1"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['a;b', '"a;b"'],
      ['Zeile 1\nZeile 2', '"Zeile 1\nZeile 2"'],
      ['Baurechtsamt', 'Baurechtsamt'],
    ];
    for (const [text, field] of CASES) {
      it(`writes ${JSON.stringify(text)} as ${JSON.stringify(field)}`, () => {
        assert.equal(csvField(text), field);
      });
    }

    it('leaves a negative number in a number column as it is', () => {
      // given a negative number formatted for a number column
      const text = csvValue(column('number'), -2.5);
      // then it is not taken for a formula
      assert.equal(csvField(text, column('number')), '-2,5');
    });
  });

  describe('#tableCsv', () => {
    it('writes a BOM, the German titles and one line per row, separated by semicolons and CRLF', () => {
      // given a table with a text, a number and a date column
      const table: ExportTable = {
        sheetName: 'Test',
        fileName: 'test',
        columns: [
          { key: 'name', title: 'Name', type: 'text' },
          { key: 'demand', title: 'Bedarf (PT)', type: 'number' },
          { key: 'start', title: 'Beginn', type: 'date' },
        ],
        rows: [
          { name: 'Welle 1', demand: 18.25, start: '2026-01-05' },
          { name: '=1+1', demand: null, start: undefined },
        ],
      };
      // when it is written
      const csv = tableCsv(table);
      // then
      assert.equal(csv, "\uFEFFName;Bedarf (PT);Beginn\r\nWelle 1;18,25;05.01.2026\r\n'=1+1;;\r\n");
    });

    it('writes the notes after an empty line, one field per line, quoted where needed', () => {
      // given a table with two notes, one with a semicolon
      const table: ExportTable = {
        sheetName: 'Test',
        fileName: 'test',
        columns: [{ key: 'n', title: 'Anzahl', type: 'integer' }],
        rows: [{ n: 3 }],
        notes: ['Zählregel: live ÷ im Umfang; ohne Vorlagen.', 'Stand: heute'],
      };
      // when it is written
      const csv = tableCsv(table);
      // then
      assert.equal(csv, '\uFEFFAnzahl\r\n3\r\n\r\n"Zählregel: live ÷ im Umfang; ohne Vorlagen."\r\nStand: heute\r\n');
    });
  });
});
