import assert from 'node:assert/strict';
import type { Express } from 'express';
import request from 'supertest';
import { api, cleanDatabase, givenDepartments, givenProcess } from '@efile/catalogue/testing';
import { DEFAULT_EFFORT_TABLE, type EffortTable } from '../domain/capacity.js';
import {
  as,
  assertMatchesSchema,
  givenCallers,
  InMemoryStages,
  planningTestApp,
  type TestCaller,
} from '../testPlanning.js';

const EFFORT_TABLE = '/api/v1/rollout/effort-table';
const WAVES = '/api/v1/rollout/waves';

/** The default table with consulting/medium at 6 person-days instead of 4. */
const changed: EffortTable = { ...DEFAULT_EFFORT_TABLE, consulting: { low: 2, medium: 6, high: 8 } };

/** A table with one cell replaced (`undefined` removes it), for invalid bodies. */
function withCell(support: string, complexity: string, value: unknown): Record<string, unknown> {
  const table = JSON.parse(JSON.stringify(DEFAULT_EFFORT_TABLE)) as Record<string, Record<string, unknown>>;
  const row = (table[support] ??= {});
  if (value === undefined) delete row[complexity];
  else row[complexity] = value;
  return table;
}

describe('effortTable.router', () => {
  let app: Express;
  let callers: Record<'modeller32' | 'manager32' | 'managerAll' | 'consultant32', TestCaller>;
  before(async () => {
    app = await planningTestApp({ stages: new InMemoryStages() });
  });
  beforeEach(async () => {
    await cleanDatabase();
    await givenDepartments('32');
    callers = await givenCallers(app);
  });

  /** Stores `table` as the test admin over the version now in force; answers the response. */
  async function givenStored(table: EffortTable): Promise<request.Response> {
    const read = await api(app).get(EFFORT_TABLE).expect(200);
    const res = await api(app).put(EFFORT_TABLE).set('If-Match', read.headers.etag).send(table);
    assert.equal(res.status, 200, res.text);
    return res;
  }

  describe('GET /api/v1/rollout/effort-table', () => {
    it('answers the default table at version 0 while none is stored', async () => {
      // when the table is read before anyone stored one
      const res = await api(app).get(EFFORT_TABLE);
      // then it is the default, at ETag "0", without an author
      assert.equal(res.status, 200);
      assert.equal(res.headers.etag, '"0"');
      assertMatchesSchema('effort-table.schema.json', res.body);
      assert.deepEqual(res.body, {
        table: DEFAULT_EFFORT_TABLE,
        isDefault: true,
        version: 0,
        updatedAt: null,
        updatedBy: null,
      });
    });

    it('answers the table the modules were configured with while none is stored', async () => {
      // given an app configured with its own default table
      const configured = await planningTestApp({ stages: new InMemoryStages(), effortTable: changed });
      // when the table is read
      const res = await api(configured).get(EFFORT_TABLE);
      // then the configured table is the default
      assert.equal(res.status, 200);
      assert.deepEqual(res.body.table, changed);
      assert.equal(res.body.isDefault, true);
    });

    it('lets every role read the table and nobody without signing in', async () => {
      // when each kind of caller reads the table
      const statuses = [];
      for (const caller of Object.values(callers)) statuses.push((await as(app, caller).get(EFFORT_TABLE)).status);
      const anonymous = await request(app).get(EFFORT_TABLE);
      // then every signed-in role reads it; nobody else
      assert.deepEqual(statuses, [200, 200, 200, 200]);
      assert.equal(anonymous.status, 401);
    });
  });

  describe('PUT /api/v1/rollout/effort-table', () => {
    it('stores the first table over version 0 and reads it back', async () => {
      // when the admin stores a table naming the default's version
      const res = await api(app).put(EFFORT_TABLE).set('If-Match', '"0"').send(changed);
      // then it is stored at version 1 and read back as stored
      assert.equal(res.status, 200, res.text);
      assert.equal(res.headers.etag, '"1"');
      assertMatchesSchema('effort-table.schema.json', res.body);
      assert.equal(res.body.isDefault, false);
      assert.equal(res.body.updatedBy, 'tok_testadmin');
      const read = await api(app).get(EFFORT_TABLE);
      assert.equal(read.headers.etag, '"1"');
      assert.deepEqual(read.body.table, changed);
      assert.equal(read.body.isDefault, false);
    });

    it('replaces a stored table naming its version', async () => {
      // given a stored table at version 1
      await givenStored(changed);
      // when it is replaced with the default values at version 1
      const res = await api(app).put(EFFORT_TABLE).set('If-Match', '"1"').send(DEFAULT_EFFORT_TABLE);
      // then version 2 holds the new values
      assert.equal(res.status, 200, res.text);
      assert.equal(res.headers.etag, '"2"');
      assert.deepEqual((await api(app).get(EFFORT_TABLE)).body.table, DEFAULT_EFFORT_TABLE);
    });

    it('changes the demand, the what-if and the capacity forecast of the waves', async () => {
      // given a wave over department 32 with one unplanned process (consulting, medium: 4 person-days)
      await givenProcess({ key: 'P-32-1', department: '32' });
      await api(app)
        .post(WAVES)
        .send({
          id: 'welle-1',
          name: 'Welle 1',
          start: '2027-01-04',
          end: '2027-03-26',
          departments: ['32'],
          capacityPersonDays: 10,
        })
        .expect(201);
      const before = await api(app).get(`${WAVES}/welle-1`).expect(200);
      // when the admin sets consulting/medium to 6 person-days
      await givenStored(changed);
      // then the wave, the list, the what-if and the forecast count with 6
      const wave = await api(app).get(`${WAVES}/welle-1`).expect(200);
      const list = await api(app).get(WAVES).expect(200);
      const whatIf = await api(app).post(`${WAVES}/what-if`).send({ extraConsultants: 1 }).expect(200);
      assert.equal(before.body.demand.demand, 4);
      assert.equal(wave.body.demand.demand, 6);
      assert.deepEqual(list.body.effortTable, changed);
      assert.equal(list.body.items[0].demand.demand, 6);
      assert.equal(list.body.capacityForecast.remainingEffort, 6);
      assert.equal(whatIf.body.before.waves[0].demand, 6);
    });

    it('answers 428 without If-Match and keeps the table', async () => {
      // when the table is sent without If-Match
      const res = await api(app).put(EFFORT_TABLE).send(changed);
      // then it is refused and the default still applies
      assert.equal(res.status, 428);
      assertMatchesSchema('problem.schema.json', res.body);
      assert.equal((await api(app).get(EFFORT_TABLE)).body.isDefault, true);
    });

    const stale: Array<[string, boolean, string, number]> = [
      ['version 0 when a table is stored', true, '"0"', 1],
      ['an older version', true, '"7"', 1],
      ['a version when none is stored', false, '"1"', 0],
    ];
    for (const [what, stored, ifMatch, current] of stale) {
      it(`answers 412 with the current version for ${what}`, async () => {
        // given a stored table, or none
        if (stored) await givenStored(changed);
        // when a table is sent naming a version that is not current
        const res = await api(app).put(EFFORT_TABLE).set('If-Match', ifMatch).send(DEFAULT_EFFORT_TABLE);
        // then it is refused with the current version and the table is unchanged
        assert.equal(res.status, 412);
        assertMatchesSchema('problem.schema.json', res.body);
        assert.equal(res.body.currentVersion, current);
        const read = await api(app).get(EFFORT_TABLE);
        assert.equal(read.headers.etag, `"${current}"`);
        assert.deepEqual(read.body.table, stored ? changed : DEFAULT_EFFORT_TABLE);
      });
    }

    const invalid: Array<[string, unknown, string]> = [
      ['a missing cell', withCell('consulting', 'high', undefined), '/consulting/high'],
      ['a missing support level', { ...DEFAULT_EFFORT_TABLE, external: undefined }, '/external'],
      ['a negative number', withCell('consulting', 'low', -1), '/consulting/low'],
      ['more than 1000 person-days', withCell('full_service', 'high', 1000.5), '/full_service/high'],
      ['a number as text', withCell('external', 'medium', '3'), '/external/medium'],
      ['an extra complexity', withCell('consulting', 'extreme', 3), '/consulting/extreme'],
      ['an extra key', { ...DEFAULT_EFFORT_TABLE, note: 'mehr' }, '/note'],
    ];
    for (const [what, body, field] of invalid) {
      it(`answers 422 naming ${field} for ${what}`, async () => {
        // when an invalid table is sent
        const res = await api(app)
          .put(EFFORT_TABLE)
          .set('If-Match', '"0"')
          .send(body as object);
        // then the problem names the field and nothing is stored
        assert.equal(res.status, 422);
        assertMatchesSchema('problem.schema.json', res.body);
        assert.deepEqual(
          (res.body.errors as Array<{ in: string; field: string }>).map((e) => [e.in, e.field]),
          [['body', field]],
        );
        assert.equal((await api(app).get(EFFORT_TABLE)).body.isDefault, true);
      });
    }

    it('answers 400 for a body that is not JSON', async () => {
      // when the body is broken JSON
      const res = await api(app)
        .put(EFFORT_TABLE)
        .set('If-Match', '"0"')
        .set('Content-Type', 'application/json')
        .send('{"consulting": ');
      // then it is a bad request and nothing is stored
      assert.equal(res.status, 400);
      assertMatchesSchema('problem.schema.json', res.body);
      assert.equal((await api(app).get(EFFORT_TABLE)).body.isDefault, true);
    });

    it('answers 403 to every role but the admin and 401 to nobody signed in; the table stays', async () => {
      // when a modeller, a consultant and both managers, and an anonymous caller, send a valid table
      const statuses = [];
      for (const caller of Object.values(callers)) {
        statuses.push((await as(app, caller).put(EFFORT_TABLE).set('If-Match', '"0"').send(changed)).status);
      }
      const anonymous = await request(app).put(EFFORT_TABLE).set('If-Match', '"0"').send(changed);
      // then all are refused and the default still applies
      assert.deepEqual(statuses, [403, 403, 403, 403]);
      assert.equal(anonymous.status, 401);
      assert.equal((await api(app).get(EFFORT_TABLE)).body.isDefault, true);
    });
  });
});
