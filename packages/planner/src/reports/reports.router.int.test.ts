import assert from 'node:assert/strict';
import type { Express } from 'express';
import { api, cleanDatabase, givenDepartments } from '@efile/catalogue/testing';
import { as, assertMatchesSchema, givenCallers, NOW, planningTestApp, type TestCaller } from '../testPlanning.js';

const REPORTS = '/api/v1/rollout/reports';

describe('reports.router', () => {
  let app: Express;
  let callers: Record<'modeller32' | 'manager32' | 'managerAll' | 'consultant32', TestCaller>;
  before(async () => {
    app = await planningTestApp();
  });
  beforeEach(async () => {
    await cleanDatabase();
    await givenDepartments('10', '32', '50');
    callers = await givenCallers(app);
  });

  describe('PUT /api/v1/rollout/reports/{department}/{period}', () => {
    it('writes the first report of a month without If-Match, and every revision after it with If-Match', async () => {
      // when the modeller of 32 reports yellow for November, then red
      const first = await as(app, callers.modeller32)
        .put(`${REPORTS}/32/2026-11`)
        .send({ light: 'yellow', text: 'Scanner fehlen.' });
      const second = await as(app, callers.modeller32)
        .put(`${REPORTS}/32/2026-11`)
        .set('If-Match', first.headers.etag!)
        .send({ light: 'red', text: 'Pilot verschoben.' });
      // then the report is red, and the history keeps both revisions
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.equal(first.headers.etag, '"1"');
      assert.equal(first.headers.location, `${REPORTS}/32/2026-11`);
      assertMatchesSchema('status-report.schema.json', first.body);
      assert.equal(second.status, 200, JSON.stringify(second.body));
      assert.equal(second.headers.etag, '"2"');
      const read = await as(app, callers.manager32).get(`${REPORTS}/32/2026-11`);
      assert.equal(read.status, 200);
      assert.equal(read.headers.etag, '"2"');
      assertMatchesSchema('status-report.schema.json', read.body);
      assert.deepEqual([read.body.light, read.body.text, read.body.version], ['red', 'Pilot verschoben.', 2]);
      assert.deepEqual(
        read.body.history.map((r: { revision: number; light: string; text: string; actorId: string }) => [
          r.revision,
          r.light,
          r.text,
          r.actorId,
        ]),
        [
          [1, 'yellow', 'Scanner fehlen.', callers.modeller32.id],
          [2, 'red', 'Pilot verschoben.', callers.modeller32.id],
        ],
      );
    });

    it('answers 428 without If-Match and 412 for an old version once a report exists', async () => {
      // given a report at version 2
      await api(app).put(`${REPORTS}/32/2026-11`).send({ light: 'green', text: 'Alles gut.' }).expect(201);
      await api(app)
        .put(`${REPORTS}/32/2026-11`)
        .set('If-Match', '"1"')
        .send({ light: 'yellow', text: 'Verzug.' })
        .expect(200);
      // when it is written without If-Match and with version 1
      const without = await api(app).put(`${REPORTS}/32/2026-11`).send({ light: 'red', text: 'X' });
      const stale = await api(app)
        .put(`${REPORTS}/32/2026-11`)
        .set('If-Match', '"1"')
        .send({ light: 'red', text: 'X' });
      // then neither is applied
      assert.equal(without.status, 428);
      assert.equal(stale.status, 412);
      assert.equal(stale.body.currentVersion, 2);
      const read = await api(app).get(`${REPORTS}/32/2026-11`);
      assert.equal(read.body.light, 'yellow');
      assert.equal(read.body.history.length, 2);
    });

    it('adds no revision when the light and text are the same, and answers 412 for If-Match on a new month', async () => {
      // given a report
      await api(app).put(`${REPORTS}/32/2026-11`).send({ light: 'green', text: 'Alles gut.' }).expect(201);
      // when the same is sent again, and December is sent with If-Match
      const same = await api(app)
        .put(`${REPORTS}/32/2026-11`)
        .set('If-Match', '"1"')
        .send({ light: 'green', text: 'Alles gut.' });
      const newMonth = await api(app)
        .put(`${REPORTS}/32/2026-12`)
        .set('If-Match', '"1"')
        .send({ light: 'green', text: 'X' });
      // then
      assert.equal(same.status, 200);
      assert.equal(same.headers.etag, '"1"');
      assert.equal(same.body.history.length, 1);
      assert.equal(newMonth.status, 412);
    });

    const invalid: Array<[string, string, Record<string, unknown>, number, string]> = [
      ['a week instead of a month', '32/2026-W48', { light: 'red', text: 'x' }, 400, 'period'],
      ['month 13', '32/2026-13', { light: 'red', text: 'x' }, 400, 'period'],
      ['a malformed department', '3x/2026-11', { light: 'red', text: 'x' }, 400, 'department'],
      ['a German light', '32/2026-11', { light: 'rot', text: 'x' }, 422, '/light'],
      ['an empty text', '32/2026-11', { light: 'red', text: '' }, 422, '/text'],
    ];
    for (const [what, path, body, status, field] of invalid) {
      it(`answers ${status} naming ${field} for ${what}`, async () => {
        // when an invalid report is written
        const res = await api(app).put(`${REPORTS}/${path}`).send(body);
        // then the problem names the field
        assert.equal(res.status, status);
        assert.equal(res.body.errors[0].field, field);
      });
    }

    it('answers 404 for a department that does not exist, 403 to a modeller of another department and to a manager', async () => {
      // when reports are written for an unknown department, by the modeller of 32 for 10, and by a manager
      const unknown = await api(app).put(`${REPORTS}/99/2026-11`).send({ light: 'red', text: 'x' });
      const modeller = await as(app, callers.modeller32).put(`${REPORTS}/10/2026-11`).send({ light: 'red', text: 'x' });
      const manager = await as(app, callers.managerAll).put(`${REPORTS}/32/2026-11`).send({ light: 'red', text: 'x' });
      // then none is stored
      assert.deepEqual([unknown.status, modeller.status, manager.status], [404, 403, 403]);
      assert.equal((await api(app).get(`${REPORTS}?period=2026-11`)).body.items.length, 0);
    });
  });

  describe('GET /api/v1/rollout/reports', () => {
    it('lists the latest report per department for the current month and names those missing', async () => {
      // given reports of 10 (revised) and 32 for November 2026, and of 50 for October
      await api(app).put(`${REPORTS}/32/2026-11`).send({ light: 'green', text: 'Gut.' }).expect(201);
      await api(app).put(`${REPORTS}/10/2026-11`).send({ light: 'yellow', text: 'Verzug.' }).expect(201);
      await api(app)
        .put(`${REPORTS}/10/2026-11`)
        .set('If-Match', '"1"')
        .send({ light: 'red', text: 'Stillstand.' })
        .expect(200);
      await api(app).put(`${REPORTS}/50/2026-10`).send({ light: 'green', text: 'Gut.' }).expect(201);
      // when the month (November 2026 by the test clock) is listed
      const res = await as(app, callers.managerAll).get(REPORTS);
      // then 10 is red, 32 green, and 50 has not reported
      assert.equal(res.status, 200);
      assertMatchesSchema('status-report-list.schema.json', res.body);
      assert.equal(res.body.period, NOW.toISOString().slice(0, 7));
      assert.deepEqual(
        res.body.items.map((r: { department: string; light: string; version: number }) => [
          r.department,
          r.light,
          r.version,
        ]),
        [
          ['10', 'red', 2],
          ['32', 'green', 1],
        ],
      );
      assert.deepEqual(res.body.missing, ['50']);
      const october = await api(app).get(`${REPORTS}?period=2026-10&department=50&department=32`);
      assert.deepEqual(
        october.body.items.map((r: { department: string }) => r.department),
        ['50'],
      );
      assert.deepEqual(october.body.missing, ['32']);
    });

    it('shows a manager limited to 32 only 32, and hides the report of another department (404)', async () => {
      // given reports of 10 and 32
      await api(app).put(`${REPORTS}/32/2026-11`).send({ light: 'green', text: 'Gut.' }).expect(201);
      await api(app).put(`${REPORTS}/10/2026-11`).send({ light: 'red', text: 'Schlecht.' }).expect(201);
      // when the manager of 32 lists and reads them
      const list = await as(app, callers.manager32).get(`${REPORTS}?period=2026-11`);
      const hidden = await as(app, callers.manager32).get(`${REPORTS}/10/2026-11`);
      const missing = await api(app).get(`${REPORTS}/32/2026-10`);
      // then
      assert.deepEqual(
        list.body.items.map((r: { department: string }) => r.department),
        ['32'],
      );
      assert.deepEqual(list.body.missing, []);
      assert.equal(hidden.status, 404);
      assert.equal(missing.status, 404);
    });
  });
  describe('GET /api/v1/rollout/reports/{department}', () => {
    it('lists the latest report of each of the last six months by default, newest first, and names the months without', async () => {
      // given reports of 32 for November 2026 (revised), September and June 2026, and one of 10 for November
      await api(app).put(`${REPORTS}/32/2026-11`).send({ light: 'yellow', text: 'Verzug.' }).expect(201);
      await api(app)
        .put(`${REPORTS}/32/2026-11`)
        .set('If-Match', '"1"')
        .send({ light: 'red', text: 'Stillstand.' })
        .expect(200);
      await api(app).put(`${REPORTS}/32/2026-09`).send({ light: 'green', text: 'Gut.' }).expect(201);
      await api(app).put(`${REPORTS}/32/2026-06`).send({ light: 'green', text: 'Start.' }).expect(201);
      await api(app).put(`${REPORTS}/10/2026-11`).send({ light: 'green', text: 'Anderes Amt.' }).expect(201);
      // when the manager of 32 reads 32's history (November 2026 by the test clock) in one request
      const res = await as(app, callers.manager32).get(`${REPORTS}/32`);
      // then June to November are covered: November's latest revision and September, the other months missing
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assertMatchesSchema('status-report-history.schema.json', res.body);
      assert.deepEqual([res.body.department, res.body.from, res.body.to], ['32', '2026-06', '2026-11']);
      assert.deepEqual(
        res.body.items.map((r: { period: string; light: string; text: string; version: number }) => [
          r.period,
          r.light,
          r.text,
          r.version,
        ]),
        [
          ['2026-11', 'red', 'Stillstand.', 2],
          ['2026-09', 'green', 'Gut.', 1],
          ['2026-06', 'green', 'Start.', 1],
        ],
      );
      assert.deepEqual(res.body.missing, ['2026-10', '2026-08', '2026-07']);
    });

    it('lists the months from `from` to `to`, both included, across a year', async () => {
      // given reports of 32 for December 2025 and February 2026
      await api(app).put(`${REPORTS}/32/2025-12`).send({ light: 'yellow', text: 'Dezember.' }).expect(201);
      await api(app).put(`${REPORTS}/32/2026-02`).send({ light: 'green', text: 'Februar.' }).expect(201);
      // when November 2025 to February 2026 are read
      const res = await as(app, callers.modeller32).get(`${REPORTS}/32?from=2025-11&to=2026-02`);
      // then
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual(
        res.body.items.map((r: { period: string }) => r.period),
        ['2026-02', '2025-12'],
      );
      assert.deepEqual(res.body.missing, ['2026-01', '2025-11']);
    });

    it('hides another department’s history from a manager limited to 32 (404), and answers 404 for an unknown department', async () => {
      // given a report of 10
      await api(app).put(`${REPORTS}/10/2026-11`).send({ light: 'red', text: 'Schlecht.' }).expect(201);
      // when the manager of 32 reads 10's history, and the admin that of department 99
      const hidden = await as(app, callers.manager32).get(`${REPORTS}/10`);
      const unknown = await api(app).get(`${REPORTS}/99`);
      const cityWide = await as(app, callers.managerAll).get(`${REPORTS}/10`);
      // then only the city-wide manager gets it
      assert.equal(hidden.status, 404);
      assert.equal(hidden.type, 'application/problem+json');
      assert.equal(JSON.stringify(hidden.body).includes('Schlecht.'), false);
      assert.equal(unknown.status, 404);
      assert.equal(cityWide.status, 200);
      assert.deepEqual(
        cityWide.body.items.map((r: { text: string }) => r.text),
        ['Schlecht.'],
      );
    });

    /** [what, path and query, the field the 400 problem names]. */
    const invalid: Array<[string, string, string]> = [
      ['a malformed department', '3x', 'department'],
      ['a week as `from`', '32?from=2026-W40', 'from'],
      ['month 13 as `to`', '32?to=2026-13', 'to'],
      ['an unknown parameter', '32?period=2026-11', 'period'],
      ['`from` after `to`', '32?from=2026-11&to=2026-10', 'from'],
      ['more than 36 months', '32?from=2023-11&to=2026-11', 'from'],
    ];
    for (const [what, path, field] of invalid) {
      it(`answers 400 naming ${field} for ${what}`, async () => {
        // when a history is asked for with invalid input
        const res = await as(app, callers.managerAll).get(`${REPORTS}/${path}`);
        // then the problem names the field
        assert.equal(res.status, 400, JSON.stringify(res.body));
        assert.equal(res.type, 'application/problem+json');
        assert.equal(res.body.errors[0].field, field, JSON.stringify(res.body));
      });
    }

    it('accepts exactly 36 months', async () => {
      // when December 2023 to November 2026 are read
      const res = await api(app).get(`${REPORTS}/32?from=2023-12&to=2026-11`);
      // then all 36 are missing
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.missing.length, 36);
      assert.equal(res.body.missing.at(-1), '2023-12');
    });
  });
});
