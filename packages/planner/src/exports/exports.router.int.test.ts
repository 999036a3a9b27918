import assert from 'node:assert/strict';
import type { Express } from 'express';
import ExcelJS from 'exceljs';
import { api, cleanDatabase, givenDepartments, givenProcess } from '@efile/catalogue/testing';
import {
  as,
  binary,
  csvLines,
  givenAccount,
  givenCallers,
  InMemoryStages,
  planningTestApp,
  sheetOf,
  type TestCaller,
} from '../testPlanning.js';
import { ExportRegistry } from './exportTable.js';
import { XLSX_TYPE } from './exports.router.js';

const EXPORTS = '/api/v1/rollout/exports';

describe('exports.router', () => {
  const stages = new InMemoryStages();
  const registry = new ExportRegistry();
  let app: Express;
  let callers: Record<'modeller32' | 'manager32' | 'managerAll' | 'consultant32', TestCaller>;
  let owner: string;
  before(async () => {
    registry.registerExportTable('greetings', async (scope) => ({
      sheetName: 'Grüße',
      fileName: 'gruesse',
      columns: [{ key: 'actor', title: 'Konto', type: 'text' }],
      rows: [{ actor: scope.actorId }],
    }));
    app = await planningTestApp({ stages, exports: registry });
  });
  beforeEach(async () => {
    await cleanDatabase();
    await givenDepartments('10', '32');
    await givenProcess({ key: 'P-32-1', department: '32' });
    await givenProcess({ key: 'P-10-1', department: '10' });
    callers = await givenCallers(app);
    owner = await givenAccount(app, 'lotse32');
  });

  /** Wave 1 (department 32, 10 PT) needs 8 PT for P-32-1 (consulting, high). */
  async function givenWave(): Promise<void> {
    await api(app)
      .put('/api/v1/rollout/waves/plans/P-32-1')
      .send({ complexity: 'high', support: 'consulting' })
      .expect(201);
    await api(app)
      .post('/api/v1/rollout/waves')
      .send({
        id: 'welle-1',
        name: 'Welle 1',
        start: '2026-01-05',
        end: '2026-03-27',
        departments: ['32'],
        capacityPersonDays: 10,
      })
      .expect(201);
  }

  /** A problem in 32 whose title is a formula, and one in 10. */
  async function givenProblems(): Promise<void> {
    const base = { description: 'Beschreibung', ownerId: owner };
    await api(app)
      .post('/api/v1/rollout/problems')
      .send({ ...base, title: '=HYPERLINK("http://evil.example")', severity: 'critical', processKey: 'P-32-1' })
      .expect(201);
    await api(app)
      .post('/api/v1/rollout/problems')
      .send({ ...base, title: 'Scanner fehlt', severity: 'low', processKey: 'P-10-1' })
      .expect(201);
  }

  describe('GET /api/v1/rollout/exports/{table}', () => {
    it('exports the waves as XLSX with typed cells, German titles and a file name', async () => {
      // given a wave with demand
      await givenWave();
      // when a manager exports the waves as XLSX
      const res = await as(app, callers.managerAll).get(`${EXPORTS}/waves?format=xlsx`).buffer(true).parse(binary);
      // then the workbook has the wave with numbers, dates and a percentage, and the processes in no wave
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-type'], XLSX_TYPE);
      assert.equal(res.headers['content-disposition'], 'attachment; filename="wellen-2026-11-26.xlsx"');
      const sheet = await sheetOf(res);
      assert.equal(sheet.name, 'Wellen');
      const titles = (sheet.getRow(1).values as unknown[]).slice(1);
      assert.deepEqual(titles.slice(0, 9), [
        'Welle',
        'Name',
        'Beginn',
        'Ende',
        'Ämter',
        'Einzeln genannte Prozesse',
        'Kapazität (PT)',
        'Bedarf (PT)',
        'Auslastung',
      ]);
      assert.equal(sheet.getCell('A1').font?.bold, true);
      assert.equal(sheet.autoFilter, 'A1:P3');
      /** [cell, value, number format]. */
      const expected: Array<[string, unknown, string | undefined]> = [
        ['A2', 'welle-1', undefined],
        ['C2', new Date('2026-01-05T00:00:00.000Z'), 'dd.mm.yyyy'],
        ['D2', new Date('2026-03-27T00:00:00.000Z'), 'dd.mm.yyyy'],
        ['E2', '32', undefined],
        ['G2', 10, '#,##0.00'],
        ['H2', 8, '#,##0.00'],
        ['I2', 0.8, '0.0%'],
        ['J2', 'Nein', undefined],
        ['K2', 1, '0'],
        ['N2', 8, '#,##0.00'],
        ['B3', 'Ohne Welle', undefined],
        ['H3', 4, '#,##0.00'],
        ['K3', 1, '0'],
      ];
      for (const [ref, value, format] of expected) {
        assert.deepEqual(sheet.getCell(ref).value, value, ref);
        assert.equal(sheet.getCell(ref).numFmt, format, ref);
      }
    });

    it('exports the problems as CSV for German Excel, with formulas defused', async () => {
      // given two problems, one titled like a formula
      await givenProblems();
      // when a consultant exports them as CSV
      const res = await as(app, callers.consultant32).get(`${EXPORTS}/problems`);
      // then the file is semicolon-separated UTF-8 with BOM, German, most severe first
      assert.equal(res.status, 200);
      assert.match(res.headers['content-type'] ?? '', /^text\/csv; charset=utf-8/);
      assert.equal(res.headers['content-disposition'], 'attachment; filename="probleme-2026-11-26.csv"');
      assert.ok(res.text.startsWith('\uFEFFNr.;Titel;Schweregrad;Status;Amt;Prozess;'));
      const lines = csvLines(res);
      assert.equal(lines.length, 3);
      const first = lines[1]!.split(';');
      assert.equal(first[1], `"'=HYPERLINK(""http://evil.example"")"`);
      assert.deepEqual(first.slice(2, 6), ['kritisch', 'offen', '32', 'P-32-1']);
      assert.equal(first[7], '26.11.2026 10:00');
      assert.deepEqual(lines[2]!.split(';').slice(2, 5), ['niedrig', 'offen', '10']);
    });

    it('gives a manager limited to 32 only the problems of 32', async () => {
      // given problems in 32 and 10
      await givenProblems();
      // when the manager of 32 exports them as XLSX
      const res = await as(app, callers.manager32).get(`${EXPORTS}/problems?format=xlsx`).buffer(true).parse(binary);
      // then only 32's is in it, its title kept as text
      const sheet = await sheetOf(res);
      assert.equal(sheet.rowCount, 2);
      assert.equal(sheet.getCell('E2').value, '32');
      assert.equal(sheet.getCell('B2').type, ExcelJS.ValueType.String);
      assert.equal(sheet.getCell('J2').value, 0);
      assert.equal(sheet.getCell('J2').numFmt, '0');
    });

    it('exports the status reports of a month, with a row for each department that has not reported', async () => {
      // given a red report of 32 for October
      await api(app)
        .put('/api/v1/rollout/reports/32/2026-10')
        .send({ light: 'red', text: 'Pilot verschoben.' })
        .expect(201);
      // when October is exported
      const res = await api(app).get(`${EXPORTS}/status-reports?period=2026-10`);
      // then 10 has no report and 32 is red
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-disposition'], 'attachment; filename="statusberichte-2026-10.csv"');
      const lines = csvLines(res);
      assert.equal(lines[0], 'Amt;Monat;Ampel;Bericht;Revision;Stand (UTC);Geändert von (Konto)');
      assert.equal(lines[1], '10;2026-10;kein Bericht;;;;');
      assert.deepEqual(lines[2]!.split(';').slice(0, 5), ['32', '2026-10', 'Rot', 'Pilot verschoben.', '1']);
    });

    it('exports a table registered by another module', async () => {
      // when the registered table is exported
      const res = await as(app, callers.managerAll).get(`${EXPORTS}/greetings`);
      // then its producer made it for the caller
      assert.equal(res.status, 200);
      assert.deepEqual(csvLines(res), ['Konto', callers.managerAll.id]);
    });

    it('answers 403 to a modeller, 404 for an unknown table and 400 for an unknown format', async () => {
      // when a modeller exports, and the admin asks for an unknown table and format
      const modeller = await as(app, callers.modeller32).get(`${EXPORTS}/waves`);
      const unknown = await api(app).get(`${EXPORTS}/coverage`);
      const format = await api(app).get(`${EXPORTS}/waves?format=pdf`);
      // then
      assert.equal(modeller.status, 403);
      assert.equal(unknown.status, 404);
      assert.match(unknown.body.detail, /greetings, problems, status-reports, waves/);
      assert.equal(format.status, 400);
      assert.equal(format.body.errors[0].field, 'format');
    });
  });
});
