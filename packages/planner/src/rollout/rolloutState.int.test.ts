import assert from 'node:assert/strict';
import type { Connection } from 'mongoose';
import { testConnection } from '@efile/catalogue/testing';
import type { StageEvent } from '../domain/history.js';
import { RolloutState } from './rolloutState.js';
import { stageEventModel, toStageEventDoc, type RecordedEvent } from './stageEvent.model.js';
import { cleanRollout } from './testRollout.js';

const RECORDED = '2026-03-01T00:00:00.000Z';

function event(
  processKey: string,
  seq: number,
  at: string,
  from: StageEvent['from'],
  to: StageEvent['to'],
): RecordedEvent {
  return {
    processKey,
    department: processKey.split('-')[1]!,
    at,
    from,
    to,
    support: 'consulting',
    actorId: 'acc_1',
    seq,
    recordedAt: RECORDED,
    ...(to === 'not_applicable' ? { reason: 'entfällt' } : {}),
  };
}

async function store(connection: Connection, ...events: RecordedEvent[]): Promise<void> {
  await stageEventModel(connection).insertMany(
    events.map((e) => toStageEventDoc(e, new Date(RECORDED))),
    { lean: true },
  );
}

describe('RolloutState', () => {
  let connection: Connection;
  let state: RolloutState;
  before(async () => {
    connection = await testConnection();
  });
  beforeEach(async () => {
    await cleanRollout();
    state = new RolloutState(stageEventModel(connection));
  });

  describe('#current', () => {
    it('derives the current stage from the stored history at first use, not started without events', async () => {
      // given stored events of two processes, the second event of one recorded with an earlier seq number last
      await store(
        connection,
        event('P-32-0001', 2, '2026-01-10T00:00:00.000Z', 'analysis', 'live'),
        event('P-32-0001', 1, '2026-01-05T00:00:00.000Z', 'not_started', 'analysis'),
        event('P-51-0001', 1, '2026-01-07T00:00:00.000Z', 'not_started', 'not_applicable'),
      );
      // when the current stages are read
      const first = await state.current('P-32-0001');
      const second = await state.current('P-51-0001');
      const none = await state.current('P-51-0002');
      // then each is the outcome of the process's latest event
      assert.deepEqual(first, { stage: 'live', support: 'consulting', at: '2026-01-10T00:00:00.000Z', seq: 2 });
      assert.equal(second.stage, 'not_applicable');
      assert.deepEqual(none, { stage: 'not_started', support: null, at: null, seq: 0 });
    });
  });

  describe('#events', () => {
    it('orders every event by date, then seq', async () => {
      // given events of two processes stored out of order
      await store(
        connection,
        event('P-32-0001', 2, '2026-01-10T00:00:00.000Z', 'analysis', 'live'),
        event('P-51-0001', 1, '2026-01-07T00:00:00.000Z', 'not_started', 'analysis'),
        event('P-32-0001', 1, '2026-01-05T00:00:00.000Z', 'not_started', 'analysis'),
      );
      // when the history is read
      const events = await state.events();
      // then it is in the order of time
      assert.deepEqual(
        events.map((e) => `${e.processKey}#${e.seq}`),
        ['P-32-0001#1', 'P-51-0001#1', 'P-32-0001#2'],
      );
    });
  });

  describe('#recorded', () => {
    it('takes in what this server stored without scanning again, in date order', async () => {
      // given a loaded state
      await store(connection, event('P-32-0001', 1, '2026-01-05T00:00:00.000Z', 'not_started', 'analysis'));
      await state.all();
      // and an event stored behind its back (not through the write path)
      await store(connection, event('P-51-0001', 1, '2026-01-06T00:00:00.000Z', 'not_started', 'analysis'));
      // when the write path reports an event it stored, dated before the known one
      const late = event('P-32-0002', 1, '2026-01-01T00:00:00.000Z', 'not_started', 'pilot');
      await store(connection, late);
      state.recorded([late]);
      // then the state has it in its place, and does not know the other one (no rescan)
      assert.deepEqual(
        (await state.events()).map((e) => e.processKey),
        ['P-32-0002', 'P-32-0001'],
      );
      assert.equal((await state.current('P-51-0001')).stage, 'not_started');
      // and after invalidate() it scans again and knows both
      state.invalidate();
      assert.equal((await state.current('P-51-0001')).stage, 'analysis');
      assert.equal((await state.totals()).events, 3);
    });

    it('keeps an event recorded while the first scan runs', async () => {
      // given a scan that has started
      const scanning = state.all();
      // when the write path reports an event the scan may not see
      state.recorded([event('P-32-0001', 1, '2026-01-05T00:00:00.000Z', 'not_started', 'live')]);
      await scanning;
      // then the state has it
      assert.equal((await state.current('P-32-0001')).stage, 'live');
    });

    it('scans again when an event does not follow the last one known (events of another writer missing)', async () => {
      // given a loaded state that knows seq 1, while the database holds seq 2 from another server
      await store(connection, event('P-32-0001', 1, '2026-01-05T00:00:00.000Z', 'not_started', 'analysis'));
      await state.all();
      await store(connection, event('P-32-0001', 2, '2026-01-06T00:00:00.000Z', 'analysis', 'modelled'));
      // when this server reports seq 3
      const third = event('P-32-0001', 3, '2026-01-07T00:00:00.000Z', 'modelled', 'pilot');
      await store(connection, third);
      state.recorded([third]);
      // then it reads everything again rather than keep a history with a hole
      assert.deepEqual(
        (await state.timeline('P-32-0001')).map((e) => e.seq),
        [1, 2, 3],
      );
    });
  });

  describe('#refreshProcess', () => {
    it('reads the events another writer appended to a process, by _id', async () => {
      // given a loaded state and an event appended behind its back
      await store(connection, event('P-32-0001', 1, '2026-01-05T00:00:00.000Z', 'not_started', 'analysis'));
      await state.all();
      await store(connection, event('P-32-0001', 2, '2026-01-06T00:00:00.000Z', 'analysis', 'live'));
      // when the process is refreshed
      await state.refreshProcess('P-32-0001');
      // then its timeline and current stage include the appended event
      assert.deepEqual(await state.current('P-32-0001'), {
        stage: 'live',
        support: 'consulting',
        at: '2026-01-06T00:00:00.000Z',
        seq: 2,
      });
    });
  });
});
