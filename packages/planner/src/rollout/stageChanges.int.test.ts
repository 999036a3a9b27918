import assert from 'node:assert/strict';
import type { Express } from 'express';
import { api, givenDepartments, givenProcess, testConnection } from '@efile/catalogue/testing';
import { stageEventModel } from './stageEvent.model.js';
import { as, cleanRollout, givenCaller, givenDepartmentProcess, givenSteps, rolloutTestApp } from './testRollout.js';

describe('rollout router', () => {
  let app: Express;
  before(async () => {
    app = await rolloutTestApp();
  });
  beforeEach(async () => {
    await cleanRollout();
    await givenDepartments('10', '32', '51');
    for (const key of ['P-32-0001', 'P-32-0002', 'P-32-0003', 'P-32-0004', 'P-51-0001'])
      await givenDepartmentProcess(key);
    await givenDepartmentProcess('P-32-0005', { archived: true });
    await givenProcess({ key: 'B-POSTEINGANG', department: '10', kind: 'base' });
  });

  describe('POST /rollout/stage-changes', () => {
    it('applies the change to each valid item and reports why the others were rejected', async () => {
      // given processes in various states
      await givenSteps(app, [
        { key: 'P-32-0002', to: 'analysis', at: '2026-01-05T09:00:00Z' },
        { key: 'P-32-0003', to: 'modelled', at: '2026-01-05T09:00:00Z' },
        { key: 'P-32-0004', to: 'live', at: '2026-01-05T09:00:00Z' },
      ]);
      // when one change to "modelled" is sent for all of them
      const res = await api(app)
        .post('/api/v1/rollout/stage-changes')
        .send({
          to: 'modelled',
          support: 'consulting',
          note: 'Sammelmeldung',
          items: [
            { processKey: 'P-32-0001' },
            { processKey: 'P-32-0002', expectedSeq: 1 },
            { processKey: 'P-32-0003' },
            { processKey: 'P-32-0004', expectedSeq: 0 },
            { processKey: 'P-32-9999' },
            { processKey: 'B-POSTEINGANG' },
            { processKey: 'P-32-0005' },
            { processKey: 'P-32-0001' },
          ],
        });
      // then each item is reported in order: applied, or rejected with its reason
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.deepEqual(
        res.body.items.map((i: { processKey: string; status: string; reason?: string }) => [
          i.processKey,
          i.status,
          i.reason,
        ]),
        [
          ['P-32-0001', 'applied', undefined],
          ['P-32-0002', 'applied', undefined],
          ['P-32-0003', 'rejected', 'invalid_transition'],
          ['P-32-0004', 'rejected', 'stale'],
          ['P-32-9999', 'rejected', 'not_found'],
          ['B-POSTEINGANG', 'rejected', 'base_process'],
          ['P-32-0005', 'rejected', 'archived'],
          ['P-32-0001', 'rejected', 'duplicate'],
        ],
      );
      assert.deepEqual([res.body.applied, res.body.rejected], [2, 6]);
      assert.equal(res.body.items[0].event.seq, 1);
      assert.equal(res.body.items[1].event.from, 'analysis');
      assert.deepEqual(
        res.body.items[2].errors.map((e: { field: string }) => e.field),
        ['/to'],
      );
      // and the applied changes are the current stages
      for (const key of ['P-32-0001', 'P-32-0002']) {
        const state = await api(app).get(`/api/v1/rollout/processes/${key}`).expect(200);
        assert.equal(state.body.stage, 'modelled');
      }
      const live = await api(app).get('/api/v1/rollout/processes/P-32-0004').expect(200);
      assert.equal(live.body.stage, 'live');
    });

    it("applies nothing and answers 403 naming every item outside the caller's departments", async () => {
      // given a consultant of department 32
      const consultant = await givenCaller(app, 'consultant', ['32']);
      // when they change processes of 32 and of 51 in one request
      const res = await as(app, consultant)
        .post('/api/v1/rollout/stage-changes')
        .send({
          to: 'analysis',
          support: 'self_service',
          items: [{ processKey: 'P-32-0001' }, { processKey: 'P-51-0001' }],
        });
      // then the whole request is refused, naming the foreign item
      assert.equal(res.status, 403);
      assert.deepEqual(
        res.body.errors.map((e: { field: string }) => e.field),
        ['/items/1/processKey'],
      );
      // and not even the item of their own department was applied
      const stored = await stageEventModel(await testConnection()).countDocuments();
      assert.equal(stored, 0);
    });

    it('refuses more than 500 items and an empty list with 422', async () => {
      // given too many items, and none
      const many = Array.from({ length: 501 }, (_, i) => ({ processKey: `P-32-${String(i + 1).padStart(4, '0')}` }));
      // when either is sent
      const tooMany = await api(app)
        .post('/api/v1/rollout/stage-changes')
        .send({ to: 'analysis', support: 'consulting', items: many });
      const none = await api(app)
        .post('/api/v1/rollout/stage-changes')
        .send({ to: 'analysis', support: 'consulting', items: [] });
      // then both are invalid bodies
      assert.equal(tooMany.status, 422);
      assert.equal(none.status, 422);
      assert.equal(tooMany.body.errors[0].field, '/items');
    });
  });
});
