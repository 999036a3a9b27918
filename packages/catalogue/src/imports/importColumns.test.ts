import assert from 'node:assert/strict';
import { convertCell, mapHeaders, normalizeHeader, parseGermanInteger } from './importColumns.js';

describe('importColumns', () => {
  describe('#mapHeaders', () => {
    const headers: Array<[string, string]> = [
      ['Schlüssel', 'key'],
      ['KEY', 'key'],
      ['Schluessel', 'key'],
      ['Bezeichnung', 'name'],
      ['name', 'name'],
      ['Beschreibung', 'description'],
      ['Amt', 'department'],
      ['department', 'department'],
      ['Art', 'kind'],
      ['Prozessgruppe', 'group'],
      ['LeiKa', 'leikaKey'],
      ['LeiKa-Schlüssel', 'leikaKey'],
      ['leikaKey', 'leikaKey'],
      ['Aktenplankennzeichen', 'filingPlanRef'],
      ['Dokumenttypen', 'documentTypes'],
      ['Aufbewahrungsfrist', 'retentionYears'],
      ['Aussonderungsart', 'disposal'],
      ['Fallzahl', 'annualCaseVolume'],
      ['Rechtsgrundlage', 'legalBasis'],
      ['Schlagwörter', 'tags'],
      [' tags ', 'tags'],
    ];
    for (const [header, field] of headers) {
      it(`maps "${header}" to ${field}`, () => {
        // when a file has the key column and this one
        const mapping = mapHeaders(field === 'key' ? [header] : ['Key', header], () => true);
        // then the column means the field and nothing is wrong
        assert.deepEqual(mapping.errors, []);
        assert.equal(mapping.fields.at(-1), field);
      });
    }

    const invalid: Array<[string, string[], string, RegExp]> = [
      ['an unknown column', ['Schlüssel', 'Bemerkung'], 'Bemerkung', /not a known column/],
      ['a repeated field', ['Schlüssel', 'Name', 'Bezeichnung'], 'Bezeichnung', /repeats column 2/],
      ['no key column', ['Name', 'Amt'], 'Schlüssel', /needs a key column/],
    ];
    for (const [what, given, field, message] of invalid) {
      it(`reports ${what} as a file error naming ${field}`, () => {
        // when the header row is mapped
        const mapping = mapHeaders(given, () => true);
        // then one file-level error on row 1 names the column
        const error = mapping.errors.find((e) => e.field === field);
        assert.ok(error, JSON.stringify(mapping.errors));
        assert.equal(error.in, 'file');
        assert.equal(error.row, 1);
        assert.match(error.message, message);
      });
    }

    it('ignores a nameless empty column and reports a nameless column with values', () => {
      // given a trailing separator in the header (Excel), once with and once without values below
      // when mapped
      const empty = mapHeaders(['Key', 'Name', ''], () => false);
      const filled = mapHeaders(['Key', 'Name', ''], (i) => i === 2);
      // then only the filled one is an error
      assert.deepEqual(empty.errors, []);
      assert.deepEqual(empty.fields, ['key', 'name', undefined]);
      assert.equal(filled.errors[0]?.field, 'column 3');
    });

    it('folds header names', () => {
      assert.equal(normalizeHeader('\uFEFFLeiKa-Schlüssel '), 'leikaschluessel');
    });
  });

  describe('#convertCell', () => {
    const valid: Array<[string, Parameters<typeof convertCell>[0], string, unknown]> = [
      ['Basisprozess', 'kind', 'Basisprozess', 'base'],
      ['fachprozess (case-insensitive)', 'kind', 'fachprozess', 'department'],
      ['English kind', 'kind', 'department', 'department'],
      ['a German thousands number', 'annualCaseVolume', '1.234', 1234],
      ['a plain number', 'annualCaseVolume', '98765', 98765],
      ['a number with zero decimals', 'annualCaseVolume', '12.500,00', 12500],
      ['a number with spaces', 'annualCaseVolume', '1 234 567', 1234567],
      ['years', 'retentionYears', '10', 10],
      ['years with unit', 'retentionYears', '30 Jahre', 30],
      ['disposal letter', 'disposal', 'v', 'V'],
      ['disposal word', 'disposal', 'Archivieren', 'A'],
      ['a list with commas', 'documentTypes', 'Antrag, Bescheid,Vermerk', ['Antrag', 'Bescheid', 'Vermerk']],
      ['a list with bars', 'documentTypes', 'Antrag | Bescheid', ['Antrag', 'Bescheid']],
      ['tags', 'tags', 'bau; genehmigung', ['bau', 'genehmigung']],
      ['a LeiKa key with spaces', 'leikaKey', '99 0010 0100 0000', '99001001000000'],
      ['a department code Excel made a number', 'department', '36,1', '36.1'],
      ['text trimmed, inner line breaks kept', 'description', '  Zeile 1\r\nZeile 2 ', 'Zeile 1\nZeile 2'],
    ];
    for (const [what, field, cell, value] of valid) {
      it(`converts ${what}`, () => {
        assert.deepEqual(convertCell(field, cell), { value });
      });
    }

    const invalid: Array<[string, Parameters<typeof convertCell>[0], string, RegExp]> = [
      ['a LeiKa key in scientific notation', 'leikaKey', '9,91E+13', /turned into a number by Excel/],
      ['another scientific form', 'leikaKey', '9.91001E+13', /turned into a number by Excel/],
      ['an unknown kind', 'kind', 'Lokalprozess', /Basisprozess or Fachprozess/],
      ['a decimal case volume', 'annualCaseVolume', '1,5', /whole number/],
      ['an English thousands separator', 'annualCaseVolume', '1,234', /whole number/],
      ['a word as years', 'retentionYears', 'zehn', /whole number of years/],
      ['an unknown disposal', 'disposal', 'X', /A \(archivieren\)/],
      ['an empty required cell', 'name', '  ', /must not be empty/],
    ];
    for (const [what, field, cell, message] of invalid) {
      it(`rejects ${what}`, () => {
        const result = convertCell(field, cell);
        assert.ok('error' in result, JSON.stringify(result));
        assert.match(result.error, message);
      });
    }

    it('clears an optional field for an empty cell', () => {
      assert.deepEqual(convertCell('group', ''), { clear: true });
      assert.deepEqual(convertCell('documentTypes', ' '), { clear: true });
    });
  });

  describe('#parseGermanInteger', () => {
    const cases: Array<[string, number | undefined]> = [
      ['0', 0],
      ['1.000.000', 1000000],
      ['1.00', undefined],
      ['-3', undefined],
      ['12a', undefined],
    ];
    for (const [text, value] of cases) {
      it(`reads "${text}" as ${String(value)}`, () => {
        assert.equal(parseGermanInteger(text), value);
      });
    }
  });
});
