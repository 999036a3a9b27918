import assert from 'node:assert/strict';
import {
  compareEvents,
  currentStages,
  rolloutUnits,
  snapshotAt,
  sortEvents,
  stageAt,
  validateHistory,
  type StageEvent,
} from './history.js';
import { buildHistory, buildProcesses } from './testHistory.js';

/** The stage of each process in `states`, as a plain object for comparison. */
function stagesOf(states: Map<string, { stage: string }>): Record<string, string> {
  return Object.fromEntries([...states].map(([key, state]) => [key, state.stage]));
}

/**
 * A history of three processes of department 10: A goes to live and back to pilot; B goes out of
 * scope; C goes to analysis.
 */
const HISTORY = buildHistory([
  ['P-10-A', '2024-01-02T09:00:00.000Z', 'analysis', 'self_service'],
  ['P-10-A', '2024-01-10T09:00:00.000Z', 'live', 'full_service'],
  ['P-10-B', '2024-01-10T10:00:00.000Z', 'not_applicable'],
  ['P-10-A', '2024-01-20T09:00:00.000Z', 'pilot', 'consulting'],
  ['P-10-C', '2024-01-21T09:00:00.000Z', 'analysis'],
]);

describe('history', () => {
  describe('#currentStages', () => {
    it("derives each process's stage and support level from its latest event", () => {
      // when the current stages are derived
      const states = currentStages(HISTORY);
      // then A is back in pilot (with the support of that event), B out of scope, C in analysis
      assert.deepEqual(stagesOf(states), { 'P-10-A': 'pilot', 'P-10-B': 'not_applicable', 'P-10-C': 'analysis' });
      assert.deepEqual(states.get('P-10-A'), {
        processKey: 'P-10-A',
        department: '10',
        stage: 'pilot',
        support: 'consulting',
        since: '2024-01-20T09:00:00.000Z',
        seq: 4,
      });
    });

    it('orders by `at`, not by the order of the list, and by `seq` when `at` is the same', () => {
      // given events in reverse order, two of them at the same instant
      const events = buildHistory([
        ['P-10-A', '2024-01-02T09:00:00.000Z', 'analysis'],
        ['P-10-A', '2024-01-03T09:00:00.000Z', 'modelled'],
        ['P-10-A', '2024-01-03T09:00:00.000Z', 'pilot'],
      ]).reverse();
      // when the current stages are derived
      const states = currentStages(events);
      // then the latest by `at`, then by `seq`, wins
      assert.equal(states.get('P-10-A')?.stage, 'pilot');
    });

    it('compares instants with offsets as instants', () => {
      // given a later event written with an offset that sorts earlier as text
      const [first, second] = buildHistory([
        ['P-10-A', '2024-01-03T09:00:00.000Z', 'analysis'],
        ['P-10-A', '2024-01-03T10:30:00+01:00', 'modelled'],
      ]) as [StageEvent, StageEvent];
      // when the current stages are derived
      const states = currentStages([second, first]);
      // then 10:30+01:00 (09:30 UTC) is the latest
      assert.equal(states.get('P-10-A')?.stage, 'modelled');
    });

    it('is empty for an empty history', () => {
      assert.equal(currentStages([]).size, 0);
    });
  });

  describe('#stageAt', () => {
    /** [date, the stages on that date]. */
    const CASES: Array<[string, Record<string, string>]> = [
      ['2024-01-01', {}],
      ['2024-01-02T08:59:59.999Z', {}],
      ['2024-01-02T09:00:00.000Z', { 'P-10-A': 'analysis' }],
      ['2024-01-09', { 'P-10-A': 'analysis' }],
      ['2024-01-10', { 'P-10-A': 'live', 'P-10-B': 'not_applicable' }],
      ['2024-01-19', { 'P-10-A': 'live', 'P-10-B': 'not_applicable' }],
      ['2024-01-20', { 'P-10-A': 'pilot', 'P-10-B': 'not_applicable' }],
      ['2024-06-30', { 'P-10-A': 'pilot', 'P-10-B': 'not_applicable', 'P-10-C': 'analysis' }],
    ];
    for (const [date, expected] of CASES) {
      it(`gives the stages on ${date}`, () => {
        // when the stages on that date are derived
        const states = stageAt(HISTORY, date);
        // then they are those of the events up to then (a day counts to its end)
        assert.deepEqual(stagesOf(states), expected);
      });
    }
  });

  describe('#snapshotAt', () => {
    it('lists every given process, those without an event as not started, and ignores unknown ones', () => {
      // given the processes A, C and D (B is not in the catalogue any more)
      const processes = buildProcesses('P-10-A', 'P-10-C', 'P-10-D');
      // when a snapshot is taken on 15 January
      const snapshot = snapshotAt(HISTORY, processes, '2024-01-15');
      // then A is live (with the support of the event that made it live), C and D not started
      assert.deepEqual(
        snapshot.map((s) => [s.process.key, s.stage, s.support, s.since]),
        [
          ['P-10-A', 'live', 'full_service', '2024-01-10T09:00:00.000Z'],
          ['P-10-C', 'not_started', null, null],
          ['P-10-D', 'not_started', null, null],
        ],
      );
    });
  });

  describe('#validateHistory', () => {
    it('finds nothing wrong in a consistent history, whatever the order of the list', () => {
      assert.deepEqual(validateHistory([...HISTORY].reverse()), []);
    });

    it('finds an event whose `from` is not the stage the previous one moved to', () => {
      // given A's second event claims to start from modelled, though A is in analysis
      const events = HISTORY.map((e) => (e.seq === 2 ? { ...e, from: 'modelled' as const } : e));
      // when the history is validated
      const issues = validateHistory(events);
      // then that event is named, with the stage expected
      assert.deepEqual(issues, [
        {
          processKey: 'P-10-A',
          seq: 2,
          field: '/from',
          message: 'must be analysis, the stage the previous event moved to',
        },
      ]);
    });

    it('finds a first event that does not start from not started', () => {
      // given a process whose history starts in pilot
      const [event] = buildHistory([['P-20-X', '2024-02-01T00:00:00.000Z', 'live']]) as [StageEvent];
      // when validated
      const issues = validateHistory([{ ...event, from: 'pilot' }]);
      // then the `from` is named
      assert.deepEqual(
        issues.map((i) => [i.seq, i.field]),
        [[1, '/from']],
      );
    });

    it('finds a backward move and a move out of scope without a reason', () => {
      // given the history with the reasons of A's step back and B's step out of scope removed
      const events = HISTORY.map(({ reason: _reason, ...event }) => event);
      // when validated
      const issues = validateHistory(events);
      // then both events are named for their reason
      assert.deepEqual(
        issues.map((i) => [i.processKey, i.seq, i.field]),
        [
          ['P-10-B', 3, '/reason'],
          ['P-10-A', 4, '/reason'],
        ],
      );
    });

    it('finds a repeated stage, a repeated seq, an unknown support level and an unreadable `at`', () => {
      // given four broken events after a good one
      const [good] = HISTORY as [StageEvent];
      const events: StageEvent[] = [
        good,
        { ...good, seq: 10, from: 'analysis', to: 'analysis', at: '2024-01-03T00:00:00.000Z' },
        { ...good, seq: 10, processKey: 'P-10-Y', at: '2024-01-04T00:00:00.000Z' },
        { ...good, seq: 11, processKey: 'P-10-Z', support: 'beratung' as 'consulting' },
        { ...good, seq: 12, processKey: 'P-10-W', at: '2024-01-04 10:00' },
      ];
      // when validated
      const issues = validateHistory(events);
      // then each is named for its field
      assert.deepEqual(
        issues.map((i) => [i.processKey, i.seq, i.field]),
        [
          ['P-10-Y', 10, '/seq'],
          ['P-10-Z', 11, '/support'],
          ['P-10-W', 12, '/at'],
          ['P-10-A', 10, '/to'],
        ],
      );
    });
  });

  describe('#sortEvents / #compareEvents', () => {
    it('orders by instant then seq, without changing the input', () => {
      // given the history in reverse
      const reversed = [...HISTORY].reverse();
      // when sorted, both ways
      const sorted = sortEvents(reversed);
      const compared = [...reversed].sort(compareEvents);
      // then both give the original order, and the input stays reversed
      assert.deepEqual(
        sorted.map((e) => e.seq),
        [1, 2, 3, 4, 5],
      );
      assert.deepEqual(compared, sorted);
      assert.equal(reversed[0]?.seq, 5);
    });
  });

  describe('#rolloutUnits', () => {
    it('leaves out base process templates', () => {
      // given a template, a variant and a department's own process
      const processes = buildProcesses(
        { key: 'B-POSTEINGANG', department: '12', kind: 'base' },
        { key: 'P-10-1', baseProcess: 'B-POSTEINGANG', kind: 'department' },
        'P-10-2',
      );
      // then only the variant and the own process are rolled out
      assert.deepEqual(
        rolloutUnits(processes).map((p) => p.key),
        ['P-10-1', 'P-10-2'],
      );
    });
  });
});
