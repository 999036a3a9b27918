import assert from 'node:assert/strict';
import { InputError } from '../errors.js';
import { detectSeparator, parseImportFile } from './parseImportFile.js';

const csv = (text: string) => ({ bytes: Buffer.from(text, 'utf8'), format: 'csv' as const });

describe('parseImportFile', () => {
  describe('#detectSeparator', () => {
    const cases: Array<[string, string]> = [
      ['Schlüssel;Name;Amt', ';'],
      ['Key,Name,Department', ','],
      ['Key\tName\tDepartment', '\t'],
      ['"Name, lang";Key', ';'],
      ['Key', ';'],
    ];
    for (const [line, separator] of cases) {
      it(`detects ${JSON.stringify(separator)} in ${JSON.stringify(line)}`, () => {
        assert.equal(detectSeparator(line), separator);
      });
    }
  });

  it('numbers rows as a spreadsheet shows them: multi-line cells are one row, blank rows keep their place', () => {
    // given a header, a row with a line break in a quoted cell, a blank Excel row and another row
    const text = 'Key;Beschreibung\r\nP-1-A;"Zeile 1\r\nZeile 2; mit Semikolon"\r\n;\r\nP-1-B;x\r\n';
    // when parsed
    const parsed = parseImportFile(csv(text));
    // then the rows are 2 and 4, the cell keeps its separator and line break
    assert.deepEqual(
      parsed.rows.map((r) => r.row),
      [2, 4],
    );
    assert.equal(parsed.rows[0]?.values.description, 'Zeile 1\nZeile 2; mit Semikolon');
    assert.equal(parsed.separator, ';');
  });

  it('reads an Excel "sep=" line and keeps the header as row 1', () => {
    // given a file that names its separator first
    const parsed = parseImportFile(csv('sep=,\r\nKey,Name\r\nP-1-A,Test\r\n'));
    // then the separator is taken from it and the first data row is row 2
    assert.equal(parsed.separator, ',');
    assert.equal(parsed.rows[0]?.row, 2);
    assert.equal(parsed.rows[0]?.values.name, 'Test');
  });

  it('reports a value beyond the last column', () => {
    const parsed = parseImportFile(csv('Key;Name\nP-1-A;Test;extra\n'));
    assert.equal(parsed.rows[0]?.errors[0]?.field, 'column 3');
  });

  it('marks empty cells of optional fields as cleared', () => {
    const parsed = parseImportFile(csv('Key;Prozessgruppe;Fallzahl\nP-1-A;;1.200\n'));
    assert.deepEqual(parsed.rows[0]?.cleared, ['group']);
    assert.equal(parsed.rows[0]?.values.annualCaseVolume, 1200);
  });

  it('throws InputError for a quote that is never closed', () => {
    assert.throws(() => parseImportFile(csv('Key;Name\nP-1-A;"offen\n')), InputError);
  });

  it('reads JSON arrays and {items}, numbering rows from 1 and treating null as clearing', () => {
    // given the same rows in both shapes
    const rows = [{ key: 'P-1-A', group: null }, 'nope'];
    for (const body of [rows, { items: rows }]) {
      // when parsed
      const parsed = parseImportFile({ bytes: Buffer.from(JSON.stringify(body)), format: 'json' });
      // then
      assert.deepEqual(
        parsed.rows.map((r) => r.row),
        [1, 2],
      );
      assert.deepEqual(parsed.rows[0]?.cleared, ['group']);
      assert.equal(parsed.rows[1]?.errors[0]?.message, 'must be an object');
    }
  });

  it('reports JSON that is neither an array nor {items} as a file error', () => {
    const parsed = parseImportFile({ bytes: Buffer.from('{"key":"P-1-A"}'), format: 'json' });
    assert.equal(parsed.errors[0]?.in, 'file');
  });
});
