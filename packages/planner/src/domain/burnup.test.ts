import assert from 'node:assert/strict';
import { burnup, BURNUP_RULE, type BurnupWeek } from './burnup.js';
import { mulberry32 } from './mulberry32.js';
import { buildHistory, buildProcesses } from './testHistory.js';

/** The counts of each week as [week, live, inProgress, notStarted, notApplicable, inScope]. */
function counts(weeks: BurnupWeek[]): Array<[string, number, number, number, number, number]> {
  return weeks.map((w) => [w.week, w.live, w.inProgress, w.notStarted, w.notApplicable, w.inScope]);
}

/** The throughput of each week as [becameLive, wentBack, throughput]. */
function throughput(weeks: BurnupWeek[]): Array<[number, number, number]> {
  return weeks.map((w) => [w.becameLive, w.wentBack, w.throughput]);
}

/** Four processes of departments 10 and 20, and a base process template that is never counted. */
const PROCESSES = buildProcesses('P-10-A', 'P-10-B', 'P-20-C', 'P-20-D', { key: 'B-12-E', kind: 'base' });

/**
 * Over four weeks of January 2024 (W01 starts Monday 1 January): A goes live in W01, back to pilot
 * in W03 and live again in W04; B goes to pilot in W02 and live in W03; C is not applicable from W02;
 * D starts only after today. The template and an unknown process go live too, and do not count.
 */
const HISTORY = buildHistory([
  ['P-10-A', '2024-01-01T08:00:00.000Z', 'analysis'],
  ['B-12-E', '2024-01-02T08:00:00.000Z', 'live'],
  ['P-99-X', '2024-01-02T09:00:00.000Z', 'live'],
  ['P-10-A', '2024-01-03T08:00:00.000Z', 'live'],
  ['P-10-B', '2024-01-09T08:00:00.000Z', 'pilot'],
  ['P-20-C', '2024-01-10T08:00:00.000Z', 'not_applicable'],
  ['P-10-B', '2024-01-17T08:00:00.000Z', 'live'],
  ['P-10-A', '2024-01-18T08:00:00.000Z', 'pilot'],
  ['P-10-A', '2024-01-24T08:00:00.000Z', 'live'],
  ['P-20-D', '2024-02-01T08:00:00.000Z', 'analysis'],
]);

describe('burnup', () => {
  describe('#burnup', () => {
    it('counts live, in progress and not started at the end of each ISO week up to today', () => {
      // when the burn-up is computed on Thursday 25 January
      const result = burnup(HISTORY, PROCESSES, '2024-01-25');
      // then there are four weeks, the last one as of today
      assert.deepEqual(counts(result.weeks), [
        ['2024-W01', 1, 0, 3, 0, 4],
        ['2024-W02', 1, 1, 1, 1, 3],
        ['2024-W03', 1, 1, 1, 1, 3],
        ['2024-W04', 2, 0, 1, 1, 3],
      ]);
      assert.deepEqual(
        result.weeks.map((w) => [w.start, w.end]),
        [
          ['2024-01-01', '2024-01-07'],
          ['2024-01-08', '2024-01-14'],
          ['2024-01-15', '2024-01-21'],
          ['2024-01-22', '2024-01-28'],
        ],
      );
      assert.equal(result.total, 4);
      assert.equal(result.lastLiveAt, '2024-01-24T08:00:00.000Z');
      assert.equal(result.rule, BURNUP_RULE);
    });

    it('nets moves back from live against moves to live in the weekly throughput', () => {
      // when the burn-up is computed
      const result = burnup(HISTORY, PROCESSES, '2024-01-25');
      // then W03's move of B to live is cancelled by A's move back
      assert.deepEqual(throughput(result.weeks), [
        [1, 0, 1],
        [0, 0, 0],
        [1, 1, 0],
        [1, 0, 1],
      ]);
    });

    it('is empty for an empty history, with every process counted', () => {
      // when there are no events
      const result = burnup([], PROCESSES, '2024-01-25');
      // then there are no weeks and nothing went live
      assert.deepEqual(
        { total: result.total, weeks: result.weeks, lastLiveAt: result.lastLiveAt },
        { total: 4, weeks: [], lastLiveAt: null },
      );
    });

    it('gives one week for a history of a single week', () => {
      // given two processes going live on the Monday and Tuesday of one week
      const events = buildHistory([
        ['P-10-A', '2024-03-04T08:00:00.000Z', 'live'],
        ['P-10-B', '2024-03-05T08:00:00.000Z', 'modelled'],
      ]);
      // when the burn-up is computed on the Sunday of that week
      const result = burnup(events, PROCESSES, '2024-03-10');
      // then it has that one week
      assert.deepEqual(counts(result.weeks), [['2024-W10', 1, 1, 2, 0, 4]]);
      assert.deepEqual(throughput(result.weeks), [[1, 0, 1]]);
    });

    it('continues with empty weeks up to today', () => {
      // given one event on 4 March, and today three weeks later
      const events = buildHistory([['P-10-A', '2024-03-04T08:00:00.000Z', 'live']]);
      // when the burn-up is computed
      const result = burnup(events, PROCESSES, '2024-03-25');
      // then the later weeks repeat the state with no throughput
      assert.deepEqual(
        result.weeks.map((w) => [w.week, w.live, w.throughput]),
        [
          ['2024-W10', 1, 1],
          ['2024-W11', 1, 0],
          ['2024-W12', 1, 0],
          ['2024-W13', 1, 0],
        ],
      );
    });

    it('counts a move from live to not applicable as neither a move to live nor back', () => {
      // given A live, then out of scope the next week
      const events = buildHistory([
        ['P-10-A', '2024-03-04T08:00:00.000Z', 'live'],
        ['P-10-A', '2024-03-12T08:00:00.000Z', 'not_applicable'],
      ]);
      // when the burn-up is computed
      const result = burnup(events, PROCESSES, '2024-03-14');
      // then the live count drops with the scope, and the throughput of the week is 0
      assert.deepEqual(counts(result.weeks), [
        ['2024-W10', 1, 0, 3, 0, 4],
        ['2024-W11', 0, 0, 3, 1, 3],
      ]);
      assert.deepEqual(throughput(result.weeks), [
        [1, 0, 1],
        [0, 0, 0],
      ]);
    });

    it('counts every move in a week when a process goes live, back and live again', () => {
      // given A live, back to pilot and live again within one week
      const events = buildHistory([
        ['P-10-A', '2024-03-04T08:00:00.000Z', 'live'],
        ['P-10-A', '2024-03-05T08:00:00.000Z', 'pilot'],
        ['P-10-A', '2024-03-06T08:00:00.000Z', 'live'],
      ]);
      // when the burn-up is computed
      const result = burnup(events, PROCESSES, '2024-03-08');
      // then two moves to live and one back net to one
      assert.deepEqual(throughput(result.weeks), [[2, 1, 1]]);
    });

    it('counts the events of today in full when today is a day, and only up to it when an instant', () => {
      // given A live on the Wednesday afternoon
      const events = buildHistory([
        ['P-10-B', '2024-03-04T08:00:00.000Z', 'analysis'],
        ['P-10-A', '2024-03-06T15:00:00.000Z', 'live'],
      ]);
      // when the burn-up is computed on that day, and at noon of it
      const day = burnup(events, PROCESSES, '2024-03-06');
      const noon = burnup(events, PROCESSES, '2024-03-06T12:00:00Z');
      // then the day includes the afternoon, noon does not
      assert.equal(day.weeks[0]?.live, 1);
      assert.equal(noon.weeks[0]?.live, 0);
    });

    it('counts all processes live once they are', () => {
      // given every process live by the second week
      const events = buildHistory([
        ['P-10-A', '2024-03-04T08:00:00.000Z', 'live'],
        ['P-10-B', '2024-03-05T08:00:00.000Z', 'live'],
        ['P-20-C', '2024-03-11T08:00:00.000Z', 'live'],
        ['P-20-D', '2024-03-12T08:00:00.000Z', 'live'],
      ]);
      // when the burn-up is computed
      const result = burnup(events, PROCESSES, '2024-03-13');
      // then the second week has all four live and none left
      assert.deepEqual(counts(result.weeks), [
        ['2024-W10', 2, 0, 2, 0, 4],
        ['2024-W11', 4, 0, 0, 0, 4],
      ]);
    });

    it('gives the same burn-up whatever the order of the events', () => {
      // given the history shuffled (with a seeded shuffle, so the test is the same every run)
      const random = mulberry32(7);
      const shuffled = [...HISTORY];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [shuffled[i], shuffled[j]] = [
          shuffled[j] as (typeof shuffled)[number],
          shuffled[i] as (typeof shuffled)[number],
        ];
      }
      // when the burn-up is computed from both
      const fromShuffled = burnup(shuffled, PROCESSES, '2024-01-25');
      const fromOrdered = burnup(HISTORY, PROCESSES, '2024-01-25');
      // then they are the same
      assert.notDeepEqual(shuffled, HISTORY);
      assert.deepEqual(fromShuffled, fromOrdered);
    });
  });
});
