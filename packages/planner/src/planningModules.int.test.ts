import assert from 'node:assert/strict';
import { api, cleanDatabase, givenDepartments, givenProcess, testConnection } from '@efile/catalogue/testing';
import { invalidateRolloutState, rolloutState } from './rollout/rolloutState.js';
import { planningModules, type StageReader } from './planningModules.js';
import { InMemoryStages, planningTestApp } from './testPlanning.js';

interface LayerLike {
  route?: { path: string; methods: Record<string, boolean>; stack: { handle: unknown }[] };
}

/** The action `guardedRouter()` put on a route's first handler (under the symbol `routeAction`). */
function actionOf(handle: unknown): string | undefined {
  if (typeof handle !== 'function') return undefined;
  const symbol = Object.getOwnPropertySymbols(handle).find((s) => s.description === 'routeAction');
  return symbol ? (handle as unknown as Record<symbol, string>)[symbol] : undefined;
}

describe('planningModules', () => {
  describe('#planningModules', () => {
    it('takes the rollout module’s state as its stage reader', async () => {
      // given the rollout state of the test database, without any stage change, and a wave with one process
      await cleanDatabase();
      const connection = await testConnection();
      invalidateRolloutState(connection);
      const stages: StageReader = rolloutState(connection);
      const app = await planningTestApp({ stages });
      await givenDepartments('32');
      await givenProcess({ key: 'P-32-1', department: '32' });
      await api(app)
        .post('/api/v1/rollout/waves')
        .send({
          id: 'welle-1',
          name: 'Welle 1',
          start: '2026-01-05',
          end: '2026-03-27',
          departments: ['32'],
          capacityPersonDays: 2,
        })
        .expect(201);
      // when the waves are read
      const res = await api(app).get('/api/v1/rollout/waves');
      // then the process counts as not started, with the assumed consulting of medium complexity
      assert.equal(res.status, 200);
      assert.deepEqual(res.body.items[0].demand.demandBySupport, {
        self_service: 0,
        consulting: 4,
        full_service: 0,
        external: 0,
      });
      assert.equal(res.body.items[0].demand.assumed, 1);
    });

    it('declares every route with the action its documented operation names, and documents no other', async () => {
      // given the planning modules
      const modules = planningModules({ connection: await testConnection(), stages: new InMemoryStages() });
      // when their routes are read back
      const served = new Map<string, string | undefined>();
      for (const module of modules) {
        for (const layer of module.router.router.stack as LayerLike[]) {
          if (!layer.route) continue;
          const path = `/api/v1${module.path}${layer.route.path === '/' ? '' : layer.route.path}`.replace(
            /:(\w+)/g,
            '{$1}',
          );
          for (const method of Object.keys(layer.route.methods)) {
            served.set(`${method.toUpperCase()} ${path}`, actionOf(layer.route.stack[0]?.handle));
          }
        }
      }
      const documented = new Map(modules.flatMap((m) => m.operations).map((o) => [`${o.method} ${o.path}`, o.action]));
      // then both list the same operations with the same actions
      assert.deepEqual([...served.keys()].sort(), [...documented.keys()].sort());
      for (const [operation, action] of served) assert.equal(action, documented.get(operation), operation);
      assert.deepEqual(
        modules.map((m) => m.path),
        ['/rollout/waves', '/rollout/effort-table', '/rollout/problems', '/rollout/reports', '/rollout/exports'],
      );
    });

    it('adds its operations to the OpenAPI document, with their schemas', async () => {
      // given the app with the planning modules
      const app = await planningTestApp();
      // when the document is read
      const res = await api(app).get('/api/v1/openapi.json');
      // then the planning operations are in it and their schema references resolve
      assert.equal(res.status, 200);
      const paths = res.body.paths as Record<string, Record<string, { operationId: string; 'x-action': string }>>;
      assert.equal(paths['/api/v1/rollout/waves']?.get?.operationId, 'listWaves');
      assert.equal(paths['/api/v1/rollout/waves/{id}/move']?.post?.['x-action'], 'wave:write');
      assert.equal(paths['/api/v1/rollout/exports/{table}']?.get?.['x-action'], 'report:export');
      assert.equal(paths['/api/v1/rollout/effort-table']?.put?.['x-action'], 'wave:write');
      const refs = JSON.stringify(res.body.paths).match(/"\$ref":"[^"]+"/g) ?? [];
      for (const ref of new Set(refs)) {
        const name = ref.slice(8, -1).replace('#/components/schemas/', '').split('/')[0]!;
        assert.ok(res.body.components.schemas[name], `unresolved ${ref}`);
      }
    });
  });
});
