import assert from 'node:assert/strict';
import type { Express } from 'express';
import { api, cleanDatabase, givenDepartments, givenProcess } from '@efile/catalogue/testing';
import {
  as,
  assertMatchesSchema,
  givenCallers,
  InMemoryStages,
  planningTestApp,
  type TestCaller,
} from '../testPlanning.js';

const WAVES = '/api/v1/rollout/waves';

/** Wave 1 (spring 2026, 60 working days): department 32, 10 person-days. */
const welle1 = {
  id: 'welle-1',
  name: 'Welle 1',
  start: '2026-01-05',
  end: '2026-03-27',
  departments: ['32'],
  capacityPersonDays: 10,
  note: 'Pilotämter',
};

/** Wave 2 (summer 2026): department 10, 20 person-days. */
const welle2 = {
  id: 'welle-2',
  name: 'Welle 2',
  start: '2026-04-06',
  end: '2026-06-26',
  departments: ['10'],
  capacityPersonDays: 20,
};

/**
 * The catalogue: in 32, P-32-1 (planned consulting/high: 8 PT), P-32-2 (unplanned, in analysis with
 * full service: 10 PT assumed medium), P-32-3 (live: 0); in 10, P-10-1 (planned full service/low: 5 PT),
 * an archived P-10-2 and the base process B-POST (neither counts); in 50, P-50-1 (unplanned, not started:
 * consulting/medium 4 PT, in no wave).
 */
async function givenCatalogue(stages: InMemoryStages): Promise<void> {
  await givenDepartments('10', '32', '50');
  for (const key of ['P-32-1', 'P-32-2', 'P-32-3']) await givenProcess({ key, department: '32' });
  await givenProcess({ key: 'P-10-1', department: '10' });
  await givenProcess({ key: 'P-10-2', department: '10', archived: true });
  await givenProcess({ key: 'B-POST', department: '10', kind: 'base' });
  await givenProcess({ key: 'P-50-1', department: '50' });
  stages.set('P-32-2', 'analysis', 'full_service').set('P-32-3', 'live', 'consulting');
}

describe('waves.router', () => {
  const stages = new InMemoryStages();
  let app: Express;
  let callers: Record<'modeller32' | 'manager32' | 'managerAll' | 'consultant32', TestCaller>;
  before(async () => {
    app = await planningTestApp({ stages });
  });
  beforeEach(async () => {
    await cleanDatabase();
    await givenCatalogue(stages);
    callers = await givenCallers(app);
  });

  /** The admin plans P-32-1 and P-10-1 and creates both waves. */
  async function givenPlannedWaves(): Promise<void> {
    await api(app).put(`${WAVES}/plans/P-32-1`).send({ complexity: 'high', support: 'consulting' }).expect(201);
    await api(app).put(`${WAVES}/plans/P-10-1`).send({ complexity: 'low', support: 'full_service' }).expect(201);
    await api(app).post(WAVES).send(welle1).expect(201);
    await api(app).post(WAVES).send(welle2).expect(201);
  }

  describe('POST /api/v1/rollout/waves', () => {
    it('creates a wave and answers 201 with Location, ETag and its demand', async () => {
      // given planned processes in department 32
      await api(app).put(`${WAVES}/plans/P-32-1`).send({ complexity: 'high', support: 'consulting' }).expect(201);
      // when the admin creates wave 1
      const res = await api(app).post(WAVES).send(welle1);
      // then it is stored with version 1 and the demand of department 32
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.headers.location, `${WAVES}/welle-1`);
      assert.equal(res.headers.etag, '"1"');
      assertMatchesSchema('wave.schema.json', res.body);
      assert.equal(res.body.note, 'Pilotämter');
      assert.deepEqual(res.body.processKeys, []);
      assert.equal(res.body.demand.demand, 18);
      assert.equal(res.body.updatedBy, 'tok_testadmin');
    });

    it('answers 409 for an id that exists', async () => {
      // given wave 1
      await api(app).post(WAVES).send(welle1).expect(201);
      // when it is created again
      const res = await api(app)
        .post(WAVES)
        .send({ ...welle1, name: 'Andere' });
      // then the first stays
      assert.equal(res.status, 409);
      const read = await api(app).get(`${WAVES}/welle-1`);
      assert.equal(read.body.name, 'Welle 1');
    });

    const invalid: Array<[string, Record<string, unknown>, string]> = [
      ['an end before the start', { ...welle1, end: '2025-12-31' }, '/end'],
      ['an unknown department', { ...welle1, departments: ['32', '99'] }, '/departments/1'],
      ['an unknown process', { ...welle1, processKeys: ['P-99-1'] }, '/processKeys/0'],
      ['a reserved id', { ...welle1, id: 'plans' }, '/id'],
      ['a day that does not exist', { ...welle1, start: '2026-02-30' }, '/start'],
      ['a negative capacity', { ...welle1, capacityPersonDays: -1 }, '/capacityPersonDays'],
    ];
    for (const [what, body, field] of invalid) {
      it(`answers 422 naming ${field} for ${what}`, async () => {
        // when an invalid wave is posted
        const res = await api(app).post(WAVES).send(body);
        // then the problem names the field and nothing is stored
        assert.equal(res.status, 422);
        assertMatchesSchema('problem.schema.json', res.body);
        assert.ok(
          res.body.errors.some((e: { field: string }) => e.field === field),
          JSON.stringify(res.body.errors),
        );
        const list = await api(app).get(WAVES);
        assert.equal(list.body.total, 0);
      });
    }

    it('answers 403 to a modeller and a manager: waves are central IT planning', async () => {
      // when a modeller and a manager try to create a wave
      const modeller = await as(app, callers.modeller32).post(WAVES).send(welle1);
      const manager = await as(app, callers.managerAll).post(WAVES).send(welle1);
      // then both are forbidden and nothing is stored
      assert.equal(modeller.status, 403);
      assert.equal(manager.status, 403);
      assert.equal((await api(app).get(WAVES)).body.total, 0);
    });
  });

  describe('GET /api/v1/rollout/waves', () => {
    it('lists the waves by start with demand against capacity and flags over-allocation', async () => {
      // given two waves and planned processes
      await givenPlannedWaves();
      // when a manager limited to 32 reads them
      const res = await as(app, callers.manager32).get(WAVES);
      // then wave 1 needs 18 of 10 person-days (one process assumed), wave 2 5 of 20, P-50-1 is in no wave
      assert.equal(res.status, 200);
      assertMatchesSchema('wave-list.schema.json', res.body);
      assert.deepEqual(
        res.body.items.map((w: { id: string; demand: Record<string, unknown> }) => [
          w.id,
          w.demand.demand,
          w.demand.ratio,
          w.demand.overAllocated,
          w.demand.processes,
          w.demand.assumed,
        ]),
        [
          ['welle-1', 18, 1.8, true, 2, 1],
          ['welle-2', 5, 0.25, false, 1, 0],
        ],
      );
      assert.deepEqual(res.body.items[0].demand.demandBySupport, {
        self_service: 0,
        consulting: 8,
        full_service: 10,
        external: 0,
      });
      assert.deepEqual(res.body.unassigned, { processes: 1, demand: 4 });
      assert.deepEqual(res.body.assumptions, { support: 'consulting', complexity: 'medium' });
      assert.equal(res.body.effortTable.consulting.high, 8);
      assert.match(res.body.rule.de, /Bedarf/);
    });

    it('forecasts the consulting and full-service work at the capacity per week of the waves not yet ended', async () => {
      // given the two past waves and wave 3 (2026-11-02 to 2027-01-24: 84 days = 12 weeks, 24 person-days),
      // today 2026-11-26; remaining consulting/full service: P-32-1 8 + P-32-2 10 + P-10-1 5 + P-50-1 4 = 27
      await givenPlannedWaves();
      await api(app)
        .post(WAVES)
        .send({ id: 'welle-3', name: 'Welle 3', start: '2026-11-02', end: '2027-01-24', capacityPersonDays: 24 })
        .expect(201);
      // when the waves are read
      const res = await api(app).get(WAVES);
      // then 24 ÷ 12 = 2 person-days a week need ceil(27 ÷ 2) = 14 weeks: 2026-11-26 + 98 days, before the target
      assert.equal(res.status, 200);
      assertMatchesSchema('wave-list.schema.json', res.body);
      const { rule, ...figures } = res.body.capacityForecast;
      assert.deepEqual(figures, {
        remainingEffort: 27,
        processes: 4,
        personDaysPerWeek: 2,
        weeks: 14,
        date: '2027-03-04',
        target: '2028-12-31',
        status: 'on_track',
      });
      assert.match(rule.de, /Kapazität je Woche/);
      assert.match(rule.en, /Capacity per week/);
    });

    it('forecasts no date and off track when every wave has ended', async () => {
      // given only the two waves of spring and summer 2026, today 2026-11-26
      await givenPlannedWaves();
      // when the waves are read
      const res = await api(app).get(WAVES);
      // then there is no capacity left for the 27 person-days
      assert.equal(res.status, 200);
      const { rule: _rule, ...figures } = res.body.capacityForecast;
      assert.deepEqual(figures, {
        remainingEffort: 27,
        processes: 4,
        personDaysPerWeek: 0,
        weeks: null,
        date: null,
        target: '2028-12-31',
        status: 'off_track',
      });
    });

    it('reads one wave with its ETag, and answers 404 for an unknown one and 400 for a malformed id', async () => {
      // given two waves
      await givenPlannedWaves();
      // when one is read, an unknown one and a malformed one
      const read = await as(app, callers.modeller32).get(`${WAVES}/welle-2`);
      const missing = await api(app).get(`${WAVES}/welle-9`);
      const malformed = await api(app).get(`${WAVES}/Welle_1`);
      // then
      assert.equal(read.status, 200);
      assert.equal(read.headers.etag, '"1"');
      assertMatchesSchema('wave.schema.json', read.body);
      assert.equal(read.body.demand.demand, 5);
      assert.equal(missing.status, 404);
      assert.equal(malformed.status, 400);
    });
  });

  describe('PATCH /api/v1/rollout/waves/{id}', () => {
    it('changes the fields sent, removes the note with null and bumps the version', async () => {
      // given wave 1
      await givenPlannedWaves();
      // when its capacity is raised and its note removed
      const res = await api(app)
        .patch(`${WAVES}/welle-1`)
        .set('If-Match', '"1"')
        .send({ capacityPersonDays: 24, note: null });
      // then it is no longer over-allocated
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.headers.etag, '"2"');
      assertMatchesSchema('wave.schema.json', res.body);
      assert.equal(res.body.note, undefined);
      assert.equal(res.body.demand.ratio, 0.75);
      assert.equal(res.body.demand.overAllocated, false);
    });

    it('answers 428 without If-Match, 412 for an old version and 422 for an end before the start', async () => {
      // given wave 1 at version 2
      await givenPlannedWaves();
      await api(app).patch(`${WAVES}/welle-1`).set('If-Match', '"1"').send({ name: 'Welle 1 neu' }).expect(200);
      // when it is changed without If-Match, with version 1, and with a bad end
      const without = await api(app).patch(`${WAVES}/welle-1`).send({ name: 'X' });
      const stale = await api(app).patch(`${WAVES}/welle-1`).set('If-Match', '"1"').send({ name: 'X' });
      const badEnd = await api(app).patch(`${WAVES}/welle-1`).set('If-Match', '"2"').send({ end: '2025-01-01' });
      // then none is applied
      assert.equal(without.status, 428);
      assert.equal(stale.status, 412);
      assert.equal(badEnd.status, 422);
      assert.equal(badEnd.body.errors[0].field, '/end');
      const read = await api(app).get(`${WAVES}/welle-1`);
      assert.equal(read.body.name, 'Welle 1 neu');
      assert.equal(read.body.version, 2);
    });
  });

  describe('DELETE /api/v1/rollout/waves/{id}', () => {
    it('refuses a wave that still has departments (409) and deletes it once empty', async () => {
      // given wave 2 with department 10
      await givenPlannedWaves();
      // when it is deleted
      const refused = await api(app).delete(`${WAVES}/welle-2`).set('If-Match', '"1"');
      // then it stays; emptied, it can be deleted
      assert.equal(refused.status, 409);
      await api(app).patch(`${WAVES}/welle-2`).set('If-Match', '"1"').send({ departments: [] }).expect(200);
      const stale = await api(app).delete(`${WAVES}/welle-2`).set('If-Match', '"1"');
      assert.equal(stale.status, 412);
      const deleted = await api(app).delete(`${WAVES}/welle-2`).set('If-Match', '"2"');
      assert.equal(deleted.status, 204);
      assert.equal((await api(app).get(`${WAVES}/welle-2`)).status, 404);
      assert.deepEqual(
        (await api(app).get(WAVES)).body.items.map((w: { id: string }) => w.id),
        ['welle-1'],
      );
    });

    it('answers 428 without If-Match', async () => {
      // given wave 1
      await givenPlannedWaves();
      // when it is deleted without If-Match
      const res = await api(app).delete(`${WAVES}/welle-1`);
      // then
      assert.equal(res.status, 428);
    });
  });

  describe('POST /api/v1/rollout/waves/{id}/move', () => {
    it('moves a department into the wave and out of every other, with its individually listed processes', async () => {
      // given wave 1 with department 32 and wave 3 listing P-32-1 individually
      await givenPlannedWaves();
      await api(app)
        .post(WAVES)
        .send({
          id: 'welle-3',
          name: 'Welle 3',
          start: '2026-07-06',
          end: '2026-09-25',
          processKeys: ['P-32-1', 'P-50-1'],
          capacityPersonDays: 5,
        })
        .expect(201);
      // when department 32 moves to wave 2
      const res = await api(app)
        .post(`${WAVES}/welle-2/move`)
        .set('If-Match', '"1"')
        .send({ departments: ['32'] });
      // then wave 2 has 10 and 32 and needs 5 + 18 person-days; waves 1 and 3 lost 32 and P-32-1
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assertMatchesSchema('wave-move-result.schema.json', res.body);
      assert.equal(res.headers.etag, '"2"');
      assert.deepEqual(res.body.wave.departments, ['10', '32']);
      assert.equal(res.body.wave.demand.demand, 23);
      assert.deepEqual(res.body.changed, [
        { id: 'welle-1', version: 2 },
        { id: 'welle-3', version: 2 },
      ]);
      const list = await api(app).get(WAVES);
      const byId = new Map(list.body.items.map((w: { id: string }) => [w.id, w]));
      assert.deepEqual((byId.get('welle-1') as { departments: string[] }).departments, []);
      assert.deepEqual((byId.get('welle-3') as { processKeys: string[] }).processKeys, ['P-50-1']);
    });

    it('moves a single process, which then counts in its new wave', async () => {
      // given P-10-1 in wave 2 through department 10
      await givenPlannedWaves();
      // when P-10-1 alone moves to wave 1
      const res = await api(app)
        .post(`${WAVES}/welle-1/move`)
        .set('If-Match', '"1"')
        .send({ processKeys: ['P-10-1'] });
      // then wave 1 needs its 5 person-days more, wave 2 none
      assert.equal(res.status, 200);
      assert.deepEqual(res.body.wave.processKeys, ['P-10-1']);
      assert.equal(res.body.wave.demand.demand, 23);
      assert.deepEqual(res.body.changed, []);
      assert.equal((await api(app).get(`${WAVES}/welle-2`)).body.demand.demand, 0);
    });

    it('answers 428 without If-Match, 412 for an old version, 422 for unknown departments, 403 to a modeller', async () => {
      // given the waves
      await givenPlannedWaves();
      // when moves are attempted wrongly
      const without = await api(app)
        .post(`${WAVES}/welle-2/move`)
        .send({ departments: ['32'] });
      const stale = await api(app)
        .post(`${WAVES}/welle-2/move`)
        .set('If-Match', '"7"')
        .send({ departments: ['32'] });
      const unknown = await api(app)
        .post(`${WAVES}/welle-2/move`)
        .set('If-Match', '"1"')
        .send({ departments: ['99'] });
      const modeller = await as(app, callers.modeller32)
        .post(`${WAVES}/welle-2/move`)
        .set('If-Match', '"1"')
        .send({ departments: ['32'] });
      // then nothing moved
      assert.deepEqual([without.status, stale.status, unknown.status, modeller.status], [428, 412, 422, 403]);
      assert.deepEqual((await api(app).get(`${WAVES}/welle-1`)).body.departments, ['32']);
    });
  });

  describe('POST /api/v1/rollout/waves/what-if', () => {
    it('recomputes demand against capacity for extra consultants and moved departments, and saves nothing', async () => {
      // given the waves
      await givenPlannedWaves();
      const before = await api(app).get(WAVES);
      // when a manager asks for one more consultant in wave 1 and department 50 in wave 2
      const res = await as(app, callers.manager32)
        .post(`${WAVES}/what-if`)
        .send({
          extraConsultants: 1,
          extraConsultantWaves: ['welle-1'],
          moveDepartments: { departments: ['50'], toWave: 'welle-2' },
        });
      // then wave 1 gains 60 working days × 0.8 = 48 person-days and wave 2 department 50's 4 person-days
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assertMatchesSchema('wave-what-if-result.schema.json', res.body);
      const after = res.body.after.waves.map(
        (w: { waveId: string; capacity: number; demand: number; overAllocated: boolean }) => [
          w.waveId,
          w.capacity,
          w.demand,
          w.overAllocated,
        ],
      );
      assert.deepEqual(after, [
        ['welle-1', 58, 18, false],
        ['welle-2', 20, 9, false],
      ]);
      assert.deepEqual(res.body.before.waves[0].overAllocated, true);
      assert.deepEqual(res.body.after.unassigned, { processes: 0, demand: 0 });
      assert.deepEqual(res.body.waves[1].departments, ['10', '50']);
      // and the saved waves are as they were
      const unchanged = await api(app).get(WAVES);
      assert.deepEqual(unchanged.body, before.body);
    });

    it('answers 422 naming the field for a wave that does not exist', async () => {
      // given the waves
      await givenPlannedWaves();
      // when the scenario names an unknown wave
      const res = await api(app)
        .post(`${WAVES}/what-if`)
        .send({ moveDepartments: { departments: ['50'], toWave: 'welle-9' } });
      // then
      assert.equal(res.status, 422);
      assert.deepEqual(res.body.errors, [
        { in: 'body', field: '/moveDepartments/toWave', message: 'is not a wave: welle-9' },
      ]);
    });
  });

  describe('PUT /api/v1/rollout/waves/plans/{key}', () => {
    it('lets a modeller plan a process of their department: 201 first, then only with If-Match', async () => {
      // when the modeller of 32 plans P-32-1
      const created = await as(app, callers.modeller32)
        .put(`${WAVES}/plans/P-32-1`)
        .send({ complexity: 'high', support: 'consulting', note: 'viele Dokumenttypen' });
      // then it is created; a second PUT needs If-Match
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.equal(created.headers.etag, '"1"');
      assert.equal(created.headers.location, `${WAVES}/plans/P-32-1`);
      assertMatchesSchema('wave-plan.schema.json', created.body);
      assert.equal(created.body.department, '32');
      assert.equal(created.body.updatedBy, callers.modeller32.id);
      const without = await as(app, callers.modeller32)
        .put(`${WAVES}/plans/P-32-1`)
        .send({ complexity: 'low', support: 'consulting' });
      assert.equal(without.status, 428);
      const stale = await as(app, callers.modeller32)
        .put(`${WAVES}/plans/P-32-1`)
        .set('If-Match', '"3"')
        .send({ complexity: 'low', support: 'consulting' });
      assert.equal(stale.status, 412);
      const replaced = await as(app, callers.modeller32)
        .put(`${WAVES}/plans/P-32-1`)
        .set('If-Match', '"1"')
        .send({ complexity: 'low', support: 'self_service' });
      assert.equal(replaced.status, 200);
      assert.equal(replaced.headers.etag, '"2"');
      assert.equal(replaced.body.note, undefined);
      assert.equal(replaced.body.support, 'self_service');
    });

    it('answers 403 for another department and a base process, 404 for an unknown process, 403 to a manager', async () => {
      // when the modeller of 32 plans processes outside their department, and a manager plans one of 32
      const other = await as(app, callers.modeller32)
        .put(`${WAVES}/plans/P-10-1`)
        .send({ complexity: 'low', support: 'consulting' });
      const base = await as(app, callers.modeller32)
        .put(`${WAVES}/plans/B-POST`)
        .send({ complexity: 'low', support: 'consulting' });
      const unknown = await as(app, callers.modeller32)
        .put(`${WAVES}/plans/P-32-9`)
        .send({ complexity: 'low', support: 'consulting' });
      const manager = await as(app, callers.managerAll)
        .put(`${WAVES}/plans/P-32-1`)
        .send({ complexity: 'low', support: 'consulting' });
      // then
      assert.deepEqual([other.status, base.status, unknown.status, manager.status], [403, 403, 404, 403]);
      assert.equal((await api(app).get(`${WAVES}/plans`)).body.total, 0);
    });

    it('answers 412 for If-Match on a process without a planning entry, and 422 for an unknown complexity', async () => {
      // when the first entry is sent with If-Match, and one with a bad complexity
      const ifMatch = await api(app)
        .put(`${WAVES}/plans/P-32-1`)
        .set('If-Match', '"1"')
        .send({ complexity: 'low', support: 'consulting' });
      const invalid = await api(app)
        .put(`${WAVES}/plans/P-32-1`)
        .send({ complexity: 'extreme', support: 'consulting' });
      // then
      assert.equal(ifMatch.status, 412);
      assert.equal(invalid.status, 422);
      assert.equal(invalid.body.errors[0].field, '/complexity');
    });
  });

  describe('GET /api/v1/rollout/waves/plans', () => {
    it('shows a manager limited to 32 only the entries of 32, and hides the others (404)', async () => {
      // given entries in 32 and 10
      await givenPlannedWaves();
      // when the manager of 32 lists them and reads one of 10
      const list = await as(app, callers.manager32).get(`${WAVES}/plans`);
      const hidden = await as(app, callers.manager32).get(`${WAVES}/plans/P-10-1`);
      const cityWide = await as(app, callers.managerAll).get(`${WAVES}/plans/P-10-1`);
      // then
      assert.equal(list.status, 200);
      assertMatchesSchema('wave-plan-page.schema.json', list.body);
      assert.deepEqual(
        list.body.items.map((p: { processKey: string }) => p.processKey),
        ['P-32-1'],
      );
      assert.equal(hidden.status, 404);
      assert.equal(cityWide.status, 200);
      assert.equal(cityWide.headers.etag, '"1"');
      assertMatchesSchema('wave-plan.schema.json', cityWide.body);
    });

    it('filters by department', async () => {
      // given entries in 32 and 10
      await givenPlannedWaves();
      // when the admin lists department 10's
      const res = await api(app).get(`${WAVES}/plans?department=10`);
      // then
      assert.deepEqual(
        res.body.items.map((p: { processKey: string }) => p.processKey),
        ['P-10-1'],
      );
      assert.equal(res.body.total, 1);
    });
  });
});
