import assert from 'node:assert/strict';
import { burnup } from './burnup.js';
import {
  forecastByDepartment,
  forecastCompletion,
  forecastFromHistory,
  percentile,
  simulateWeeks,
  targetStatus,
  type Forecast,
} from './forecast.js';
import { buildHistory, buildProcesses, type Step } from './testHistory.js';

/** Ten processes of department 10. */
const TEN = buildProcesses(...Array.from({ length: 10 }, (_, i) => `P-10-${i + 1}`));

/** Two processes of department 10 live per week in W10, W11 and W12 of 2024 (from Monday 4 March). */
const STEADY = buildHistory([
  ['P-10-1', '2024-03-04T08:00:00.000Z', 'live'],
  ['P-10-2', '2024-03-05T08:00:00.000Z', 'live'],
  ['P-10-3', '2024-03-11T08:00:00.000Z', 'live'],
  ['P-10-4', '2024-03-12T08:00:00.000Z', 'live'],
  ['P-10-5', '2024-03-18T08:00:00.000Z', 'live'],
  ['P-10-6', '2024-03-19T08:00:00.000Z', 'live'],
]);

/** The parts of a forecast that say when, for comparison. */
function when(forecast: Forecast): unknown {
  return forecast.kind === 'forecast'
    ? {
        kind: forecast.kind,
        remaining: forecast.remaining,
        p50: forecast.p50,
        p85: forecast.p85,
        status: forecast.status,
      }
    : { kind: forecast.kind, remaining: forecast.remaining, status: forecast.status };
}

describe('forecast', () => {
  describe('#forecastFromHistory', () => {
    it('forecasts exactly when every week had the same throughput', () => {
      // given 6 of 10 live at 2 a week, on Wednesday 20 March
      // when the completion is forecast
      const forecast = forecastFromHistory(STEADY, TEN, { today: '2024-03-20' });
      // then the 4 remaining take 2 weeks in every run: P50 = P85 = 3 April
      assert.deepEqual(when(forecast), {
        kind: 'forecast',
        remaining: 4,
        p50: { weeks: 2, date: '2024-04-03' },
        p85: { weeks: 2, date: '2024-04-03' },
        status: null,
      });
      assert.equal(forecast.kind === 'forecast' && forecast.samples.join(), '2,2,2');
    });

    /** [target, status]: the steady forecast (P50 = P85 = 3 April) against targets. */
    const TARGETS: Array<[string, string]> = [
      ['2024-04-03', 'on_track'],
      ['2024-12-31', 'on_track'],
      ['2024-04-02', 'off_track'],
    ];
    for (const [target, status] of TARGETS) {
      it(`is ${status} for the target ${target}`, () => {
        const forecast = forecastFromHistory(STEADY, TEN, { today: '2024-03-20', target });
        assert.equal(forecast.status, status);
        assert.equal(forecast.target, target);
      });
    }

    /**
     * Throughput 1, 0, 0, 1 over four weeks and one process remaining: each simulated week finishes
     * with probability ½, so P(done within 2 weeks) = ¾ < 0.85 ≤ ⅞ = P(within 3): P85 is 3 weeks;
     * P(within 1) = ½ sits on the P50 boundary, and with seed 1 just under half of the runs (977 of
     * 2000) finish in one week, so P50 is 2 weeks.
     */
    const MIXED: Step[] = [
      ['P-10-A', '2024-01-01T08:00:00.000Z', 'live'],
      ['P-10-B', '2024-01-09T08:00:00.000Z', 'pilot'],
      ['P-10-C', '2024-01-10T08:00:00.000Z', 'not_applicable'],
      ['P-10-B', '2024-01-17T08:00:00.000Z', 'live'],
      ['P-10-A', '2024-01-18T08:00:00.000Z', 'pilot'],
      ['P-10-A', '2024-01-24T08:00:00.000Z', 'live'],
    ];
    const MIXED_PROCESSES = buildProcesses('P-10-A', 'P-10-B', 'P-10-C', 'P-10-D');

    it('gives P50 and P85 from the spread of the observed throughput', () => {
      // when the completion is forecast on Thursday 25 January
      const forecast = forecastFromHistory(buildHistory(MIXED), MIXED_PROCESSES, { today: '2024-01-25' });
      // then P50 is 2 weeks and P85 3 weeks away
      assert.deepEqual(when(forecast), {
        kind: 'forecast',
        remaining: 1,
        p50: { weeks: 2, date: '2024-02-08' },
        p85: { weeks: 3, date: '2024-02-15' },
        status: null,
      });
      assert.equal(forecast.kind === 'forecast' && forecast.samples.join(), '1,0,0,1');
    });

    /** [target, status]: the mixed forecast (P50 8 February, P85 15 February) against targets. */
    const MIXED_TARGETS: Array<[string, string]> = [
      ['2024-02-15', 'on_track'],
      ['2024-02-14', 'at_risk'],
      ['2024-02-08', 'at_risk'],
      ['2024-02-07', 'off_track'],
    ];
    for (const [target, status] of MIXED_TARGETS) {
      it(`is ${status} for the target ${target} when P50 and P85 differ`, () => {
        const forecast = forecastFromHistory(buildHistory(MIXED), MIXED_PROCESSES, { today: '2024-01-25', target });
        assert.equal(forecast.status, status);
      });
    }

    it('gives the same forecast for the same seed', () => {
      // when the mixed forecast is made twice with seed 42
      const options = { today: '2024-01-25', seed: 42 };
      const first = forecastFromHistory(buildHistory(MIXED), MIXED_PROCESSES, options);
      const second = forecastFromHistory(buildHistory(MIXED), MIXED_PROCESSES, options);
      // then both are the same
      assert.deepEqual(first, second);
    });

    it('samples only the last `window` weeks', () => {
      // given the steady history, then four weeks without progress
      // when the forecast looks at the last 4 weeks, and at the last 12
      const recent = forecastFromHistory(STEADY, TEN, { today: '2024-04-15', window: 4 });
      const longer = forecastFromHistory(STEADY, TEN, { today: '2024-04-15', window: 12 });
      // then the recent weeks show no progress, the longer window still gives a forecast
      assert.equal(recent.kind, 'no_progress');
      assert.equal(recent.kind === 'no_progress' && recent.samples.join(), '0,0,0,0');
      assert.equal(longer.kind, 'forecast');
      assert.equal(longer.kind === 'forecast' && longer.samples.join(), '2,2,2,0,0,0,0');
    });

    it('gives no forecast, rather than an infinite one, when nothing went live', () => {
      // given processes that only moved into analysis
      const events = buildHistory([
        ['P-10-1', '2024-03-04T08:00:00.000Z', 'analysis'],
        ['P-10-2', '2024-03-12T08:00:00.000Z', 'modelled'],
      ]);
      // when forecast with a target ahead
      const forecast = forecastFromHistory(events, TEN, { today: '2024-03-20', target: '2024-12-31' });
      // then there is no date, the reason is said and the status is unknown
      assert.deepEqual(when(forecast), { kind: 'no_progress', remaining: 10, status: 'unknown' });
      assert.equal(
        forecast.kind === 'no_progress' && forecast.message.en,
        'No progress observed: in the weeks considered no process went live, net.',
      );
    });

    it('gives no forecast when going back cancels going live', () => {
      // given one process going live in one week and another going back the next
      const events = buildHistory([
        ['P-10-1', '2024-03-04T08:00:00.000Z', 'live'],
        ['P-10-2', '2024-03-05T08:00:00.000Z', 'live'],
        ['P-10-1', '2024-03-12T08:00:00.000Z', 'pilot'],
        ['P-10-2', '2024-03-19T08:00:00.000Z', 'pilot'],
      ]);
      // when forecast with weeks of +2, −1 and −1
      const forecast = forecastFromHistory(events, TEN, { today: '2024-03-20' });
      // then the net throughput is 0 and no date is forecast
      assert.equal(forecast.kind, 'no_progress');
    });

    it('is off track without progress once the target has passed', () => {
      // given no progress and a target last week
      const forecast = forecastFromHistory([], TEN, { today: '2024-03-20', target: '2024-03-15' });
      // then the history is empty and the status off track
      assert.deepEqual(when(forecast), { kind: 'no_history', remaining: 10, status: 'off_track' });
    });

    it('says there is no history when there are no events', () => {
      // when forecast from nothing
      const forecast = forecastFromHistory([], TEN, { today: '2024-03-20' });
      // then every process remains and no date is given
      assert.deepEqual(when(forecast), { kind: 'no_history', remaining: 10, status: null });
      assert.match(forecast.kind === 'no_history' ? forecast.message.de : '', /Noch keine Ereignisse/);
    });

    it('forecasts from a single week', () => {
      // given 2 of 10 live in the one week so far
      const events = buildHistory([
        ['P-10-1', '2024-03-04T08:00:00.000Z', 'live'],
        ['P-10-2', '2024-03-05T08:00:00.000Z', 'live'],
      ]);
      // when forecast on the Friday of that week
      const forecast = forecastFromHistory(events, TEN, { today: '2024-03-08' });
      // then 8 remaining at 2 a week take 4 weeks
      assert.deepEqual(when(forecast), {
        kind: 'forecast',
        remaining: 8,
        p50: { weeks: 4, date: '2024-04-05' },
        p85: { weeks: 4, date: '2024-04-05' },
        status: null,
      });
    });

    it('reports completion with the date of the last move to live when all is live', () => {
      // given all four processes live, one of them out of scope
      const events = buildHistory([
        ['P-10-1', '2024-03-04T08:00:00.000Z', 'live'],
        ['P-10-2', '2024-03-05T08:00:00.000Z', 'not_applicable'],
        ['P-10-3', '2024-03-12T08:00:00.000Z', 'live'],
        ['P-10-4', '2024-03-13T09:30:00.000Z', 'live'],
      ]);
      // when forecast with a target
      const forecast = forecastFromHistory(events, TEN.slice(0, 4), { today: '2024-03-20', target: '2024-06-30' });
      // then it is completed, on 13 March
      assert.deepEqual(when(forecast), { kind: 'completed', remaining: 0, status: 'completed' });
      assert.equal(forecast.kind === 'completed' && forecast.completedAt, '2024-03-13T09:30:00.000Z');
    });

    it('says nothing is in scope for no processes, or only processes not applicable', () => {
      // given no processes, and one that is not applicable
      const events = buildHistory([['P-10-1', '2024-03-04T08:00:00.000Z', 'not_applicable']]);
      // when forecast
      const none = forecastFromHistory([], [], { today: '2024-03-20', target: '2024-06-30' });
      const outOfScope = forecastFromHistory(events, TEN.slice(0, 1), { today: '2024-03-20' });
      // then neither has anything to forecast
      assert.deepEqual(when(none), { kind: 'nothing_in_scope', remaining: 0, status: 'unknown' });
      assert.deepEqual(when(outOfScope), { kind: 'nothing_in_scope', remaining: 0, status: null });
    });

    it('gives no date for a percentile beyond the horizon, and is then off track', () => {
      // given 1 live a week with 9 remaining, and a horizon of 5 weeks
      const events = buildHistory([['P-10-1', '2024-03-04T08:00:00.000Z', 'live']]);
      // when forecast
      const forecast = forecastFromHistory(events, TEN, { today: '2024-03-08', target: '2030-01-01', horizonWeeks: 5 });
      // then P50 and P85 are beyond the horizon
      assert.deepEqual(when(forecast), {
        kind: 'forecast',
        remaining: 9,
        p50: { weeks: null, date: null },
        p85: { weeks: null, date: null },
        status: 'off_track',
      });
    });
  });

  describe('#forecastCompletion', () => {
    it('forecasts from a burn-up computed once', () => {
      // when the steady burn-up is forecast
      const forecast = forecastCompletion(burnup(STEADY, TEN, '2024-03-20'), { today: '2024-03-20', runs: 10 });
      // then it is the same 2 weeks, with the runs asked for
      assert.equal(forecast.kind === 'forecast' && forecast.p85.weeks, 2);
      assert.equal(forecast.kind === 'forecast' && forecast.runs, 10);
      assert.match(forecast.rule.en, /Monte Carlo simulation with 10 runs/);
    });
  });

  describe('#forecastByDepartment', () => {
    it('forecasts each department from the events of its processes', () => {
      // given the steady department 10, department 20 with a process but no event, and 30 with none
      const processes = [...TEN, ...buildProcesses('P-20-1')];
      // when forecast per department
      const rows = forecastByDepartment(STEADY, processes, { today: '2024-03-20', departments: ['10', '20', '30'] });
      // then 10 has its forecast, 20 no history, 30 nothing in scope
      assert.deepEqual(
        rows.map((r) => [r.department, when(r.forecast)]),
        [
          [
            '10',
            {
              kind: 'forecast',
              remaining: 4,
              p50: { weeks: 2, date: '2024-04-03' },
              p85: { weeks: 2, date: '2024-04-03' },
              status: null,
            },
          ],
          ['20', { kind: 'no_history', remaining: 1, status: null }],
          ['30', { kind: 'nothing_in_scope', remaining: 0, status: null }],
        ],
      );
    });
  });

  describe('#simulateWeeks', () => {
    it('takes the same number of weeks in every run for a constant throughput', () => {
      // when 7 remaining are simulated at 3 a week
      const weeks = simulateWeeks([3], 7, { runs: 5, seed: 1, horizonWeeks: 520 });
      // then every run takes 3 weeks
      assert.deepEqual([...weeks], [3, 3, 3, 3, 3]);
    });

    it('marks runs beyond the horizon as never', () => {
      const weeks = simulateWeeks([1], 7, { runs: 2, seed: 1, horizonWeeks: 6 });
      assert.deepEqual([...weeks], [Infinity, Infinity]);
    });
  });

  describe('#percentile', () => {
    /** [p, the nearest-rank percentile of 10, 20, 30, 40]. */
    const CASES: Array<[number, number]> = [
      [0.01, 10],
      [0.25, 10],
      [0.5, 20],
      [0.51, 30],
      [0.85, 40],
      [1, 40],
    ];
    for (const [p, expected] of CASES) {
      it(`gives ${expected} for p = ${p}`, () => {
        assert.equal(percentile([10, 20, 30, 40], p), expected);
      });
    }
  });

  describe('#targetStatus', () => {
    /** [P50, P85, target, status]. */
    const CASES: Array<[string | null, string | null, string, string]> = [
      ['2024-05-01', '2024-06-01', '2024-06-01', 'on_track'],
      ['2024-05-01', '2024-06-01', '2024-05-31', 'at_risk'],
      ['2024-05-01', '2024-06-01', '2024-05-01', 'at_risk'],
      ['2024-05-01', '2024-06-01', '2024-04-30', 'off_track'],
      ['2024-05-01', null, '2024-05-15', 'at_risk'],
      [null, null, '2099-12-31', 'off_track'],
    ];
    for (const [p50, p85, target, status] of CASES) {
      it(`is ${status} for P50 ${p50}, P85 ${p85} and target ${target}`, () => {
        assert.equal(targetStatus(p50, p85, target), status);
      });
    }
  });
});
