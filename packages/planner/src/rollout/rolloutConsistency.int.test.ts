import assert from 'node:assert/strict';
import type { Express } from 'express';
import { api, givenDepartments, testConnection } from '@efile/catalogue/testing';
import { invalidateRolloutState } from './rolloutState.js';
import { stageEventModel, toStageEventDoc } from './stageEvent.model.js';
import { as, cleanRollout, givenCaller, givenDepartmentProcess, givenSteps, rolloutTestApp } from './testRollout.js';

const URL = '/api/v1/rollout/consistency';

describe('rollout router', () => {
  let app: Express;
  before(async () => {
    app = await rolloutTestApp();
  });
  beforeEach(async () => {
    await cleanRollout();
    await givenDepartments('32');
    await givenDepartmentProcess('P-32-0001');
    await givenDepartmentProcess('P-32-0002');
    await givenSteps(app, [
      { key: 'P-32-0001', to: 'analysis', at: '2026-01-05T09:00:00Z' },
      { key: 'P-32-0001', to: 'live', at: '2026-02-05T09:00:00Z' },
      { key: 'P-32-0002', to: 'modelled', at: '2026-01-06T09:00:00Z' },
    ]);
  });

  describe('GET /rollout/consistency', () => {
    it('finds memory and history in agreement after changes through the API', async () => {
      // when the check runs after three recorded changes
      const res = await api(app).get(URL);
      // then memory and database agree, event for event
      assert.equal(res.status, 200);
      assert.equal(res.body.consistent, true);
      assert.deepEqual(res.body.database, { events: 3, processes: 2 });
      assert.deepEqual(res.body.memory, { events: 3, processes: 2 });
      assert.deepEqual([res.body.mismatches, res.body.historyIssues], [[], []]);
    });

    it('reports a process whose history changed behind the server, until the state is read again', async () => {
      // given an event written straight into the database, past the write path, with a broken chain
      await stageEventModel(await testConnection()).insertMany(
        [
          toStageEventDoc(
            {
              processKey: 'P-32-0002',
              department: '32',
              at: '2026-02-01T00:00:00.000Z',
              from: 'pilot',
              to: 'live',
              support: 'external',
              actorId: 'acc_x',
              seq: 2,
            },
            new Date(),
          ),
        ],
        { lean: true },
      );
      // when the check runs
      const res = await api(app).get(URL).expect(200);
      // then it names the process, with both views, and the broken chain
      assert.equal(res.body.consistent, false);
      assert.deepEqual(res.body.mismatches, [
        {
          processKey: 'P-32-0002',
          database: { stage: 'live', support: 'external', since: '2026-02-01T00:00:00.000Z', seq: 2 },
          memory: { stage: 'modelled', support: 'consulting', since: '2026-01-06T09:00:00.000Z', seq: 1 },
        },
      ]);
      assert.deepEqual(
        res.body.historyIssues.map((i: { processKey: string; seq: number; field: string }) => [
          i.processKey,
          i.seq,
          i.field,
        ]),
        [['P-32-0002', 2, '/from']],
      );
      // and once the state is read again, memory agrees with the database
      invalidateRolloutState(await testConnection());
      const again = await api(app).get(URL).expect(200);
      assert.deepEqual(again.body.mismatches, []);
    });

    it('is for admins only', async () => {
      // given a consultant
      await givenDepartments('51');
      const consultant = await givenCaller(app, 'consultant', ['32']);
      // when they ask for the check
      const res = await as(app, consultant).get(URL);
      // then they may not
      assert.equal(res.status, 403);
    });
  });
});
