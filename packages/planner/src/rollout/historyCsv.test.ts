import assert from 'node:assert/strict';
import { fold, parseHistoryCsv, parseHistoryDate } from './historyCsv.js';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('historyCsv', () => {
  describe('#parseHistoryDate', () => {
    const cases: Array<[string, string | undefined]> = [
      ['2026-01-05', '2026-01-05T00:00:00.000Z'],
      ['5.1.2026', '2026-01-05T00:00:00.000Z'],
      ['05.01.2026', '2026-01-05T00:00:00.000Z'],
      [' 2026-01-05T10:30:00+01:00 ', '2026-01-05T09:30:00.000Z'],
      ['2026-01-05T10:30:00Z', '2026-01-05T10:30:00.000Z'],
      ['2026-01-05T10:30:00', undefined],
      ['30.02.2026', undefined],
      ['2026-13-01', undefined],
      ['gestern', undefined],
    ];
    for (const [cell, expected] of cases) {
      it(`reads "${cell}" as ${expected ?? 'no date'}`, () => {
        // when the cell is read
        const at = parseHistoryDate(cell);
        // then
        assert.equal(at, expected);
      });
    }
  });

  describe('#fold', () => {
    it('ignores case, umlaut spelling and punctuation', () => {
      // when names are folded
      // then their spellings meet
      assert.equal(fold('Unterstützung'), fold('UNTERSTUETZUNG'));
      assert.equal(fold('E-Akte konfiguriert'), 'eaktekonfiguriert');
      assert.equal(fold('\uFEFFProzess'), 'prozess');
    });
  });

  describe('#parseHistoryCsv', () => {
    it('maps German and English column names and converts stage and support labels', () => {
      // given a file with German headers, labels in various spellings, and a blank row
      const file = utf8(
        'Prozess;Stufe;Datum;Unterstützungsart;Notiz;Begründung\n' +
          'P-32-0001;e-akte KONFIGURIERT;2026-01-05;selbständig; erste Notiz ;\n' +
          ';;;;;\n' +
          'P-32-0001;not_applicable;2026-01-06;Full service;;Aufgabe entfällt\n',
      );
      // when it is read
      const parsed = parseHistoryCsv(file);
      // then both rows are converted, numbered as the spreadsheet shows them
      assert.deepEqual(parsed.errors, []);
      assert.deepEqual(parsed.rows, [
        {
          row: 2,
          processKey: 'P-32-0001',
          to: 'efile_configured',
          at: '2026-01-05T00:00:00.000Z',
          support: 'self_service',
          note: 'erste Notiz',
          errors: [],
        },
        {
          row: 4,
          processKey: 'P-32-0001',
          to: 'not_applicable',
          at: '2026-01-06T00:00:00.000Z',
          support: 'full_service',
          reason: 'Aufgabe entfällt',
          errors: [],
        },
      ]);
    });

    it('honours an Excel "sep=" line and reports cells it cannot read', () => {
      // given a file naming its separator, with bad cells
      const file = utf8('sep=,\nprocessKey,to,at,support\nkein schlüssel,fertig,,Beratung,extra\n');
      // when it is read
      const parsed = parseHistoryCsv(file);
      // then each bad cell is named by row and column
      assert.equal(parsed.separator, ',');
      assert.deepEqual(
        parsed.rows[0]!.errors.map((e) => `${e.row} ${e.field}`),
        ['2 processKey', '2 to', '2 at', '2 column 5'],
      );
    });

    it('reports unknown, repeated and missing columns on the header row', () => {
      // given a header with an unknown and a repeated column and without the date
      const file = utf8('Prozess;Stufe;Stage;Unterstützung;Farbe\nP-32-0001;Live;Live;Beratung;rot\n');
      // when it is read
      const parsed = parseHistoryCsv(file);
      // then the file's problems are listed
      assert.deepEqual(
        parsed.errors.map((e) => `${e.row} ${e.field}`),
        ['1 Stage', '1 Farbe', '1 Datum'],
      );
    });
  });
});
