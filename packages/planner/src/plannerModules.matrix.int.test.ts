/**
 * The planner's authorization matrix: every operation of the modules `plannerModules` returns, called by
 * every kind of caller (nobody, admin, consultant and modeller of department 32, a city-wide manager, a
 * manager limited to 32) on resources of their own department (32) and of another one (50), with the exact
 * status each call must get. The expected statuses are written out here by hand, not derived from the
 * policy, so that the policy is checked against what was decided:
 *
 * - rollout:read: every role reads; a manager limited to 32 gets 404 for another department's process,
 *   timeline, department view, planning entry, problem report, status report and status report history,
 *   and lists only 32's;
 * - rollout:write: admins everywhere, consultants and modellers in their departments (403 elsewhere),
 *   managers never (403);
 * - wave:write (waves and the effort table): admins only; report:export: admins, consultants and managers (modellers 403);
 * - audit:read (the consistency check): admins only; nobody signed in: 401 everywhere.
 *
 * Every request is valid (fresh If-Match, valid bodies, unique ids, stage changes that are always allowed
 * from the current stage), so a 2xx is reachable and a 403/404 can only come from the authorization.
 */
import assert from 'node:assert/strict';
import type { Express } from 'express';
import mongoose from 'mongoose';
import request from 'supertest';
import type { ApiTokenCreate } from '@efile/schemas';
import type { OperationSpec } from '@efile/catalogue';
import { api, cleanDatabase, givenDepartments, givenProcess, testConnection } from '@efile/catalogue/testing';
import { DEFAULT_EFFORT_TABLE } from './domain/capacity.js';
import { plannerModules } from './plannerModules.js';
import { invalidateRolloutState } from './rollout/rolloutState.js';
import { csvLines, givenAccount, plannerTestApp } from './testPlanning.js';

/** The callers, in the column order of the matrix. */
const PRINCIPALS = ['anonymous', 'admin', 'consultant', 'modeller', 'managerCityWide', 'manager32'] as const;
type PrincipalName = (typeof PRINCIPALS)[number];

const PRINCIPAL_LABELS: Record<PrincipalName, string> = {
  anonymous: 'anonymous',
  admin: 'admin',
  consultant: 'consultant (32)',
  modeller: 'modeller (32)',
  managerCityWide: 'manager (city-wide)',
  manager32: 'manager (only 32)',
};

/** The API token of each signed-in caller, created by the test admin; own department is 32. */
const PRINCIPAL_TOKENS: Record<Exclude<PrincipalName, 'anonymous'>, ApiTokenCreate> = {
  admin: { name: 'Planner matrix admin', role: 'admin' },
  consultant: { name: 'Planner matrix consultant', role: 'consultant', departments: ['32'] },
  modeller: { name: 'Planner matrix modeller', role: 'modeller', departments: ['32'] },
  managerCityWide: { name: 'Planner matrix manager city-wide', role: 'manager', allDepartments: true },
  manager32: { name: 'Planner matrix manager 32', role: 'manager', departments: ['32'], allDepartments: false },
};

/** Expected statuses in the order of PRINCIPALS. */
type Statuses = readonly [
  anonymous: number,
  admin: number,
  consultant: number,
  modeller: number,
  managerCityWide: number,
  manager32: number,
];

/** What a cell acts on: nothing in particular, department 32's, or department 50's. */
type Target = 'any' | 'own' | 'other';

const TARGET_LABELS: Record<Target, string> = {
  any: '',
  own: ' in its own department 32',
  other: ' in the other department 50',
};

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Sends the operation's request with the given path parameters as the cell's caller. */
type Call = (params?: Record<string, string | number>) => request.Test;

interface Row {
  /** The exact status per target, per caller. */
  expect: Partial<Record<Target, Statuses>>;
  /** Prepares what the request needs (as the test admin) and sends it as the caller. */
  send(call: Call, target: Target): Promise<request.Response>;
  /** Further checks on a successful answer. */
  check?(who: PrincipalName, res: request.Response): void;
}

const DEPARTMENTS = { own: '32', other: '50' } as const;
const PROCESSES = { own: 'P-32-MATRIX', other: 'P-50-MATRIX' } as const;
const BASE = 'B-MATRIX';
const WAVE = 'welle-matrix';
const PERIOD = '2026-10';

/**
 * The operations of the modules plannerModules returns. The cells are generated from them when the suite
 * is defined, before any database is open: building the modules only defines models on the connection,
 * so one that never connects serves to list them.
 */
const OPERATIONS: OperationSpec[] = plannerModules({ connection: mongoose.createConnection() }).flatMap(
  (m) => m.operations,
);

let serial = 0;
/** A number no other cell uses, for ids and texts. */
const unique = () => ++serial;

function departmentOf(target: Target): string {
  if (target === 'any') throw new Error('this row needs a department target');
  return DEPARTMENTS[target];
}

function processOf(target: Target): string {
  if (target === 'any') throw new Error('this row needs a process target');
  return PROCESSES[target];
}

/** The operation's path with its `{name}` parameters filled in. */
function pathOf(op: OperationSpec, params: Record<string, string | number>): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${op.operationId} needs the path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}

/** The start of a body, to tell in a failure message why a call got the status it got. */
function excerpt(res: request.Response): string {
  const json = res.type === 'application/json' || res.type === 'application/problem+json';
  return (json ? res.text : res.type).slice(0, 300);
}

/** Fails unless every item names department 32 (what a manager limited to 32 may list). */
function onlyOwn(items: Array<{ department: string }>, what: string): void {
  assert.ok(items.length > 0, `${what}: 32's are listed`);
  assert.deepEqual(
    items.filter((i) => i.department !== '32'),
    [],
    `${what}: only department 32's are listed`,
  );
}

describe('planner authorization matrix', () => {
  let app: Express;
  let owner: string;
  const tokens = new Map<PrincipalName, string>();
  const problems = { own: '', other: '' };

  /** A request to `url` as the caller: with its Bearer token, or without credentials for anonymous. */
  function requestAs(who: PrincipalName, method: HttpMethod, url: string): request.Test {
    const test = request(app)[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](url);
    const token = tokens.get(who);
    return token ? test.set('Authorization', `Bearer ${token}`) : test;
  }

  /** The ETag of a resource, read as the test admin. */
  async function etagOf(path: string): Promise<string> {
    const res = await api(app).get(path);
    assert.equal(res.status, 200, `GET ${path}: ${res.text}`);
    return res.headers.etag as string;
  }

  /**
   * A change of stage that is always allowed from the process's current stage: out of scope, or back into
   * it (both with a reason); with the ETag of the latest event, read as the test admin.
   */
  async function toggle(key: string): Promise<{ etag: string; to: string }> {
    const res = await api(app).get(`/api/v1/rollout/processes/${key}`);
    assert.equal(res.status, 200, res.text);
    return {
      etag: res.headers.etag as string,
      to: res.body.stage === 'not_applicable' ? 'analysis' : 'not_applicable',
    };
  }

  /** A new empty wave, created as the test admin; answers its id and ETag. */
  async function givenWave(departments: string[] = []): Promise<{ id: string; etag: string }> {
    const id = `welle-${unique()}`;
    const res = await api(app)
      .post('/api/v1/rollout/waves')
      .send({ id, name: `Welle ${id}`, start: '2027-01-04', end: '2027-03-26', departments, capacityPersonDays: 20 });
    assert.equal(res.status, 201, res.text);
    return { id, etag: res.headers.etag as string };
  }

  // Columns: anonymous, admin, consultant (32), modeller (32), manager city-wide, manager (only 32).
  const MATRIX: Record<string, Row> = {
    // ---- stages and history (rolloutModule)
    getRolloutState: {
      expect: { own: [401, 200, 200, 200, 200, 200], other: [401, 200, 200, 200, 200, 404] },
      send: async (call, target) => call({ key: processOf(target) }),
    },
    listRolloutEvents: {
      expect: { own: [401, 200, 200, 200, 200, 200], other: [401, 200, 200, 200, 200, 404] },
      send: async (call, target) => call({ key: processOf(target) }),
    },
    recordRolloutEvent: {
      expect: { own: [401, 201, 201, 201, 403, 403], other: [401, 201, 403, 403, 403, 403] },
      send: async (call, target) => {
        const key = processOf(target);
        const { etag, to } = await toggle(key);
        return call({ key }).set('If-Match', etag).send({ to, support: 'consulting', reason: 'Matrix' });
      },
    },
    changeRolloutStages: {
      expect: { own: [401, 200, 200, 200, 403, 403], other: [401, 200, 403, 403, 403, 403] },
      send: async (call, target) => {
        const key = processOf(target);
        const { to } = await toggle(key);
        return call().send({ to, support: 'consulting', reason: 'Matrix', items: [{ processKey: key }] });
      },
      check: (_who, res) => assert.equal(res.body.applied, 1, JSON.stringify(res.body)),
    },
    importRolloutHistory: {
      expect: { own: [401, 200, 200, 200, 403, 403], other: [401, 200, 403, 403, 403, 403] },
      send: async (call, target) => {
        const key = processOf(target);
        const { to } = await toggle(key);
        const csv = `Prozess;Stufe;Datum;Unterstützung;Begründung\n${key};${to};${new Date().toISOString()};consulting;Matrix\n`;
        return call().set('Content-Type', 'text/csv; charset=utf-8').send(csv);
      },
      check: (_who, res) => assert.equal(res.body.recorded, 1, JSON.stringify(res.body)),
    },
    checkRolloutConsistency: {
      expect: { any: [401, 200, 403, 403, 403, 403] },
      send: async (call) => call(),
      check: (_who, res) => assert.equal(res.body.consistent, true, JSON.stringify(res.body)),
    },
    // ---- dashboard (rolloutModule)
    getRolloutDashboard: {
      expect: {
        any: [401, 200, 200, 200, 200, 200],
        own: [401, 200, 200, 200, 200, 200],
        other: [401, 200, 200, 200, 200, 404],
      },
      send: async (call, target) => (target === 'any' ? call() : call().query({ department: departmentOf(target) })),
      check: (who, res) => {
        if (res.body.filter.department !== null) return;
        const rows = (res.body.coverage.byDepartment.rows as Array<{ department: string }>).map((r) => r.department);
        assert.deepEqual(rows, who === 'manager32' ? ['32'] : ['10', '32', '50']);
      },
    },
    getRolloutDepartment: {
      expect: { own: [401, 200, 200, 200, 200, 200], other: [401, 200, 200, 200, 200, 404] },
      send: async (call, target) => call({ code: departmentOf(target) }),
    },
    getRolloutBaseMatrix: {
      expect: { any: [401, 200, 200, 200, 200, 200] },
      send: async (call) => call(),
      check: (who, res) => assert.deepEqual(res.body.departments, who === 'manager32' ? ['32'] : ['10', '32', '50']),
    },
    // ---- waves and planning entries (planningModules)
    listWaves: {
      // Waves are central IT's city-wide plan: every reader sees every wave.
      expect: { any: [401, 200, 200, 200, 200, 200] },
      send: async (call) => call(),
    },
    createWave: {
      expect: { any: [401, 201, 403, 403, 403, 403] },
      send: async (call) => {
        const id = `welle-neu-${unique()}`;
        return call().send({ id, name: 'Neue Welle', start: '2027-04-05', end: '2027-06-25', capacityPersonDays: 5 });
      },
    },
    whatIfWaves: {
      expect: { any: [401, 200, 200, 200, 200, 200] },
      send: async (call) => call().send({ extraConsultants: 1 }),
    },
    listWavePlans: {
      expect: { any: [401, 200, 200, 200, 200, 200] },
      send: async (call) => call(),
      check: (who, res) => {
        const items = res.body.items as Array<{ department: string }>;
        if (who === 'manager32') onlyOwn(items, 'planning entries');
        else assert.equal(items.length, 2);
      },
    },
    getWavePlan: {
      expect: { own: [401, 200, 200, 200, 200, 200], other: [401, 200, 200, 200, 200, 404] },
      send: async (call, target) => call({ key: processOf(target) }),
    },
    putWavePlan: {
      expect: { own: [401, 200, 200, 200, 403, 403], other: [401, 200, 403, 403, 403, 403] },
      send: async (call, target) => {
        const key = processOf(target);
        const etag = await etagOf(`/api/v1/rollout/waves/plans/${key}`);
        return call({ key })
          .set('If-Match', etag)
          .send({ complexity: unique() % 2 === 0 ? 'low' : 'high', support: 'consulting' });
      },
    },
    getWave: {
      expect: { any: [401, 200, 200, 200, 200, 200] },
      send: async (call) => call({ id: WAVE }),
    },
    updateWave: {
      expect: { any: [401, 200, 403, 403, 403, 403] },
      send: async (call) =>
        call({ id: WAVE })
          .set('If-Match', await etagOf(`/api/v1/rollout/waves/${WAVE}`))
          .send({ note: `Notiz ${unique()}` }),
    },
    deleteWave: {
      expect: { any: [401, 204, 403, 403, 403, 403] },
      send: async (call) => {
        const { id, etag } = await givenWave();
        return call({ id }).set('If-Match', etag);
      },
    },
    moveToWave: {
      expect: { any: [401, 200, 403, 403, 403, 403] },
      send: async (call) =>
        call({ id: WAVE })
          .set('If-Match', await etagOf(`/api/v1/rollout/waves/${WAVE}`))
          .send({ departments: ['32'] }),
    },
    // ---- the effort table (planningModules)
    getEffortTable: {
      expect: { any: [401, 200, 200, 200, 200, 200] },
      send: async (call) => call(),
    },
    putEffortTable: {
      expect: { any: [401, 200, 403, 403, 403, 403] },
      send: async (call) =>
        call()
          .set('If-Match', await etagOf('/api/v1/rollout/effort-table'))
          .send(DEFAULT_EFFORT_TABLE),
    },
    // ---- problem reports (planningModules)
    listProblemReports: {
      expect: { any: [401, 200, 200, 200, 200, 200] },
      send: async (call) => call().query({ pageSize: 200 }),
      check: (who, res) => {
        const items = res.body.items as Array<{ department: string }>;
        if (who === 'manager32') onlyOwn(items, 'problem reports');
        else
          assert.ok(
            items.some((i) => i.department === '50'),
            'the problem reports of 50 are listed',
          );
      },
    },
    createProblemReport: {
      expect: { own: [401, 201, 201, 201, 403, 403], other: [401, 201, 403, 403, 403, 403] },
      send: async (call, target) =>
        call().send({
          title: `Problem ${unique()}`,
          description: 'Beschreibung',
          severity: 'medium',
          ownerId: owner,
          processKey: processOf(target),
        }),
    },
    getProblemReport: {
      expect: { own: [401, 200, 200, 200, 200, 200], other: [401, 200, 200, 200, 200, 404] },
      send: async (call, target) => call({ id: problems[target as 'own' | 'other'] }),
    },
    updateProblemReport: {
      expect: { own: [401, 200, 200, 200, 403, 403], other: [401, 200, 403, 403, 403, 403] },
      send: async (call, target) => {
        const id = problems[target as 'own' | 'other'];
        return call({ id })
          .set('If-Match', await etagOf(`/api/v1/rollout/problems/${id}`))
          .send({ title: `Problem ${unique()}` });
      },
    },
    // ---- status reports (planningModules)
    listStatusReports: {
      expect: { any: [401, 200, 200, 200, 200, 200] },
      send: async (call) => call().query({ period: PERIOD }),
      check: (who, res) => {
        const items = res.body.items as Array<{ department: string }>;
        if (who === 'manager32') {
          onlyOwn(items, 'status reports');
          assert.deepEqual(res.body.missing, []);
        } else {
          assert.deepEqual(
            items.map((i) => i.department),
            ['32', '50'],
          );
        }
      },
    },
    listDepartmentStatusReports: {
      expect: { own: [401, 200, 200, 200, 200, 200], other: [401, 200, 200, 200, 200, 404] },
      send: async (call, target) => call({ department: departmentOf(target) }).query({ from: '2026-09', to: PERIOD }),
      check: (_who, res) => {
        assert.deepEqual(
          (res.body.items as Array<{ period: string }>).map((i) => i.period),
          [PERIOD],
        );
        assert.deepEqual(res.body.missing, ['2026-09']);
      },
    },
    getStatusReport: {
      expect: { own: [401, 200, 200, 200, 200, 200], other: [401, 200, 200, 200, 200, 404] },
      send: async (call, target) => call({ department: departmentOf(target), period: PERIOD }),
    },
    putStatusReport: {
      expect: { own: [401, 200, 200, 200, 403, 403], other: [401, 200, 403, 403, 403, 403] },
      send: async (call, target) => {
        const department = departmentOf(target);
        return call({ department, period: PERIOD })
          .set('If-Match', await etagOf(`/api/v1/rollout/reports/${department}/${PERIOD}`))
          .send({ light: 'yellow', text: `Stand ${unique()}` });
      },
    },
    // ---- exports (planningModules, with the dashboard's tables)
    exportRolloutTable: {
      expect: { any: [401, 200, 200, 403, 200, 200] },
      send: async (call) => call({ table: 'coverage-departments' }),
      check: (who, res) => {
        const codes = csvLines(res)
          .slice(1)
          .filter((line) => /^\d+;/.test(line))
          .map((line) => line.split(';')[0]);
        assert.deepEqual(codes, who === 'manager32' ? ['32'] : ['10', '32', '50']);
      },
    },
  };

  before(async function () {
    this.timeout(60_000);
    app = await plannerTestApp();
    await cleanDatabase();
    invalidateRolloutState(await testConnection());
    await givenDepartments('10', '32', '50');
    await givenProcess({ key: BASE, name: 'Posteingang', department: '10', kind: 'base' });
    for (const target of ['own', 'other'] as const) {
      await givenProcess({ key: PROCESSES[target], department: DEPARTMENTS[target], baseProcess: BASE });
    }
    owner = await givenAccount(app, 'matrix.lotse');
    for (const target of ['own', 'other'] as const) {
      const key = PROCESSES[target];
      const department = DEPARTMENTS[target];
      await api(app)
        .post(`/api/v1/rollout/processes/${key}/events`)
        .set('If-Match', '"0"')
        .send({ to: 'analysis', support: 'consulting' })
        .expect(201);
      await api(app)
        .put(`/api/v1/rollout/waves/plans/${key}`)
        .send({ complexity: 'medium', support: 'consulting' })
        .expect(201);
      const problem = await api(app)
        .post('/api/v1/rollout/problems')
        .send({
          title: `Problem in ${department}`,
          description: 'Scanner fehlt',
          severity: 'high',
          ownerId: owner,
          processKey: key,
        })
        .expect(201);
      problems[target] = problem.body.id as string;
      await api(app)
        .put(`/api/v1/rollout/reports/${department}/${PERIOD}`)
        .send({ light: 'green', text: 'Alles im Plan.' })
        .expect(201);
    }
    await api(app)
      .post('/api/v1/rollout/waves')
      .send({
        id: WAVE,
        name: 'Welle Matrix',
        start: '2026-01-05',
        end: '2026-03-27',
        departments: ['32'],
        capacityPersonDays: 10,
      })
      .expect(201);
    for (const [name, body] of Object.entries(PRINCIPAL_TOKENS) as [PrincipalName, ApiTokenCreate][]) {
      const res = await api(app).post('/api/v1/tokens').send(body);
      assert.equal(res.status, 201, `token for ${name}: ${res.text}`);
      tokens.set(name, res.body.secret as string);
    }
  });

  it('has a row for every planner operation, and none for an operation the planner lacks', () => {
    // given the operations of the modules plannerModules returns
    const ids = OPERATIONS.map((o) => o.operationId);
    // when they are compared with the rows of the matrix
    const missing = ids.filter((id) => !(id in MATRIX));
    const unknown = Object.keys(MATRIX).filter((id) => !ids.includes(id));
    // then each operation has its row (add one for a new route) and no row is left over
    assert.deepEqual(missing, [], 'operations without a row in the planner authorization matrix');
    assert.deepEqual(unknown, [], 'rows for operations the planner does not have');
    assert.equal(ids.length, 30);
  });

  for (const op of OPERATIONS) {
    const row = MATRIX[op.operationId];
    if (!row) continue; // the test above fails for it
    describe(`${op.method} ${op.path} (${op.operationId}, ${op.action})`, () => {
      for (const [target, statuses] of Object.entries(row.expect) as [Target, Statuses][]) {
        PRINCIPALS.forEach((name, column) => {
          const expected = statuses[column]!;
          it(`${PRINCIPAL_LABELS[name]}${TARGET_LABELS[target]} → ${expected}`, async () => {
            // given the caller's token and the fixtures (what the request needs is prepared as the test admin)
            const call: Call = (params = {}) => requestAs(name, op.method as HttpMethod, pathOf(op, params));
            // when the caller sends a valid request
            const res = await row.send(call, target);
            // then it gets exactly the status the matrix names
            assert.equal(
              res.status,
              expected,
              `${op.operationId} as ${name}${TARGET_LABELS[target]} → expected ${expected}, got ${res.status}: ${excerpt(res)}`,
            );
            if (res.status < 300) row.check?.(name, res);
          });
        });
      }
    });
  }
});
