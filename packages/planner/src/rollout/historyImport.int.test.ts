import assert from 'node:assert/strict';
import type { Express } from 'express';
import { api, givenDepartments, givenProcess, testConnection } from '@efile/catalogue/testing';
import { stageEventModel } from './stageEvent.model.js';
import { as, cleanRollout, givenCaller, givenDepartmentProcess, givenSteps, rolloutTestApp } from './testRollout.js';

const URL = '/api/v1/rollout/imports/history';

/** Encodes text as windows-1252 (the umlauts and € of German Excel's "CSV (Trennzeichen-getrennt)"). */
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((c) => (c === '€' ? 0x80 : c === '„' ? 0x84 : c === '“' ? 0x93 : c.charCodeAt(0))));
}

describe('rollout router', () => {
  let app: Express;
  before(async () => {
    app = await rolloutTestApp();
  });
  beforeEach(async () => {
    await cleanRollout();
    await givenDepartments('10', '32', '51');
    for (const key of ['P-32-0001', 'P-32-0002', 'P-51-0001']) await givenDepartmentProcess(key);
    await givenProcess({ key: 'B-POSTEINGANG', department: '10', kind: 'base' });
  });

  const count = async () => stageEventModel(await testConnection()).countDocuments();

  describe('POST /rollout/imports/history', () => {
    it('records a German Excel file (windows-1252, ";", German headers and labels) in file order per process', async () => {
      // given a process with a recorded event and a file continuing its history and starting another's
      await givenSteps(app, [{ key: 'P-32-0001', to: 'analysis', at: '2026-01-05T09:00:00Z' }]);
      const csv = windows1252(
        'Prozess;Stufe;Datum;Unterstützung;Notiz;Begründung\r\n' +
          'P-32-0001;Modelliert;12.01.2026;Beratung;Workshop „Soll“;\r\n' +
          'P-32-0002;Ist-Aufnahme;2026-01-06;Selbstständig;;\r\n' +
          'P-32-0001;Live;2026-02-02;Vollservice;;\r\n' +
          '\r\n' +
          'P-32-0002;Nicht anwendbar;2026-02-03T10:00:00+01:00;Selbstständig;;Aufgabe entfällt\r\n',
      );
      // when it is imported
      const res = await api(app).post(URL).set('Content-Type', 'text/csv').send(csv);
      // then every row is recorded with the seq it got, rows numbered as the spreadsheet shows them
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.encoding, 'windows-1252');
      assert.equal(res.body.separator, ';');
      assert.deepEqual([res.body.rows, res.body.recorded, res.body.rejected, res.body.processes], [4, 4, 0, 2]);
      assert.deepEqual(
        res.body.items.map((i: { row: number; processKey: string; seq: number }) => [i.row, i.processKey, i.seq]),
        [
          [2, 'P-32-0001', 2],
          [3, 'P-32-0002', 1],
          [4, 'P-32-0001', 3],
          [6, 'P-32-0002', 2],
        ],
      );
      // and the timelines continue the recorded history, with notes, reasons and instants as given
      const first = await api(app).get('/api/v1/rollout/processes/P-32-0001/events').expect(200);
      assert.deepEqual(
        first.body.items.map((e: { from: string; to: string; at: string; support: string }) => [
          e.from,
          e.to,
          e.at,
          e.support,
        ]),
        [
          ['not_started', 'analysis', '2026-01-05T09:00:00.000Z', 'consulting'],
          ['analysis', 'modelled', '2026-01-12T00:00:00.000Z', 'consulting'],
          ['modelled', 'live', '2026-02-02T00:00:00.000Z', 'full_service'],
        ],
      );
      assert.equal(first.body.items[1].note, 'Workshop „Soll“');
      const second = await api(app).get('/api/v1/rollout/processes/P-32-0002').expect(200);
      assert.deepEqual([second.body.stage, second.body.since], ['not_applicable', '2026-02-03T09:00:00.000Z']);
    });

    it('reads English headers and stage ids separated by ","', async () => {
      // given a UTF-8 file with English column names
      const csv = 'processKey,to,at,support,note,reason\nP-51-0001,efile_configured,2026-02-01,external,,\n';
      // when it is imported
      const res = await api(app).post(URL).set('Content-Type', 'text/csv; charset=utf-8').send(csv);
      // then it is recorded
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual([res.body.separator, res.body.recorded], [',', 1]);
    });

    it('only reports in a dry run', async () => {
      // given a valid file
      const csv = 'Prozess;Stufe;Datum;Unterstützung\nP-32-0001;Pilot;2026-02-01;Beratung\n';
      // when it is imported as a dry run
      const res = await api(app).post(`${URL}?dryRun=true`).set('Content-Type', 'text/csv').send(csv);
      // then the report says what would be recorded, and nothing is
      assert.equal(res.status, 200);
      assert.deepEqual([res.body.dryRun, res.body.recorded, res.body.items[0].seq], [true, 1, 1]);
      assert.equal(await count(), 0);
    });

    it('records nothing when any row is invalid, and names each problem by row and column (422)', async () => {
      // given a file with one valid row and several invalid ones
      await givenSteps(app, [{ key: 'P-51-0001', to: 'pilot', at: '2026-02-10T09:00:00Z' }]);
      const csv =
        'Prozess;Stufe;Datum;Unterstützung;Notiz;Begründung\n' +
        'P-32-0001;Ist-Aufnahme;2026-01-05;Beratung;;\n' + // row 2: valid
        'P-32-0001;Ist-Aufnahme;2026-01-06;Beratung;;\n' + // row 3: the same stage again
        'P-32-0002;fertig;2026-01-05;Beratung;;\n' + // row 4: no such stage
        'P-51-0001;Live;2026-02-01;Beratung;;\n' + // row 5: before the recorded event
        'P-32-0001;Modelliert;2026-01-04;Beratung;;\n' + // row 6: before row 3
        'P-32-9999;Live;2026-01-05;Beratung;;\n' + // row 7: no such process
        'B-POSTEINGANG;Live;2026-01-05;Beratung;;\n' + // row 8: a base process
        'P-32-0002;Live;2099-01-01;Beratung;;\n' + // row 9: in the future
        'P-32-0002;Ist-Aufnahme;2026-01-07;Beratung;;\n' + // row 10: back from live without a reason
        'P-32-0002;Live;gestern;irgendwie;;\n'; // row 11: neither a date nor a support level
      // when it is imported
      const res = await api(app).post(URL).set('Content-Type', 'text/csv').send(csv);
      // then nothing is recorded and every problem is named
      assert.equal(res.status, 422, JSON.stringify(res.body));
      assert.equal(res.body.type, 'https://efile-rollout.example/problems/import-rejected');
      assert.deepEqual(
        res.body.errors.map((e: { row: number; field: string }) => `${e.row} ${e.field}`),
        ['3 to', '4 to', '5 at', '6 at', '7 processKey', '8 processKey', '9 at', '10 reason', '11 at', '11 support'],
      );
      assert.match(res.body.errors[3].message, /row 3/);
      assert.deepEqual([res.body.rows, res.body.rejected, res.body.recorded], [10, 9, 0]);
      assert.equal(res.body.items[0].status, 'valid');
      assert.equal(await count(), 1);
    });

    it('refuses a file without the required columns (422) and a JSON body (415)', async () => {
      // given a file without a date column, and a JSON body
      const noDate = 'Prozess;Stufe;Unterstützung;Farbe\nP-32-0001;Live;Beratung;grün\n';
      // when each is imported
      const missing = await api(app).post(URL).set('Content-Type', 'text/csv').send(noDate);
      const json = await api(app).post(URL).set('Content-Type', 'application/json').send('[]');
      // then the file's problems are named on the header row, and JSON is not taken
      assert.equal(missing.status, 422);
      assert.deepEqual(
        missing.body.errors.map((e: { in: string; field: string }) => `${e.in} ${e.field}`),
        ['file Farbe', 'file Datum'],
      );
      assert.equal(json.status, 415);
    });

    it("refuses the whole file (403) when a row names a process outside the caller's departments", async () => {
      // given a modeller of department 32
      const modeller = await givenCaller(app, 'modeller', ['32']);
      const csv =
        'Prozess;Stufe;Datum;Unterstützung\nP-32-0001;Live;2026-01-05;Beratung\nP-51-0001;Live;2026-01-05;Beratung\n';
      // when they import rows of 32 and 51
      const res = await as(app, modeller).post(URL).set('Content-Type', 'text/csv').send(csv);
      // then nothing is recorded, and the foreign row is named
      assert.equal(res.status, 403);
      assert.deepEqual(
        res.body.errors.map((e: { row: number }) => e.row),
        [3],
      );
      assert.equal(await count(), 0);
    });

    it('takes the file as the field "file" of a multipart upload', async () => {
      // given a file uploaded by a browser form
      const csv = 'Prozess;Stufe;Datum;Unterstützung\nP-32-0001;Pilot;2026-02-01;Beratung\n';
      // when it is imported
      const res = await api(app).post(URL).attach('file', Buffer.from(csv, 'utf8'), 'historie.csv');
      // then it is recorded
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.recorded, 1);
    });
  });
});
