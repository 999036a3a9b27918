import assert from 'node:assert/strict';
import { api, givenDepartments, testConnection } from '@efile/catalogue/testing';
import { DASHBOARD_EXPORT_TABLES } from './dashboard/dashboardExports.js';
import { ExportRegistry } from './exports/exportTable.js';
import { plannerModules } from './plannerModules.js';
import { cleanRollout, givenDepartmentProcess, givenSteps } from './rollout/testRollout.js';
import { plannerTestApp } from './testPlanning.js';

describe('plannerModules', () => {
  describe('#plannerModules', () => {
    it('returns the planning modules first (more specific paths), then the rollout module', async () => {
      // when the planner's modules are built
      const modules = plannerModules({ connection: await testConnection() });
      // then
      assert.deepEqual(
        modules.map((m) => m.path),
        [
          '/rollout/waves',
          '/rollout/effort-table',
          '/rollout/problems',
          '/rollout/reports',
          '/rollout/exports',
          '/rollout',
        ],
      );
    });

    it('registers the planning tables and the dashboard’s tables in one registry', async () => {
      // given a registry with a table of another module
      const registry = new ExportRegistry();
      registry.registerExportTable('extra', async () => ({ sheetName: 'X', fileName: 'x', columns: [], rows: [] }));
      // when the modules are built with it
      plannerModules({ connection: await testConnection(), exports: registry });
      // then it holds every table
      assert.deepEqual(
        registry.names(),
        [...DASHBOARD_EXPORT_TABLES, 'extra', 'problems', 'status-reports', 'waves'].sort(),
      );
    });

    it('gives the waves the stages the rollout module records', async () => {
      // given a wave over department 32 with one process, which then goes live through the rollout API
      await cleanRollout();
      const app = await plannerTestApp();
      await givenDepartments('32');
      await givenDepartmentProcess('P-32-1');
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
      const before = await api(app).get('/api/v1/rollout/waves/welle-1').expect(200);
      await givenSteps(app, [{ key: 'P-32-1', to: 'live', at: '2026-01-12T09:00:00Z' }]);
      // when the wave is read again
      const after = await api(app).get('/api/v1/rollout/waves/welle-1').expect(200);
      // then the process needed effort before and needs none once live
      assert.equal(before.body.demand.demand, 4);
      assert.equal(after.body.demand.demand, 0);
    });
  });
});
