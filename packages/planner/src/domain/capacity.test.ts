import assert from 'node:assert/strict';
import {
  applyScenario,
  assignToWaves,
  capacityForecast,
  capacityPlan,
  DEFAULT_EFFORT_TABLE,
  effortOf,
  whatIf,
  type CapacityItem,
  type Complexity,
  type EffortTable,
  type Wave,
  type WaveDemand,
} from './capacity.js';
import type { SupportLevel } from './stages.js';

/** Freezes a value and everything in it, so that a change would throw. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Items with their default efforts: department 10 (4 + 20 + 0.5, and 8 already live), 20 (5 + 0, and
 * 2 not applicable), 30 (4, listed in wave 2 by key) and 40 (1, in no wave).
 */
const ITEMS: CapacityItem[] = [
  { key: 'P-10-1', department: '10', support: 'consulting', complexity: 'medium' },
  { key: 'P-10-2', department: '10', support: 'full_service', complexity: 'high', stage: 'analysis' },
  { key: 'P-10-3', department: '10', support: 'self_service', complexity: 'low' },
  { key: 'P-10-4', department: '10', support: 'consulting', complexity: 'high', stage: 'live' },
  { key: 'P-20-1', department: '20', support: 'full_service', complexity: 'low' },
  { key: 'P-20-2', department: '20', support: 'external', complexity: 'high' },
  { key: 'P-20-3', department: '20', support: 'consulting', complexity: 'low', stage: 'not_applicable' },
  { key: 'P-30-1', department: '30', support: 'consulting', complexity: 'medium' },
  { key: 'P-40-1', department: '40', support: 'self_service', complexity: 'medium' },
];

/**
 * Three waves of 2024: wave 1 (60 working days) has department 10; wave 2 (64 working days) has
 * department 20 and, by key, P-30-1 and P-10-3; wave 3 (65 working days) has nothing and no capacity.
 */
const WAVES: Wave[] = [
  {
    id: 'w1',
    name: 'Welle 1',
    start: '2024-01-08',
    end: '2024-03-29',
    departments: ['10'],
    processKeys: [],
    capacityPersonDays: 20,
  },
  {
    id: 'w2',
    name: 'Welle 2',
    start: '2024-04-02',
    end: '2024-06-28',
    departments: ['20'],
    processKeys: ['P-30-1', 'P-10-3'],
    capacityPersonDays: 10,
  },
  {
    id: 'w3',
    name: 'Welle 3',
    start: '2024-07-01',
    end: '2024-09-27',
    departments: [],
    processKeys: [],
    capacityPersonDays: 0,
  },
];

/** Each wave as [id, demand, capacity, ratio, overAllocated, processes]. */
function summary(waves: WaveDemand[]): Array<[string, number, number, number | null, boolean, number]> {
  return waves.map((w) => [w.waveId, w.demand, w.capacity, w.ratio, w.overAllocated, w.processes]);
}

describe('capacity', () => {
  describe('#effortOf', () => {
    /** [support, complexity, person-days in the default table]. */
    const DEFAULTS: Array<[SupportLevel, Complexity, number]> = [
      ['self_service', 'low', 0.5],
      ['self_service', 'high', 2],
      ['consulting', 'medium', 4],
      ['full_service', 'high', 20],
      ['external', 'high', 0],
    ];
    for (const [support, complexity, days] of DEFAULTS) {
      it(`is ${days} person-days for ${support} and ${complexity} by default`, () => {
        assert.equal(effortOf(support, complexity), days);
      });
    }

    it('reads a configured table', () => {
      // given a table where consulting costs twice the default
      const table: EffortTable = { ...DEFAULT_EFFORT_TABLE, consulting: { low: 4, medium: 8, high: 16 } };
      // then the effort comes from it
      assert.equal(effortOf('consulting', 'medium', table), 8);
    });
  });

  describe('#assignToWaves', () => {
    it('puts a process in the wave listing its key, else in the earliest wave listing its department', () => {
      // given department 10 in two waves, the later one first in the list, and P-10-3 listed by key
      const waves: Wave[] = [
        { ...(WAVES[1] as Wave), departments: ['10'], processKeys: ['P-10-3'] },
        { ...(WAVES[0] as Wave), departments: ['10'] },
      ];
      // when the items are assigned
      const assignment = assignToWaves(waves, ITEMS);
      // then department 10 goes to the earlier wave 1, P-10-3 to wave 2, department 20 nowhere
      assert.equal(assignment.get('P-10-1'), 'w1');
      assert.equal(assignment.get('P-10-3'), 'w2');
      assert.equal(assignment.get('P-20-1'), null);
    });
  });

  describe('#capacityPlan', () => {
    it('sums the effort still needed per wave and flags over-allocation', () => {
      // when the plan is computed
      const plan = capacityPlan(WAVES, ITEMS);
      // then wave 1 needs 24 of 20 person-days (over), wave 2 9.5 of 10, wave 3 nothing;
      // P-40-1 is in no wave
      assert.deepEqual(summary(plan.waves), [
        ['w1', 24, 20, 1.2, true, 2],
        ['w2', 9.5, 10, 0.95, false, 4],
        ['w3', 0, 0, null, false, 0],
      ]);
      assert.deepEqual(plan.waves[0]?.demandBySupport, {
        self_service: 0,
        consulting: 4,
        full_service: 20,
        external: 0,
      });
      assert.deepEqual(plan.unassigned, { processes: 1, demand: 1 });
    });

    it('flags demand without capacity as over-allocated', () => {
      // given department 10 in the wave without capacity
      const waves: Wave[] = [{ ...(WAVES[2] as Wave), departments: ['10'] }];
      // when the plan is computed
      const plan = capacityPlan(waves, ITEMS);
      // then there is no ratio, but it is over-allocated
      assert.deepEqual(summary(plan.waves), [['w3', 24.5, 0, null, true, 3]]);
    });

    it('uses the table it is given', () => {
      // given a table where full service costs nothing
      const table: EffortTable = { ...DEFAULT_EFFORT_TABLE, full_service: { low: 0, medium: 0, high: 0 } };
      // when the plan is computed
      const plan = capacityPlan(WAVES, ITEMS, table);
      // then wave 1 needs only the consulting
      assert.equal(plan.waves[0]?.demand, 4);
    });
  });

  describe('#whatIf', () => {
    it('adds consultants: n × working days × availability person-days per wave', () => {
      // when two consultants at half their time join wave 1
      const result = whatIf(WAVES, ITEMS, { extraConsultants: 2, availability: 0.5, extraConsultantWaves: ['w1'] });
      // then wave 1 gains 2 × 60 × 0.5 = 60 person-days and is no longer over-allocated
      assert.ok(result.ok);
      assert.deepEqual(summary(result.after.waves), [
        ['w1', 24, 80, 0.3, false, 2],
        ['w2', 9.5, 10, 0.95, false, 4],
        ['w3', 0, 0, null, false, 0],
      ]);
      assert.deepEqual(summary(result.before.waves), summary(capacityPlan(WAVES, ITEMS).waves));
    });

    it('adds consultants to every wave by default, at 80 % availability', () => {
      // when two consultants join
      const result = whatIf(WAVES, ITEMS, { extraConsultants: 2 });
      // then each wave gains 2 × its working days × 0.8
      assert.ok(result.ok);
      assert.deepEqual(
        result.waves.map((w) => w.capacityPersonDays),
        [20 + 96, 10 + 102.4, 104],
      );
    });

    it('moves departments with all their processes to another wave', () => {
      // when department 10 moves to wave 3
      const result = whatIf(WAVES, ITEMS, { moveDepartments: { departments: ['10'], toWave: 'w3' } });
      // then wave 1 is empty, wave 2 loses P-10-3, and wave 3 has all of 10 without capacity
      assert.ok(result.ok);
      assert.deepEqual(summary(result.after.waves), [
        ['w1', 0, 20, 0, false, 0],
        ['w2', 9, 10, 0.9, false, 3],
        ['w3', 24.5, 0, null, true, 3],
      ]);
      assert.deepEqual(
        result.waves.map((w) => [w.id, w.departments, w.processKeys]),
        [
          ['w1', [], []],
          ['w2', ['20'], ['P-30-1']],
          ['w3', ['10'], []],
        ],
      );
    });

    it('combines a move with extra consultants, and changes nothing it is given', () => {
      // given frozen waves and items
      const waves = deepFreeze(structuredClone(WAVES));
      const items = deepFreeze(structuredClone(ITEMS));
      // when department 10 moves to wave 3 and one consultant at half time joins it
      const result = whatIf(waves, items, {
        extraConsultants: 1,
        availability: 0.5,
        extraConsultantWaves: ['w3'],
        moveDepartments: { departments: ['10'], toWave: 'w3' },
      });
      // then wave 3 has 65 × 0.5 = 32.5 person-days for its 24.5, and the input is as it was
      assert.ok(result.ok);
      assert.deepEqual(summary(result.after.waves)[2], ['w3', 24.5, 32.5, 0.7538461538461538, false, 3]);
      assert.deepEqual(waves, WAVES);
      assert.deepEqual(items, ITEMS);
    });

    /** [what, scenario, the fields that fail]. */
    const INVALID: Array<[string, Parameters<typeof applyScenario>[2], string[]]> = [
      [
        'an unknown target wave',
        { moveDepartments: { departments: ['10'], toWave: 'w9' } },
        ['/moveDepartments/toWave'],
      ],
      [
        'no departments to move',
        { moveDepartments: { departments: [], toWave: 'w2' } },
        ['/moveDepartments/departments'],
      ],
      ['negative consultants', { extraConsultants: -1 }, ['/extraConsultants']],
      ['no availability', { extraConsultants: 1, availability: 0 }, ['/availability']],
      ['more than full availability', { extraConsultants: 1, availability: 1.5 }, ['/availability']],
      [
        'an unknown wave for consultants',
        { extraConsultants: 1, extraConsultantWaves: ['w1', 'w7'] },
        ['/extraConsultantWaves/1'],
      ],
    ];
    for (const [what, scenario, fields] of INVALID) {
      it(`refuses ${what}`, () => {
        // when the scenario is applied
        const result = whatIf(WAVES, ITEMS, scenario);
        // then it names the fields at fault
        assert.equal(result.ok, false);
        assert.deepEqual(result.ok ? [] : result.errors.map((e) => e.field), fields);
      });
    }
  });

  describe('#capacityForecast', () => {
    it('gives the weeks to finish the remaining consulting and full-service effort', () => {
      // when 10 person-days a week are available for 4 + 20 + 5 + 4 = 33 person-days
      const forecast = capacityForecast(ITEMS, { personDaysPerWeek: 10, today: '2024-03-20', target: '2024-04-17' });
      // then 4 weeks (3.3 rounded up) are needed: 17 April, just on track
      assert.deepEqual(
        [forecast.remainingEffort, forecast.processes, forecast.weeks, forecast.date, forecast.status],
        [33, 4, 4, '2024-04-17', 'on_track'],
      );
    });

    /** [capacity per week, target, weeks, date, status]. */
    const CASES: Array<[number, string, number | null, string | null, string]> = [
      [10, '2024-04-16', 4, '2024-04-17', 'off_track'],
      [33, '2024-03-27', 1, '2024-03-27', 'on_track'],
      [5, '2024-12-31', 7, '2024-05-08', 'on_track'],
      [0, '2024-12-31', null, null, 'off_track'],
    ];
    for (const [perWeek, target, weeks, date, status] of CASES) {
      it(`needs ${weeks} weeks at ${perWeek} person-days a week, ${status} for ${target}`, () => {
        const forecast = capacityForecast(ITEMS, { personDaysPerWeek: perWeek, today: '2024-03-20', target });
        assert.deepEqual([forecast.weeks, forecast.date, forecast.status], [weeks, date, status]);
      });
    }

    it('counts the support levels it is asked for', () => {
      // when only self-service is counted: 0.5 + 1
      const forecast = capacityForecast(ITEMS, {
        personDaysPerWeek: 1,
        today: '2024-03-20',
        supportLevels: ['self_service'],
      });
      // then 1.5 person-days take 2 weeks
      assert.deepEqual([forecast.remainingEffort, forecast.weeks, forecast.status], [1.5, 2, null]);
    });

    it('is completed when no effort remains', () => {
      // given everything live
      const items = ITEMS.map((item) => ({ ...item, stage: 'live' as const }));
      // when forecast, even without capacity
      const forecast = capacityForecast(items, { personDaysPerWeek: 0, today: '2024-03-20', target: '2024-01-01' });
      // then nothing remains and no time is needed
      assert.deepEqual(
        [forecast.remainingEffort, forecast.weeks, forecast.date, forecast.status],
        [0, 0, '2024-03-20', 'completed'],
      );
    });
  });
});
