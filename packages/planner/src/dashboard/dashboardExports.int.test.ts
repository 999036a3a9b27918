import assert from 'node:assert/strict';
import type { Express } from 'express';
import type ExcelJS from 'exceljs';
import { api, givenDepartments, givenProcess } from '@efile/catalogue/testing';
import { XLSX_TYPE } from '../exports/exports.router.js';
import {
  cleanRollout,
  givenCaller,
  givenDepartmentProcess,
  givenSteps,
  NOW,
  type Caller,
} from '../rollout/testRollout.js';
import { as, binary, csvLines, plannerTestApp, sheetOf } from '../testPlanning.js';

const EXPORTS = '/api/v1/rollout/exports';
const TARGET = '2026-12-31';

/**
 * A small city known by hand (now: Wednesday 2026-03-04 12:00 UTC, ISO week 2026-W10; target 2026-12-31):
 *
 * | process  | group    | history                                        | now            |
 * |----------|----------|------------------------------------------------|----------------|
 * | P-32-1   | Ordnung  | live 02-23 (self_service)                      | live           |
 * | P-32-2   | Soziales | analysis 02-24 (consulting)                    | analysis       |
 * | P-32-3   | –        | not applicable 02-25 (consulting)              | not applicable |
 * | P-32-4   | Basis    | live 03-02 (full_service), variant of B-POST   | live           |
 * | P-50-1   | Soziales | live 03-03 (consulting)                        | live           |
 * | P-50-2   | Soziales | –                                              | not started    |
 * | P-50-3   | Basis    | pilot 03-02 (consulting), variant of B-POST    | pilot          |
 * | B-POST (base process of department 10)  | –                     | (not counted)  |
 *
 * City-wide: 3 live of 6 in scope. Burn-up: W09 live 1, in progress 1, not started 4, throughput 1; W10
 * live 3, in progress 2, not started 1, throughput 2. Forecast: 3 remain, weekly samples [1, 2], so every
 * run takes 2 or 3 weeks (3 only after drawing 1 twice, a quarter of the runs): P50 2 weeks (03-18), P85
 * 3 weeks (03-25). Department 32: 1 remains at 1 a week (W09, W10): 1 week (03-11). Department 50: 2
 * remain at 1 a week (W10 only): 2 weeks (03-18). Department 10 has no process.
 */
async function givenSmallCity(app: Express): Promise<void> {
  await givenDepartments('10', '32', '50');
  await givenProcess({ key: 'B-POST', name: 'Posteingang', department: '10', kind: 'base', group: 'Basis' });
  await givenDepartmentProcess('P-32-1', { group: 'Ordnung' });
  await givenDepartmentProcess('P-32-2', { group: 'Soziales' });
  await givenDepartmentProcess('P-32-3');
  await givenDepartmentProcess('P-32-4', { group: 'Basis', baseProcess: 'B-POST' });
  await givenDepartmentProcess('P-50-1', { group: 'Soziales' });
  await givenDepartmentProcess('P-50-2', { group: 'Soziales' });
  await givenDepartmentProcess('P-50-3', { group: 'Basis', baseProcess: 'B-POST' });
  await givenSteps(app, [
    { key: 'P-32-1', to: 'live', at: '2026-02-23T09:00:00Z', support: 'self_service' },
    { key: 'P-32-2', to: 'analysis', at: '2026-02-24T09:00:00Z' },
    { key: 'P-32-3', to: 'not_applicable', at: '2026-02-25T09:00:00Z', reason: 'Aufgabe entfällt' },
    { key: 'P-32-4', to: 'live', at: '2026-03-02T09:00:00Z', support: 'full_service' },
    { key: 'P-50-3', to: 'pilot', at: '2026-03-02T10:00:00Z' },
    { key: 'P-50-1', to: 'live', at: '2026-03-03T09:00:00Z' },
  ]);
}

/** The XLSX export of `table` as `caller` (the test admin without one). */
async function xlsx(app: Express, table: string, caller?: Caller): Promise<ExcelJS.Worksheet> {
  const agent = caller ? as(app, caller) : api(app);
  const res = await agent.get(`${EXPORTS}/${table}?format=xlsx`).buffer(true).parse(binary);
  assert.equal(res.status, 200, `${table}: ${String(res.status)}`);
  assert.equal(res.headers['content-type'], XLSX_TYPE);
  return sheetOf(res);
}

/** The values of the table's cells in one row, from column A; null for an empty cell. */
function rowValues(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  return Array.from({ length: sheet.columnCount }, (_, i) => sheet.getCell(row, i + 1).value);
}

/** Fails unless each [cell, value, number format] is as expected. */
function assertCells(sheet: ExcelJS.Worksheet, expected: Array<[string, unknown, string | undefined]>): void {
  for (const [ref, value, format] of expected) {
    assert.deepEqual(sheet.getCell(ref).value, value, `${sheet.name} ${ref}`);
    assert.equal(sheet.getCell(ref).numFmt, format, `${sheet.name} ${ref} format`);
  }
}

/** The notes under a table: the column-A texts after the empty row that follows `rows` data rows. */
function notesOf(sheet: ExcelJS.Worksheet, rows: number): string[] {
  const notes: string[] = [];
  for (let r = rows + 3; r <= sheet.rowCount; r++) notes.push(String(sheet.getCell(r, 1).value));
  return notes;
}

const PERCENT = '0.0%';
const INTEGER = '0';
const DATE = 'dd.mm.yyyy';

describe('dashboardExports', () => {
  let app: Express;
  let manager32: Caller;
  before(async () => {
    app = await plannerTestApp({ now: () => NOW, targetDate: TARGET });
  });
  beforeEach(async () => {
    await cleanRollout();
    await givenSmallCity(app);
    manager32 = await givenCaller(app, 'manager', ['32']);
  });

  describe('GET /api/v1/rollout/exports/coverage-departments', () => {
    it('lists every department with code, name, in scope, live and coverage as a percentage, and the rule below', async () => {
      // when the admin exports the coverage per department as XLSX
      const sheet = await xlsx(app, 'coverage-departments');
      // then 10 has nothing in scope, 32 has 2 of 3 live, 50 has 1 of 3
      assert.equal(sheet.name, 'Abdeckung je Amt');
      assert.deepEqual(rowValues(sheet, 1), [
        'Amt',
        'Name',
        'Prozesse im Umfang',
        'Live',
        'Abdeckung',
        'Nicht anwendbar',
      ]);
      assert.deepEqual(rowValues(sheet, 2), ['10', 'Amt 10', 0, 0, null, 0]);
      assert.deepEqual(rowValues(sheet, 3), ['32', 'Amt 32', 3, 2, 2 / 3, 1]);
      assert.deepEqual(rowValues(sheet, 4), ['50', 'Amt 50', 3, 1, 1 / 3, 0]);
      assertCells(sheet, [
        ['C3', 3, INTEGER],
        ['E3', 2 / 3, PERCENT],
        ['E4', 1 / 3, PERCENT],
        ['E2', null, PERCENT],
      ]);
      // and the filter covers the table, the counting rule and what was counted stand below it
      assert.equal(sheet.autoFilter, 'A1:F4');
      const notes = notesOf(sheet, 3);
      assert.equal(sheet.getCell('A5').value, null);
      assert.match(notes[0]!, /^Zählregel: Abdeckung = Prozesse live ÷ Prozesse im Umfang\..*Je Amt/);
      assert.match(notes[1]!, /^Gezählt: die Prozesse und Varianten der Ämter/);
      assert.equal(notes[2], 'Stand: 04.03.2026 12:00 UTC.');
      assert.equal(sheet.getCell('A6').font?.italic, true);
    });

    it('writes CSV for German Excel, the rule after an empty line', async () => {
      // when the coverage per department is exported as CSV
      const res = await api(app).get(`${EXPORTS}/coverage-departments`);
      // then
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-disposition'], 'attachment; filename="abdeckung-aemter-2026-03-04.csv"');
      const lines = csvLines(res);
      assert.deepEqual(lines.slice(0, 4), [
        'Amt;Name;Prozesse im Umfang;Live;Abdeckung;Nicht anwendbar',
        '10;Amt 10;0;0;;0',
        '32;Amt 32;3;2;66,7 %;1',
        '50;Amt 50;3;1;33,3 %;0',
      ]);
      assert.ok(
        res.text.includes('50;Amt 50;3;1;33,3 %;0\r\n\r\n"Zählregel: Abdeckung'),
        'an empty line before the notes',
      );
      assert.equal(lines.length, 7);
    });

    it('gives a manager limited to 32 only 32, and narrows to the departments asked for', async () => {
      // when the manager of 32 exports all, and asks for 50; and the admin asks for 32 and 50
      const own = await xlsx(app, 'coverage-departments', manager32);
      const other = await as(app, manager32).get(`${EXPORTS}/coverage-departments?department=50`);
      const asked = await api(app).get(`${EXPORTS}/coverage-departments?department=32&department=50`);
      // then the manager sees 32 alone (and nothing of 50), the admin the two asked for
      assert.deepEqual(rowValues(own, 2), ['32', 'Amt 32', 3, 2, 2 / 3, 1]);
      assert.equal(own.rowCount, 2 + 1 + 3);
      assert.match(notesOf(own, 1)[1]!, /nur die Ämter Ihres Kontos \(32\)/);
      assert.equal(other.status, 200);
      const otherLines = csvLines(other);
      assert.equal(otherLines[0], 'Amt;Name;Prozesse im Umfang;Live;Abdeckung;Nicht anwendbar');
      assert.match(otherLines[1]!, /^"Zählregel: Abdeckung/);
      assert.deepEqual(
        csvLines(asked)
          .slice(1, 3)
          .map((l) => l.split(';')[0]),
        ['32', '50'],
      );
    });
  });

  describe('GET /api/v1/rollout/exports/coverage-groups and coverage-support', () => {
    it('counts coverage per process group, the row without a group last', async () => {
      // when the coverage per group is exported
      const sheet = await xlsx(app, 'coverage-groups');
      // then Basis 1 of 2, Ordnung 1 of 1, Soziales 1 of 3, no group: nothing in scope, 1 not applicable
      assert.equal(sheet.name, 'Abdeckung je Prozessgruppe');
      assert.deepEqual(rowValues(sheet, 1), [
        'Prozessgruppe',
        'Prozesse im Umfang',
        'Live',
        'Abdeckung',
        'Nicht anwendbar',
      ]);
      assert.deepEqual(rowValues(sheet, 2), ['Basis', 2, 1, 0.5, 0]);
      assert.deepEqual(rowValues(sheet, 3), ['Ordnung', 1, 1, 1, 0]);
      assert.deepEqual(rowValues(sheet, 4), ['Soziales', 3, 1, 1 / 3, 0]);
      assert.deepEqual(rowValues(sheet, 5), ['Ohne Gruppe', 0, 0, null, 1]);
      assertCells(sheet, [['D2', 0.5, PERCENT]]);
      assert.match(notesOf(sheet, 4)[0]!, /Je Prozessgruppe/);
    });

    it('counts coverage per support level of the latest event, with the row of processes without an event', async () => {
      // when the coverage per support level is exported
      const sheet = await xlsx(app, 'coverage-support');
      // then
      assert.deepEqual(
        [2, 3, 4, 5, 6].map((r) => rowValues(sheet, r)),
        [
          ['Selbstständig', 1, 1, 1, 0],
          ['Beratung', 3, 1, 1 / 3, 1],
          ['Vollservice', 1, 1, 1, 0],
          ['Extern', 0, 0, null, 0],
          ['Ohne Unterstützungsart (kein Ereignis)', 1, 0, 0, 0],
        ],
      );
      assertCells(sheet, [
        ['D3', 1 / 3, PERCENT],
        ['D6', 0, PERCENT],
      ]);
    });
  });

  describe('GET /api/v1/rollout/exports/support-mix', () => {
    it('shares the processes live among the support levels that took them live', async () => {
      // when the support mix is exported
      const sheet = await xlsx(app, 'support-mix');
      // then a third each for self-service, consulting and full service, none external
      assert.equal(sheet.name, 'Unterstützungsmix');
      assert.deepEqual(rowValues(sheet, 1), ['Unterstützungsart', 'Prozesse live', 'Anteil']);
      assert.deepEqual(
        [2, 3, 4, 5].map((r) => rowValues(sheet, r)),
        [
          ['Selbstständig', 1, 1 / 3],
          ['Beratung', 1, 1 / 3],
          ['Vollservice', 1, 1 / 3],
          ['Extern', 0, 0],
        ],
      );
      assertCells(sheet, [
        ['C2', 1 / 3, PERCENT],
        ['B5', 0, INTEGER],
      ]);
      assert.match(notesOf(sheet, 4)[0]!, /^Zählregel: Prozesse live je Unterstützungsart/);
    });
  });

  describe('GET /api/v1/rollout/exports/base-matrix', () => {
    it('shows per base process the stage of each department’s variant or "nicht übernommen"', async () => {
      // when the admin and the manager of 32 export the matrix
      const sheet = await xlsx(app, 'base-matrix');
      const own = await xlsx(app, 'base-matrix', manager32);
      // then 10 has not adopted B-POST, 32's variant is live, 50's in pilot: 1 of 3 departments live
      assert.equal(sheet.name, 'Basisprozess-Matrix');
      assert.deepEqual(rowValues(sheet, 1), [
        'Basisprozess',
        'Name',
        '10 10',
        '32 32',
        '50 50',
        'Übernommen (Ämter)',
        'Im Umfang (Ämter)',
        'Live (Ämter)',
        'Live-Quote',
        'Live in mindestens einem Amt',
        'Live in jedem Amt',
      ]);
      assert.deepEqual(rowValues(sheet, 2), [
        'B-POST',
        'Posteingang',
        'nicht übernommen',
        'Live',
        'Pilot',
        2,
        3,
        1,
        1 / 3,
        'Ja',
        'Nein',
      ]);
      assertCells(sheet, [['I2', 1 / 3, PERCENT]]);
      // and the manager of 32 gets the column of 32 alone
      assert.deepEqual(rowValues(own, 2), ['B-POST', 'Posteingang', 'Live', 1, 1, 1, 1, 'Ja', 'Ja']);
    });
  });

  describe('GET /api/v1/rollout/exports/burnup', () => {
    it('lists the weeks with live, in progress, not started and throughput', async () => {
      // when the burn-up is exported
      const sheet = await xlsx(app, 'burnup');
      // then two weeks, W10 counted up to today
      assert.equal(sheet.name, 'Burn-up');
      assert.deepEqual(rowValues(sheet, 1), [
        'Woche',
        'Beginn',
        'Ende',
        'Live',
        'In Arbeit',
        'Nicht begonnen',
        'Nicht anwendbar',
        'Im Umfang',
        'Live gegangen',
        'Von live zurück',
        'Durchsatz',
      ]);
      assert.deepEqual(rowValues(sheet, 2), [
        '2026-W09',
        new Date('2026-02-23T00:00:00Z'),
        new Date('2026-03-01T00:00:00Z'),
        1,
        1,
        4,
        1,
        6,
        1,
        0,
        1,
      ]);
      assert.deepEqual(rowValues(sheet, 3), [
        '2026-W10',
        new Date('2026-03-02T00:00:00Z'),
        new Date('2026-03-08T00:00:00Z'),
        3,
        2,
        1,
        1,
        6,
        2,
        0,
        2,
      ]);
      assertCells(sheet, [
        ['B2', new Date('2026-02-23T00:00:00Z'), DATE],
        ['K3', 2, INTEGER],
      ]);
      assert.match(notesOf(sheet, 2)[0]!, /^Zählregel: Wochen nach ISO 8601/);
    });

    it('counts only 32 for the manager of 32', async () => {
      // when the manager of 32 exports the burn-up as CSV
      const res = await as(app, manager32).get(`${EXPORTS}/burnup`);
      // then 32's weeks: W09 one live, W10 two
      assert.equal(res.status, 200);
      assert.deepEqual(csvLines(res).slice(1, 3), [
        '2026-W09;23.02.2026;01.03.2026;1;1;1;1;3;1;0;1',
        '2026-W10;02.03.2026;08.03.2026;2;1;0;1;3;1;0;1',
      ]);
    });
  });

  describe('GET /api/v1/rollout/exports/forecast', () => {
    it('gives P50, P85 and the status against the target city-wide and per department', async () => {
      // when the forecast is exported
      const sheet = await xlsx(app, 'forecast');
      // then the city and each department, with the dates worked out above
      assert.equal(sheet.name, 'Prognose');
      assert.deepEqual(rowValues(sheet, 1), [
        'Bereich',
        'Name',
        'Prozesse im Umfang',
        'Live',
        'Offen',
        'Ergebnis',
        'P50',
        'P50 (Wochen)',
        'P85',
        'P85 (Wochen)',
        'Zieldatum',
        'Status zum Ziel',
        'Hinweis',
      ]);
      const day = (d: string) => new Date(`${d}T00:00:00Z`);
      const target = day(TARGET);
      assert.deepEqual(rowValues(sheet, 2), [
        'Stadt',
        'Stadtweit',
        6,
        3,
        3,
        'Prognose',
        day('2026-03-18'),
        2,
        day('2026-03-25'),
        3,
        target,
        'im Plan',
        null,
      ]);
      assert.deepEqual(rowValues(sheet, 3), [
        '10',
        'Amt 10',
        0,
        0,
        0,
        'Kein Prozess im Umfang',
        null,
        null,
        null,
        null,
        target,
        'unbekannt',
        'Kein Prozess im Umfang.',
      ]);
      assert.deepEqual(rowValues(sheet, 4), [
        '32',
        'Amt 32',
        3,
        2,
        1,
        'Prognose',
        day('2026-03-11'),
        1,
        day('2026-03-11'),
        1,
        target,
        'im Plan',
        null,
      ]);
      assert.deepEqual(rowValues(sheet, 5), [
        '50',
        'Amt 50',
        3,
        1,
        2,
        'Prognose',
        day('2026-03-18'),
        2,
        day('2026-03-18'),
        2,
        target,
        'im Plan',
        null,
      ]);
      assertCells(sheet, [
        ['G2', day('2026-03-18'), DATE],
        ['K2', target, DATE],
      ]);
      assert.match(notesOf(sheet, 4)[0]!, /^Zählregel: Monte-Carlo-Simulation mit 2000 Läufen/);
    });

    it('agrees with the dashboard and the department view', async () => {
      // when the forecast is exported and the dashboard and department 32 are read
      const lines = csvLines(await api(app).get(`${EXPORTS}/forecast`));
      const dashboard = (await api(app).get('/api/v1/rollout/dashboard').expect(200)).body;
      const department = (await api(app).get('/api/v1/rollout/departments/32').expect(200)).body;
      // then the dates are the same
      const german = (d: string) => d.split('-').reverse().join('.');
      assert.deepEqual(lines[1]!.split(';').slice(6, 9), [
        german(dashboard.forecast.p50.date),
        String(dashboard.forecast.p50.weeks),
        german(dashboard.forecast.p85.date),
      ]);
      assert.deepEqual(lines[3]!.split(';').slice(6, 9), [
        german(department.forecast.p50.date),
        String(department.forecast.p50.weeks),
        german(department.forecast.p85.date),
      ]);
    });

    it('gives a manager limited to 32 the total of their departments and 32 alone', async () => {
      // when the manager of 32 exports the forecast
      const res = await as(app, manager32).get(`${EXPORTS}/forecast`);
      // then the total is 32's, and no other department is listed
      assert.equal(res.status, 200);
      const lines = csvLines(res);
      assert.deepEqual(
        lines.slice(1, 3).map((l) => l.split(';').slice(0, 7)),
        [
          ['Gesamt', 'Ämter 32', '3', '2', '1', 'Prognose', '11.03.2026'],
          ['32', 'Amt 32', '3', '2', '1', 'Prognose', '11.03.2026'],
        ],
      );
      assert.match(lines[3]!, /^"Zählregel: Monte-Carlo/);
    });
  });

  describe('the export registry', () => {
    it('lists the dashboard’s tables next to the planning tables', async () => {
      // when an unknown table is asked for
      const res = await api(app).get(`${EXPORTS}/abdeckung`);
      // then the answer names every table
      assert.equal(res.status, 404);
      assert.match(
        res.body.detail,
        /base-matrix, burnup, coverage-departments, coverage-groups, coverage-support, forecast, problems, status-reports, support-mix, waves/,
      );
    });
  });
});
