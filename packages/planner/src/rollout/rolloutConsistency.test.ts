import assert from 'node:assert/strict';
import type { ProcessState } from '../domain/history.js';
import { checkConsistency, compareStates, historyIssues } from './rolloutConsistency.js';
import { stageEventId, type StageEventDoc } from './stageEvent.model.js';

function state(
  processKey: string,
  stage: ProcessState['stage'],
  seq: number,
  since = '2026-01-05T00:00:00.000Z',
): ProcessState {
  return { processKey, department: '32', stage, support: 'consulting', since, seq };
}

function doc(
  processKey: string,
  seq: number,
  at: string,
  from: StageEventDoc['from'],
  to: StageEventDoc['to'],
): StageEventDoc {
  return {
    _id: stageEventId(processKey, seq),
    processKey,
    department: '32',
    at: new Date(at),
    from,
    to,
    support: 'consulting',
    actorId: 'acc_1',
    seq,
    recordedAt: new Date(at),
  };
}

describe('rolloutConsistency', () => {
  describe('#compareStates', () => {
    it('names the processes whose states differ, missing on either side included', () => {
      // given the database's and memory's view
      const database = new Map([
        ['P-1', state('P-1', 'live', 2)],
        ['P-2', state('P-2', 'analysis', 1)],
        ['P-3', state('P-3', 'pilot', 1)],
      ]);
      const memory = new Map([
        ['P-1', state('P-1', 'live', 2, '2026-01-05T01:00:00+01:00')],
        ['P-2', state('P-2', 'modelled', 2)],
        ['P-4', state('P-4', 'analysis', 1)],
      ]);
      // when they are compared
      const mismatches = compareStates(database, memory);
      // then the same instant written differently is no difference; the rest is named
      assert.deepEqual(
        mismatches.map((m) => [m.processKey, m.database?.stage ?? null, m.memory?.stage ?? null]),
        [
          ['P-2', 'analysis', 'modelled'],
          ['P-3', 'pilot', null],
          ['P-4', null, 'analysis'],
        ],
      );
    });
  });

  describe('#historyIssues', () => {
    it('finds gaps in the numbering, dates going back and broken chains, per process', () => {
      // given a sound history and three broken ones
      const docs = [
        doc('P-1', 1, '2026-01-05', 'not_started', 'analysis'),
        doc('P-1', 2, '2026-01-06', 'analysis', 'live'),
        doc('P-2', 1, '2026-01-05', 'not_started', 'analysis'),
        doc('P-2', 3, '2026-01-06', 'analysis', 'modelled'),
        doc('P-3', 1, '2026-01-05', 'not_started', 'analysis'),
        doc('P-3', 2, '2026-01-04', 'analysis', 'modelled'),
        doc('P-4', 1, '2026-01-05', 'not_started', 'live'),
        doc('P-4', 2, '2026-01-06', 'modelled', 'pilot'),
      ];
      // when the history is checked
      const issues = historyIssues(docs);
      // then each problem is named by process, seq and field (P-3's events, in date order, both break the chain)
      assert.deepEqual(
        issues.map((i) => `${i.processKey} ${i.seq} ${i.field}`),
        ['P-2 3 /seq', 'P-3 2 /at', 'P-3 2 /from', 'P-3 1 /from', 'P-4 2 /from'],
      );
    });
  });

  describe('#checkConsistency', () => {
    it('is consistent when memory holds exactly the stored history', () => {
      // given a stored history and memory derived from it
      const docs = [doc('P-1', 1, '2026-01-05', 'not_started', 'analysis')];
      const memory = { states: new Map([['P-1', state('P-1', 'analysis', 1)]]), events: 1 };
      // when checked
      const result = checkConsistency(docs, memory);
      // then
      assert.equal(result.consistent, true);
      assert.deepEqual(result.database, { events: 1, processes: 1 });
    });
  });
});
