import assert from 'node:assert/strict';
import type { Express } from 'express';
import { api, givenDepartments, givenProcess, testConnection } from '@efile/catalogue/testing';
import { processModel } from '@efile/catalogue';
import {
  as,
  cleanRollout,
  givenCaller,
  givenDepartmentProcess,
  givenSteps,
  rolloutTestApp,
  type Caller,
} from '../rollout/testRollout.js';

/**
 * A small city known by hand (now: Wednesday 2026-03-04, week 2026-W10):
 *
 * | process   | group    | Fallzahl | history                                           | now            |
 * |-----------|----------|---------:|---------------------------------------------------|----------------|
 * | P-32-0001 | Ordnung  |      100 | analysis 01-05, live 02-02 (self_service)         | live           |
 * | P-32-0002 | Ordnung  |      300 | analysis 01-12, modelled 02-09                    | modelled       |
 * | P-32-0003 | –        |        – | not applicable 01-20                              | not applicable |
 * | P-32-0004 | Ordnung  |        – | live 01-15, then archived                         | (not counted)  |
 * | P-51-0001 | Soziales |      600 | live 02-16 (full_service)                         | live           |
 * | P-51-0002 | Soziales |        – | –                                                 | not started    |
 * | P-51-0003 | Basis    |       50 | live 02-23 (self_service); variant of B-POSTEINGANG | live         |
 * | B-POSTEINGANG (base, department 10) | | | –                                     | (not counted)  |
 */
async function givenSmallCity(app: Express): Promise<void> {
  await givenDepartments('10', '32', '51');
  await givenProcess({ key: 'B-POSTEINGANG', name: 'Posteingang', department: '10', kind: 'base', group: 'Basis' });
  await givenDepartmentProcess('P-32-0001', { group: 'Ordnung', annualCaseVolume: 100 });
  await givenDepartmentProcess('P-32-0002', { group: 'Ordnung', annualCaseVolume: 300 });
  await givenDepartmentProcess('P-32-0003');
  await givenDepartmentProcess('P-32-0004', { group: 'Ordnung' });
  await givenDepartmentProcess('P-51-0001', { group: 'Soziales', annualCaseVolume: 600 });
  await givenDepartmentProcess('P-51-0002', { group: 'Soziales' });
  await givenDepartmentProcess('P-51-0003', { group: 'Basis', annualCaseVolume: 50, baseProcess: 'B-POSTEINGANG' });
  await givenSteps(app, [
    { key: 'P-32-0001', to: 'analysis', at: '2026-01-05T09:00:00Z' },
    { key: 'P-32-0001', to: 'live', at: '2026-02-02T09:00:00Z', support: 'self_service' },
    { key: 'P-32-0002', to: 'analysis', at: '2026-01-12T09:00:00Z' },
    { key: 'P-32-0002', to: 'modelled', at: '2026-02-09T09:00:00Z' },
    { key: 'P-32-0003', to: 'not_applicable', at: '2026-01-20T09:00:00Z', reason: 'Aufgabe entfällt' },
    { key: 'P-32-0004', to: 'live', at: '2026-01-15T09:00:00Z' },
    { key: 'P-51-0001', to: 'live', at: '2026-02-16T09:00:00Z', support: 'full_service' },
    { key: 'P-51-0003', to: 'live', at: '2026-02-23T09:00:00Z', support: 'self_service' },
  ]);
  await processModel(await testConnection()).updateOne({ _id: 'P-32-0004' }, { $set: { archived: true } });
}

/** The stage counts of each department row, in stage order (not started … live, not applicable). */
const stageRows = (rows: Array<{ department: string; counts: Record<string, number> }>) =>
  rows.map(({ department, counts: c }) => [
    department,
    [c.not_started, c.analysis, c.modelled, c.efile_configured, c.pilot, c.live, c.not_applicable],
  ]);

/** The fields of a coverage row that matter here. */
const counts = (row: { live: number; inScope: number; ratio: number | null; notApplicable: number }) => [
  row.live,
  row.inScope,
  row.ratio,
  row.notApplicable,
];

describe('dashboard router', () => {
  let app: Express;
  before(async () => {
    app = await rolloutTestApp();
  });
  beforeEach(async () => {
    await cleanRollout();
    await givenSmallCity(app);
  });

  describe('GET /rollout/dashboard', () => {
    it('counts KPIs, stages, coverage and the support mix of the small city as worked out by hand', async () => {
      // when the dashboard is read
      const res = await api(app).get('/api/v1/rollout/dashboard');
      // then the tiles count six processes (no base template, nothing archived): 3 live of 5 in scope
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const { kpis } = res.body;
      assert.deepEqual(
        [kpis.processes, kpis.inScope, kpis.live, kpis.inProgress, kpis.notStarted, kpis.notApplicable],
        [6, 5, 3, 1, 1, 1],
      );
      assert.equal(kpis.coverage.ratio, 0.6);
      assert.match(kpis.coverage.rule.de, /Prozesse live ÷ Prozesse im Umfang/);
      assert.match(kpis.coverage.rule.en, /processes live ÷ processes in scope/);
      assert.deepEqual(
        res.body.stages.map((s: { stage: string; count: number }) => `${s.stage} ${s.count}`),
        ['not_started 1', 'analysis 0', 'modelled 1', 'efile_configured 0', 'pilot 0', 'live 3', 'not_applicable 1'],
      );
      // and coverage per department (every department listed), per group and per support level
      assert.deepEqual(
        res.body.coverage.byDepartment.rows.map((r: { department: string }) => [r.department, ...counts(r as never)]),
        [
          ['10', 0, 0, null, 0],
          ['32', 1, 2, 0.5, 1],
          ['51', 2, 3, 2 / 3, 0],
        ],
      );
      assert.deepEqual(
        res.body.coverage.byGroup.rows.map((r: { group: string | null }) => [r.group, ...counts(r as never)]),
        [
          ['Basis', 1, 1, 1, 0],
          ['Ordnung', 1, 2, 0.5, 0],
          ['Soziales', 1, 2, 0.5, 0],
          [null, 0, 0, null, 1],
        ],
      );
      assert.deepEqual(
        res.body.coverage.bySupport.rows.map((r: { support: string | null }) => [r.support, ...counts(r as never)]),
        [
          ['self_service', 2, 2, 1, 0],
          ['consulting', 0, 1, 0, 1],
          ['full_service', 1, 1, 1, 0],
          ['external', 0, 0, null, 0],
          [null, 0, 1, 0, 0],
        ],
      );
      assert.deepEqual(
        res.body.supportMix.rows.map((r: { support: string; live: number; share: number | null }) => [
          r.support,
          r.live,
          r.share,
        ]),
        [
          ['self_service', 2, 2 / 3],
          ['consulting', 0, 0],
          ['full_service', 1, 1 / 3],
          ['external', 0, 0],
        ],
      );
      assert.equal(res.body.kpis.coverage.weighted, undefined);
    });

    const stageFilters: Array<{ query: string; rows: Array<[string, number[]]> }> = [
      {
        query: '',
        rows: [
          ['10', [0, 0, 0, 0, 0, 0, 0]],
          ['32', [0, 0, 1, 0, 0, 1, 1]],
          ['51', [1, 0, 0, 0, 0, 2, 0]],
        ],
      },
      {
        query: '?group=Soziales',
        rows: [
          ['10', [0, 0, 0, 0, 0, 0, 0]],
          ['32', [0, 0, 0, 0, 0, 0, 0]],
          ['51', [1, 0, 0, 0, 0, 1, 0]],
        ],
      },
      { query: '?department=32', rows: [['32', [0, 0, 1, 0, 0, 1, 1]]] },
    ];
    for (const { query, rows } of stageFilters) {
      it(`counts the processes per stage of each department${query ? ` for ${query.slice(1)}` : ''}`, async () => {
        // when the dashboard is read
        const res = await api(app).get(`/api/v1/rollout/dashboard${query}`).expect(200);
        // then each department listed has its processes per stage, as in the coverage rows
        assert.deepEqual(stageRows(res.body.stagesByDepartment), rows);
      });
    }

    it('draws the weekly burn-up, the throughput and the forecast from the history', async () => {
      // when the dashboard is read
      const res = await api(app).get('/api/v1/rollout/dashboard').expect(200);
      // then the burn-up runs from the week of the first event (2026-W02) to this week (2026-W10)
      const weeks = res.body.burnup.weeks as Array<{ week: string; live: number; throughput: number }>;
      assert.deepEqual(
        weeks.map((w) => `${w.week} ${w.live} ${w.throughput}`),
        [
          '2026-W02 0 0',
          '2026-W03 0 0',
          '2026-W04 0 0',
          '2026-W05 0 0',
          '2026-W06 1 1',
          '2026-W07 1 0',
          '2026-W08 2 1',
          '2026-W09 3 1',
          '2026-W10 3 0',
        ],
      );
      assert.equal(res.body.burnup.lastLiveAt, '2026-02-23T09:00:00.000Z');
      // and the throughput is 3 over the 9 weeks
      assert.deepEqual(
        [res.body.throughput.window, res.body.throughput.mean, res.body.throughput.lastWeek, res.body.throughput.total],
        [9, 3 / 9, 0, 3],
      );
      // and the forecast of the 2 remaining processes samples those weeks and is on track for the default target
      const { forecast } = res.body;
      assert.deepEqual(
        [forecast.kind, forecast.inScope, forecast.live, forecast.remaining, forecast.target, forecast.status],
        ['forecast', 5, 3, 2, '2028-12-31', 'on_track'],
      );
      assert.deepEqual(forecast.samples, [0, 0, 0, 0, 1, 0, 1, 1, 0]);
      assert.ok(forecast.p50.weeks >= 2 && forecast.p85.weeks >= forecast.p50.weeks, JSON.stringify(forecast));
      assert.equal(
        forecast.p50.date,
        new Date(Date.UTC(2026, 2, 4) + forecast.p50.weeks * 7 * 86_400_000).toISOString().slice(0, 10),
      );
    });

    it('shows a change of stage and a change of the catalogue at once (no figure is kept past them)', async () => {
      // given a dashboard read once (its burn-up is kept while nothing changes)
      const before = await api(app).get('/api/v1/rollout/dashboard').expect(200);
      // when P-51-0002 goes live now
      await api(app)
        .post('/api/v1/rollout/processes/P-51-0002/events')
        .set('If-Match', '"0"')
        .send({ to: 'live', support: 'external' })
        .expect(201);
      const changed = await api(app).get('/api/v1/rollout/dashboard').expect(200);
      // then the tiles and this week of the burn-up count it
      const lastWeek = (body: { burnup: { weeks: Array<{ live: number; throughput: number }> } }) =>
        body.burnup.weeks[body.burnup.weeks.length - 1]!;
      assert.deepEqual([before.body.kpis.live, lastWeek(before.body).live], [3, 3]);
      assert.deepEqual(
        [changed.body.kpis.live, lastWeek(changed.body).live, lastWeek(changed.body).throughput],
        [4, 4, 1],
      );
      // and when a process is archived in the catalogue, it leaves the tiles and the burn-up
      await processModel(await testConnection()).updateOne({ _id: 'P-51-0001' }, { $set: { archived: true } });
      const archived = await api(app).get('/api/v1/rollout/dashboard').expect(200);
      assert.deepEqual([archived.body.kpis.live, lastWeek(archived.body).live], [3, 3]);
    });

    it('holds the forecast against the target date asked for', async () => {
      // when the target is next week (two processes remain, at most one goes live per week)
      const res = await api(app).get('/api/v1/rollout/dashboard?targetDate=2026-03-10').expect(200);
      // then the rollout is off track
      assert.deepEqual([res.body.filter.targetDate, res.body.forecast.status], ['2026-03-10', 'off_track']);
    });

    it('weights coverage by case volume when asked', async () => {
      // when weighted coverage is asked for
      const res = await api(app).get('/api/v1/rollout/dashboard?weighted=true').expect(200);
      // then live volume 100 + 600 + 50 of 100 + 300 + 600 + 50 in scope; P-51-0002 has no volume
      assert.deepEqual(res.body.kpis.coverage.weighted, {
        live: 750,
        inScope: 1050,
        ratio: 750 / 1050,
        withoutVolume: 1,
      });
      assert.match(res.body.kpis.coverage.rule.en, /Weighted/);
    });

    it('summarises the base processes: live in at least one department, not in every one', async () => {
      // when the dashboard is read
      const res = await api(app).get('/api/v1/rollout/dashboard').expect(200);
      // then Posteingang is live in 51 of the 3 departments
      const { baseProcesses } = res.body;
      assert.deepEqual(
        [baseProcesses.departments, baseProcesses.total, baseProcesses.liveInAtLeastOne, baseProcesses.liveInEvery],
        [3, 1, 1, 0],
      );
      assert.deepEqual(
        [baseProcesses.rows[0].baseProcess, baseProcesses.rows[0].name, baseProcesses.rows[0].adoptedBy],
        ['B-POSTEINGANG', 'Posteingang', 1],
      );
      assert.deepEqual(counts(baseProcesses.rows[0]), [1, 3, 1 / 3, 0]);
    });

    const filters: Array<{ query: string; processes: number; live: number; inScope: number; departments: string[] }> = [
      { query: 'department=32', processes: 3, live: 1, inScope: 2, departments: ['32'] },
      { query: 'group=Soziales', processes: 2, live: 1, inScope: 2, departments: ['10', '32', '51'] },
      { query: 'department=51&group=Basis', processes: 1, live: 1, inScope: 1, departments: ['51'] },
    ];
    for (const { query, processes, live, inScope, departments } of filters) {
      it(`counts only the processes of ${query}`, async () => {
        // when the dashboard is filtered
        const res = await api(app).get(`/api/v1/rollout/dashboard?${query}`).expect(200);
        // then only the matching processes count
        assert.deepEqual(
          [res.body.kpis.processes, res.body.kpis.live, res.body.kpis.inScope],
          [processes, live, inScope],
        );
        assert.deepEqual(
          res.body.coverage.byDepartment.rows.map((r: { department: string }) => r.department),
          departments,
        );
      });
    }

    it('answers 404 for a department that does not exist and 400 for a bad filter', async () => {
      // when the dashboard is asked for an unknown department, and with a target that is no date
      const unknown = await api(app).get('/api/v1/rollout/dashboard?department=99');
      const bad = await api(app).get('/api/v1/rollout/dashboard?targetDate=bald');
      // then
      assert.equal(unknown.status, 404);
      assert.equal(bad.status, 400);
    });
  });

  describe('GET /rollout/departments/:code', () => {
    it("lists the department's processes by stage, with its coverage and forecast", async () => {
      // when department 32 is read
      const res = await api(app).get('/api/v1/rollout/departments/32');
      // then its three counted processes are grouped by stage
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual(res.body.department, { code: '32', name: 'Amt 32', shortName: '32' });
      assert.equal(res.body.processes, 3);
      assert.deepEqual(
        res.body.stages
          .filter((s: { count: number }) => s.count > 0)
          .map((s: { stage: string; processes: Array<{ key: string }> }) => [s.stage, s.processes.map((p) => p.key)]),
        [
          ['modelled', ['P-32-0002']],
          ['live', ['P-32-0001']],
          ['not_applicable', ['P-32-0003']],
        ],
      );
      const live = res.body.stages.find((s: { stage: string }) => s.stage === 'live').processes[0];
      assert.deepEqual([live.support, live.since, live.events], ['self_service', '2026-02-02T09:00:00.000Z', 2]);
      // and its coverage and forecast count only its own processes
      assert.deepEqual(counts(res.body.coverage), [1, 2, 0.5, 1]);
      assert.deepEqual([res.body.forecast.kind, res.body.forecast.remaining], ['forecast', 1]);
    });

    it('answers 404 for a department that does not exist', async () => {
      // when an unknown department is read
      const res = await api(app).get('/api/v1/rollout/departments/99');
      // then
      assert.equal(res.status, 404);
    });
  });

  describe('GET /rollout/base-matrix', () => {
    it('shows every department × base process, adopted or not, with the stage of each variant', async () => {
      // when the matrix is read
      const res = await api(app).get('/api/v1/rollout/base-matrix');
      // then Posteingang is adopted and live in 51 only
      assert.equal(res.status, 200);
      assert.deepEqual(res.body.departments, ['10', '32', '51']);
      assert.deepEqual(res.body.rows[0].cells, [
        { department: '10', adopted: false, variants: [], stage: null },
        { department: '32', adopted: false, variants: [], stage: null },
        { department: '51', adopted: true, variants: ['P-51-0003'], stage: 'live' },
      ]);
      assert.deepEqual([res.body.liveInAtLeastOne, res.body.liveInEvery], [1, 0]);
      assert.match(res.body.rule.de, /Live in jedem Amt/);
    });
  });

  describe('a manager limited to department 32', () => {
    let manager: Caller;
    beforeEach(async () => {
      manager = await givenCaller(app, 'manager', ['32']);
    });

    it('sees only the figures of their department', async () => {
      // when the manager reads the dashboard and the matrix
      const dashboard = await as(app, manager).get('/api/v1/rollout/dashboard').expect(200);
      const matrix = await as(app, manager).get('/api/v1/rollout/base-matrix').expect(200);
      // then only department 32 is counted and listed
      assert.deepEqual([dashboard.body.kpis.processes, dashboard.body.kpis.live], [3, 1]);
      assert.deepEqual(
        dashboard.body.coverage.byDepartment.rows.map((r: { department: string }) => r.department),
        ['32'],
      );
      assert.deepEqual(stageRows(dashboard.body.stagesByDepartment), [['32', [0, 0, 1, 0, 0, 1, 1]]]);
      assert.match(dashboard.body.scope.en, /only your account's departments \(32\)/);
      assert.deepEqual(matrix.body.departments, ['32']);
    });

    it("gets 404 for another department's figures and process timelines", async () => {
      // when the manager asks for department 51 and its processes
      const urls = [
        '/api/v1/rollout/dashboard?department=51',
        '/api/v1/rollout/departments/51',
        '/api/v1/rollout/processes/P-51-0001',
        '/api/v1/rollout/processes/P-51-0001/events',
      ];
      const statuses = await Promise.all(urls.map(async (url) => (await as(app, manager).get(url)).status));
      // then none of it exists for them, while their own department's process does
      assert.deepEqual(statuses, [404, 404, 404, 404]);
      await as(app, manager).get('/api/v1/rollout/processes/P-32-0001/events').expect(200);
    });
  });
});
