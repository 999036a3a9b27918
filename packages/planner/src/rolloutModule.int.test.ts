import assert from 'node:assert/strict';
import type { Express } from 'express';
import request from 'supertest';
import { validator } from '@efile/schemas';
import { api, givenDepartments, givenProcess, testConnection } from '@efile/catalogue/testing';
import { cleanRollout, givenDepartmentProcess, givenSteps, rolloutTestApp } from './rollout/testRollout.js';
import { rolloutModule } from './rolloutModule.js';
import { rolloutOperations } from './rolloutOperations.js';

interface LayerLike {
  route?: { path: string; methods: Record<string, boolean>; stack: { handle: unknown }[] };
  handle?: { stack?: LayerLike[] };
}

/** The action `guardedRouter()` put on a route's first handler (under the symbol `routeAction`). */
function actionOf(handle: unknown): string | undefined {
  if (typeof handle !== 'function') return undefined;
  const symbol = Object.getOwnPropertySymbols(handle).find((s) => s.description === 'routeAction');
  return symbol ? (handle as unknown as Record<symbol, string>)[symbol] : undefined;
}

/** `METHOD /api/v1/rollout/path/{param}` → the action its first handler declares, through nested routers. */
function routesOf(stack: LayerLike[], out = new Map<string, string | undefined>()): Map<string, string | undefined> {
  for (const layer of stack) {
    if (layer.route) {
      const path = `/api/v1/rollout${layer.route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (on) out.set(`${method.toUpperCase()} ${path}`, actionOf(layer.route.stack[0]?.handle));
      }
    } else if (layer.handle?.stack) {
      routesOf(layer.handle.stack, out);
    }
  }
  return out;
}

/** Asserts that a response body is what the OpenAPI document promises for it. */
function conforms(schema: string, body: unknown): void {
  const result = validator(schema)(body);
  assert.ok(result.ok, `${schema}: ${JSON.stringify(result.ok ? [] : result.errors)}`);
}

describe('rolloutModule', () => {
  let app: Express;
  before(async () => {
    app = await rolloutTestApp();
  });
  beforeEach(async () => {
    await cleanRollout();
    await givenDepartments('10', '32', '51');
    await givenProcess({ key: 'B-POSTEINGANG', name: 'Posteingang', department: '10', kind: 'base' });
    await givenDepartmentProcess('P-32-0001', { group: 'Ordnung', annualCaseVolume: 120 });
    await givenDepartmentProcess('P-32-0002', { baseProcess: 'B-POSTEINGANG' });
    await givenDepartmentProcess('P-51-0001');
  });

  it('answers every operation with a body that matches its schema, problems included', async () => {
    // given a little history
    await givenSteps(app, [
      { key: 'P-32-0001', to: 'analysis', at: '2026-01-05T09:00:00Z' },
      { key: 'P-32-0001', to: 'live', at: '2026-02-02T09:00:00Z', note: 'Go-live' },
      { key: 'P-32-0002', to: 'not_applicable', at: '2026-01-07T09:00:00Z', reason: 'Kein Posteingang im Amt' },
    ]);
    // when every operation is called
    const created = await api(app)
      .post('/api/v1/rollout/processes/P-51-0001/events')
      .set('If-Match', '"0"')
      .send({ to: 'analysis', support: 'external' })
      .expect(201);
    const bulk = await api(app)
      .post('/api/v1/rollout/stage-changes')
      .send({
        to: 'modelled',
        support: 'consulting',
        items: [{ processKey: 'P-51-0001' }, { processKey: 'P-32-0001' }],
      })
      .expect(200);
    const imported = await api(app)
      .post('/api/v1/rollout/imports/history?dryRun=true')
      .set('Content-Type', 'text/csv')
      .send('Prozess;Stufe;Datum;Unterstützung\nP-51-0001;Pilot;2026-03-01;Beratung\nP-32-0001;Pilot;2026-03-01;;\n')
      .expect(200);
    // then each body has the documented shape
    conforms('rollout-event.schema.json', created.body);
    conforms('rollout-stage-change-report.schema.json', bulk.body);
    conforms('rollout-history-import-report.schema.json', imported.body);
    conforms(
      'rollout-process-state.schema.json',
      (await api(app).get('/api/v1/rollout/processes/P-32-0001').expect(200)).body,
    );
    conforms(
      'rollout-process-state.schema.json',
      (await api(app).get('/api/v1/rollout/processes/B-POSTEINGANG').expect(200)).body,
    );
    conforms(
      'rollout-event-list.schema.json',
      (await api(app).get('/api/v1/rollout/processes/P-32-0001/events').expect(200)).body,
    );
    for (const query of ['', '?weighted=true', '?department=32&targetDate=2026-12-31', '?group=Nichts']) {
      conforms(
        'rollout-dashboard.schema.json',
        (await api(app).get(`/api/v1/rollout/dashboard${query}`).expect(200)).body,
      );
    }
    conforms('rollout-department.schema.json', (await api(app).get('/api/v1/rollout/departments/32').expect(200)).body);
    conforms(
      'rollout-department.schema.json',
      (await api(app).get('/api/v1/rollout/departments/10?weighted=true').expect(200)).body,
    );
    conforms('rollout-base-matrix.schema.json', (await api(app).get('/api/v1/rollout/base-matrix').expect(200)).body);
    conforms('rollout-consistency.schema.json', (await api(app).get('/api/v1/rollout/consistency').expect(200)).body);
    // and so do the problems
    const rejected = await api(app)
      .post('/api/v1/rollout/imports/history')
      .set('Content-Type', 'text/csv')
      .send('Prozess;Stufe;Datum;Unterstützung\nP-51-0001;Pilot;morgen;Beratung\n')
      .expect(422);
    conforms('problem.schema.json', rejected.body);
    conforms(
      'problem.schema.json',
      (await api(app).post('/api/v1/rollout/processes/P-51-0001/events').set('If-Match', '"0"').send({}).expect(422))
        .body,
    );
    conforms('problem.schema.json', (await api(app).get('/api/v1/rollout/processes/P-99-0001').expect(404)).body);
  });

  it('answers the forecast kinds without history and without progress in the documented shape', async () => {
    // given no history at all, then a history without anything live
    const none = await api(app).get('/api/v1/rollout/dashboard').expect(200);
    await givenSteps(app, [{ key: 'P-32-0001', to: 'analysis', at: '2026-01-05T09:00:00Z' }]);
    const stuck = await api(app).get('/api/v1/rollout/dashboard').expect(200);
    // then the forecast says why there is no date
    assert.equal(none.body.forecast.kind, 'no_history');
    assert.equal(stuck.body.forecast.kind, 'no_progress');
    conforms('rollout-dashboard.schema.json', none.body);
    conforms('rollout-dashboard.schema.json', stuck.body);
  });

  it('documents every operation in the OpenAPI document, with its action', async () => {
    // when the document of an app with the module is read
    const res = await api(app).get('/api/v1/openapi.json').expect(200);
    // then every operation of the module is in it under its path and method, naming its action
    for (const op of rolloutOperations) {
      const documented = res.body.paths[op.path]?.[op.method.toLowerCase()];
      assert.ok(documented, `${op.method} ${op.path} is not documented`);
      assert.equal(documented['x-action'], op.action);
      assert.equal(documented.operationId, op.operationId);
    }
  });

  it('declares every route with the action its documented operation names, and documents no other', async () => {
    // given the module's routes, read back from its router
    const module = rolloutModule({ connection: await testConnection() });
    const served = routesOf(module.router.router.stack as LayerLike[]);
    // when they are compared with the documented operations
    const documented = new Map(module.operations.map((op) => [`${op.method} ${op.path}`, op.action as string]));
    // then both list the same routes with the same actions
    assert.deepEqual([...served.entries()].sort(), [...documented.entries()].sort());
    assert.equal(module.path, '/rollout');
  });

  it('serves every documented operation, and only to signed-in callers', async () => {
    // when each operation is called without credentials
    const statuses = await Promise.all(
      rolloutOperations.map(async (op) => {
        const url = op.path.replace('{key}', 'P-32-0001').replace('{code}', '32');
        const res = await request(app)[op.method.toLowerCase() as 'get' | 'post'](url);
        return `${op.method} ${op.path} ${res.status}`;
      }),
    );
    // then each route exists and asks to sign in
    assert.deepEqual(
      statuses,
      rolloutOperations.map((op) => `${op.method} ${op.path} 401`),
    );
  });
});
