import assert from 'node:assert/strict';
import type { Express } from 'express';
import { api, givenDepartments, testConnection } from '@efile/catalogue/testing';
import { stageEventModel, toStageEventDoc } from './stageEvent.model.js';
import { cleanRollout, givenDepartmentProcess, rolloutTestApp } from './testRollout.js';

/** Stores seq 1 of a process straight into the database, as another server on the same database would. */
async function givenAnotherServerRecorded(processKey: string): Promise<void> {
  await stageEventModel(await testConnection()).insertMany(
    [
      toStageEventDoc(
        {
          processKey,
          department: '32',
          at: '2026-02-01T08:00:00.000Z',
          from: 'not_started',
          to: 'analysis',
          support: 'consulting',
          actorId: 'acc_other',
          seq: 1,
        },
        new Date('2026-02-01T08:00:00.000Z'),
      ),
    ],
    { lean: true },
  );
}

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
    // the state is read before the other server writes
    await api(app).get('/api/v1/rollout/processes/P-32-0001').expect(200);
  });

  describe('with another server writing to the same database', () => {
    it('POST …/events answers 412 when the seq was taken, and learns the other event', async () => {
      // given an event of another server this server has not seen
      await givenAnotherServerRecorded('P-32-0001');
      // when a change is sent against seq 0, which this server still believes current
      const res = await api(app)
        .post('/api/v1/rollout/processes/P-32-0001/events')
        .set('If-Match', '"0"')
        .send({ to: 'modelled', support: 'consulting' });
      // then the unique _id refuses it, and the answer names the seq now known
      assert.equal(res.status, 412);
      assert.equal(res.body.currentVersion, 1);
      const state = await api(app).get('/api/v1/rollout/processes/P-32-0001').expect(200);
      assert.deepEqual([state.body.stage, state.headers.etag], ['analysis', '"1"']);
    });

    it('POST /stage-changes reports the item as stale and applies the others', async () => {
      // given an event of another server for one of two processes
      await givenAnotherServerRecorded('P-32-0001');
      // when both are changed in one request
      const res = await api(app)
        .post('/api/v1/rollout/stage-changes')
        .send({
          to: 'pilot',
          support: 'self_service',
          items: [{ processKey: 'P-32-0001' }, { processKey: 'P-32-0002' }],
        })
        .expect(200);
      // then the one whose seq was taken is stale, the other applied
      assert.deepEqual(
        res.body.items.map((i: { status: string; reason?: string }) => [i.status, i.reason]),
        [
          ['rejected', 'stale'],
          ['applied', undefined],
        ],
      );
      const stored = await stageEventModel(await testConnection())
        .find({})
        .lean();
      assert.deepEqual(stored.map((e) => e._id).sort(), ['P-32-0001#000001', 'P-32-0002#000001']);
    });

    it('POST /imports/history answers 409 naming the rows not recorded, after recording the others', async () => {
      // given an event of another server for the first of two processes in the file
      await givenAnotherServerRecorded('P-32-0001');
      const csv =
        'Prozess;Stufe;Datum;Unterstützung\nP-32-0002;Live;2026-02-02;Beratung\nP-32-0001;Pilot;2026-02-03;Beratung\n';
      // when the file is imported
      const res = await api(app).post('/api/v1/rollout/imports/history').set('Content-Type', 'text/csv').send(csv);
      // then the other process's row is recorded and this one's is named as not recorded
      assert.equal(res.status, 409, JSON.stringify(res.body));
      assert.deepEqual([res.body.recorded, res.body.rejected], [1, 1]);
      assert.deepEqual(
        res.body.errors.map((e: { row: number }) => e.row),
        [3],
      );
      const second = await api(app).get('/api/v1/rollout/processes/P-32-0002').expect(200);
      assert.equal(second.body.stage, 'live');
      const first = await api(app).get('/api/v1/rollout/processes/P-32-0001').expect(200);
      assert.equal(first.body.stage, 'analysis');
    });
  });
});
