import assert from 'node:assert/strict';
import {
  baseProcessMatrix,
  coverage,
  coverageByDepartment,
  coverageByGroup,
  coverageBySupport,
  COVERAGE_RULE,
  supportMix,
  WEIGHTED_COVERAGE_RULE,
} from './coverage.js';
import { currentStages, stageAt } from './history.js';
import { buildHistory, buildProcesses } from './testHistory.js';

/**
 * Departments 10, 20, 30 (no processes) and 40 (its one process not applicable), plus a base
 * process template of central IT (12), which is never counted.
 */
const PROCESSES = buildProcesses(
  { key: 'P-10-1', group: 'Finanzen', annualCaseVolume: 1000 },
  { key: 'P-10-2', group: 'Finanzen', annualCaseVolume: 3000 },
  { key: 'P-10-3', group: 'Genehmigungen' },
  { key: 'P-10-4', annualCaseVolume: 500 },
  { key: 'P-20-1', group: 'Genehmigungen', annualCaseVolume: 2000 },
  { key: 'P-20-2', group: 'Genehmigungen', annualCaseVolume: 0 },
  { key: 'P-40-1', annualCaseVolume: 100 },
  { key: 'B-12-POST', kind: 'base' },
);

/**
 * 10-1 goes live with consulting; 10-2 goes live with full service and back to pilot; 10-3 goes live
 * self-service; 10-4 and 40-1 are not applicable; 20-1 goes live with full service; 20-2 has no event.
 */
const HISTORY = buildHistory([
  ['P-10-1', '2024-01-08T08:00:00.000Z', 'analysis', 'self_service'],
  ['P-10-2', '2024-01-09T08:00:00.000Z', 'live', 'full_service'],
  ['B-12-POST', '2024-01-10T08:00:00.000Z', 'live', 'full_service'],
  ['P-10-3', '2024-01-15T08:00:00.000Z', 'live', 'self_service'],
  ['P-10-4', '2024-01-16T08:00:00.000Z', 'not_applicable', 'self_service'],
  ['P-20-1', '2024-01-22T08:00:00.000Z', 'modelled', 'full_service'],
  ['P-40-1', '2024-01-23T08:00:00.000Z', 'not_applicable', 'external'],
  ['P-10-1', '2024-02-05T08:00:00.000Z', 'live', 'consulting'],
  ['P-10-2', '2024-02-12T08:00:00.000Z', 'pilot', 'consulting'],
  ['P-20-1', '2024-02-19T08:00:00.000Z', 'live', 'full_service'],
]);

const DEPARTMENTS = ['10', '20', '30', '40'];

describe('coverage', () => {
  describe('#coverage', () => {
    it('counts live ÷ in scope city-wide, without not applicable processes and templates', () => {
      // when the current coverage is computed
      const result = coverage(PROCESSES, currentStages(HISTORY));
      // then 3 of the 5 processes in scope are live (10-4 and 40-1 are out, the template is not counted)
      assert.deepEqual(result, { rule: COVERAGE_RULE, live: 3, inScope: 5, ratio: 0.6, notApplicable: 2 });
    });

    it('weights by case volume, counting processes without one with weight 0 and reporting them', () => {
      // when the coverage is weighted
      const result = coverage(PROCESSES, currentStages(HISTORY), { weighted: true });
      // then 3000 of 6000 cases are live, and 10-3 has no volume (20-2's volume is 0, not missing)
      assert.deepEqual(result.weighted, { live: 3000, inScope: 6000, ratio: 0.5, withoutVolume: 1 });
      assert.equal(result.rule.en, `${COVERAGE_RULE.en} ${WEIGHTED_COVERAGE_RULE.en}`);
      assert.match(result.rule.de, /ohne Fallzahl zählt mit Gewicht 0/);
    });

    /** [date, live, in scope, ratio]: coverage on past dates. */
    const PAST: Array<[string, number, number, number | null]> = [
      ['2024-01-07', 0, 7, 0],
      ['2024-01-31', 2, 5, 0.4],
      ['2024-02-06', 3, 5, 0.6],
      ['2024-02-12', 2, 5, 0.4],
      ['2024-02-19', 3, 5, 0.6],
    ];
    for (const [date, live, inScope, ratio] of PAST) {
      it(`gives ${live} of ${inScope} live on ${date}`, () => {
        // when the coverage is computed from the stages on that date
        const result = coverage(PROCESSES, stageAt(HISTORY, date));
        // then it counts what was live and in scope then
        assert.deepEqual([result.live, result.inScope, result.ratio], [live, inScope, ratio]);
      });
    }

    it('has no ratio (null, not 0 or NaN) when nothing is in scope', () => {
      // when there are no processes at all
      const result = coverage([], new Map(), { weighted: true });
      // then numerator and denominator are 0 and the ratios null
      assert.deepEqual(
        { live: result.live, inScope: result.inScope, ratio: result.ratio, weighted: result.weighted },
        { live: 0, inScope: 0, ratio: null, weighted: { live: 0, inScope: 0, ratio: null, withoutVolume: 0 } },
      );
    });

    it('is 1 when all processes in scope are live', () => {
      // given two processes, both live
      const events = buildHistory([
        ['P-10-1', '2024-01-08T08:00:00.000Z', 'live'],
        ['P-10-2', '2024-01-08T09:00:00.000Z', 'live'],
      ]);
      // when the coverage is computed
      const result = coverage(buildProcesses('P-10-1', 'P-10-2'), currentStages(events));
      // then it is complete
      assert.deepEqual([result.live, result.inScope, result.ratio], [2, 2, 1]);
    });
  });

  describe('#coverageByDepartment', () => {
    it('gives one row per department, null for a department without processes in scope', () => {
      // when the coverage per department is computed, weighted
      const result = coverageByDepartment(PROCESSES, currentStages(HISTORY), {
        departments: DEPARTMENTS,
        weighted: true,
      });
      // then 10 has 2 of 3, 20 has 1 of 2, 30 (no processes) and 40 (all not applicable) have no ratio
      assert.deepEqual(result.rows, [
        {
          department: '10',
          live: 2,
          inScope: 3,
          ratio: 0.6666666666666666,
          notApplicable: 1,
          weighted: { live: 1000, inScope: 4000, ratio: 0.25, withoutVolume: 1 },
        },
        {
          department: '20',
          live: 1,
          inScope: 2,
          ratio: 0.5,
          notApplicable: 0,
          weighted: { live: 2000, inScope: 2000, ratio: 1, withoutVolume: 0 },
        },
        {
          department: '30',
          live: 0,
          inScope: 0,
          ratio: null,
          notApplicable: 0,
          weighted: { live: 0, inScope: 0, ratio: null, withoutVolume: 0 },
        },
        {
          department: '40',
          live: 0,
          inScope: 0,
          ratio: null,
          notApplicable: 1,
          weighted: { live: 0, inScope: 0, ratio: null, withoutVolume: 0 },
        },
      ]);
      assert.match(result.rule.en, /a department without a process in scope has no ratio \(null\)/);
    });

    it('adds departments that have processes but are not listed, ordered by code', () => {
      // given processes of departments 2, 10 and 9, and only 10 listed
      const processes = buildProcesses('P-10-1', 'P-9-1', 'P-2-1');
      // when the coverage per department is computed
      const result = coverageByDepartment(processes, new Map(), { departments: ['10'] });
      // then 10 comes first, then the others by numeric code
      assert.deepEqual(
        result.rows.map((r) => [r.department, r.inScope, r.ratio]),
        [
          ['10', 1, 0],
          ['2', 1, 0],
          ['9', 1, 0],
        ],
      );
    });
  });

  describe('#coverageByGroup', () => {
    it('gives one row per group, the processes without a group last', () => {
      // when the coverage per group is computed
      const result = coverageByGroup(PROCESSES, currentStages(HISTORY));
      // then Finanzen has 1 of 2, Genehmigungen 2 of 3, the ungrouped ones are all out of scope
      assert.deepEqual(
        result.rows.map((r) => [r.group, r.live, r.inScope, r.ratio, r.notApplicable]),
        [
          ['Finanzen', 1, 2, 0.5, 0],
          ['Genehmigungen', 2, 3, 0.6666666666666666, 0],
          [null, 0, 0, null, 2],
        ],
      );
    });
  });

  describe('#coverageBySupport', () => {
    it("counts each process under its latest event's support level, those without an event under null", () => {
      // when the coverage per support level is computed
      const result = coverageBySupport(PROCESSES, currentStages(HISTORY));
      // then 10-2, back in pilot with consulting, counts under consulting; 20-2 has no support level
      assert.deepEqual(
        result.rows.map((r) => [r.support, r.live, r.inScope, r.ratio, r.notApplicable]),
        [
          ['self_service', 1, 1, 1, 1],
          ['consulting', 1, 2, 0.5, 0],
          ['full_service', 1, 1, 1, 0],
          ['external', 0, 0, null, 1],
          [null, 0, 1, 0, 0],
        ],
      );
    });
  });

  describe('#supportMix', () => {
    it('counts processes live per support level of the event that made them live', () => {
      // when the support mix is computed
      const result = supportMix(PROCESSES, currentStages(HISTORY));
      // then one each went live self-service, with consulting and full service (10-2 went back, the
      // template is not counted)
      assert.equal(result.live, 3);
      assert.deepEqual(
        result.rows.map((r) => [r.support, r.live, r.share]),
        [
          ['self_service', 1, 0.3333333333333333],
          ['consulting', 1, 0.3333333333333333],
          ['full_service', 1, 0.3333333333333333],
          ['external', 0, 0],
        ],
      );
    });

    it('has no shares when nothing is live', () => {
      // when nothing has happened yet
      const result = supportMix(PROCESSES, new Map());
      // then all counts are 0 and the shares null
      assert.deepEqual(
        result.rows.map((r) => [r.live, r.share]),
        [
          [0, null],
          [0, null],
          [0, null],
          [0, null],
        ],
      );
    });
  });

  describe('#baseProcessMatrix', () => {
    const BASE = [
      { key: 'B-POST', name: 'Posteingang' },
      { key: 'B-RECH', name: 'Rechnungsbearbeitung' },
      { key: 'B-AKTE', name: 'Akteneinsicht' },
    ];
    const VARIANTS = buildProcesses(
      { key: 'V-10-POST', baseProcess: 'B-POST' },
      { key: 'V-20-POST', baseProcess: 'B-POST' },
      { key: 'V-30-POST', baseProcess: 'B-POST' },
      { key: 'V-10-RECH', baseProcess: 'B-RECH' },
      { key: 'V-20-RECH1', baseProcess: 'B-RECH' },
      { key: 'V-20-RECH2', baseProcess: 'B-RECH' },
      { key: 'V-50-POST', baseProcess: 'B-POST' },
      { key: 'P-10-OWN' },
    );
    const EVENTS = buildHistory([
      ['V-10-POST', '2024-01-08T08:00:00.000Z', 'live'],
      ['V-20-POST', '2024-01-08T08:00:00.000Z', 'live'],
      ['V-30-POST', '2024-01-08T08:00:00.000Z', 'not_applicable'],
      ['V-10-RECH', '2024-01-08T08:00:00.000Z', 'pilot'],
      ['V-20-RECH1', '2024-01-08T08:00:00.000Z', 'analysis'],
      ['V-20-RECH2', '2024-01-08T08:00:00.000Z', 'live'],
      ['V-50-POST', '2024-01-08T08:00:00.000Z', 'live'],
      ['P-10-OWN', '2024-01-08T08:00:00.000Z', 'live'],
    ]);

    it('shows adoption and stage per department and base process, and "at least one" next to "every"', () => {
      // when the matrix of departments 10, 20 and 30 is built
      const matrix = baseProcessMatrix(BASE, ['10', '20', '30'], VARIANTS, currentStages(EVENTS));
      // then Posteingang is live in every department in scope (30 is not applicable, 50 not listed),
      // Rechnungsbearbeitung in one of three (20's most advanced variant), Akteneinsicht nowhere
      assert.deepEqual(
        matrix.rows.map((r) => [
          r.baseProcess,
          r.cells.map((c) => c.stage),
          r.adoptedBy,
          r.inScope,
          r.notApplicable,
          r.live,
          r.ratio,
          r.liveInAtLeastOne,
          r.liveInEvery,
        ]),
        [
          ['B-POST', ['live', 'live', 'not_applicable'], 3, 2, 1, 2, 1, true, true],
          ['B-RECH', ['pilot', 'live', null], 2, 3, 0, 1, 0.3333333333333333, true, false],
          ['B-AKTE', [null, null, null], 0, 3, 0, 0, 0, false, false],
        ],
      );
      assert.deepEqual(matrix.rows[1]?.cells[1], {
        department: '20',
        adopted: true,
        variants: ['V-20-RECH1', 'V-20-RECH2'],
        stage: 'live',
      });
      assert.deepEqual(matrix.rows[1]?.cells[2], { department: '30', adopted: false, variants: [], stage: null });
      assert.equal(matrix.rows[0]?.name, 'Posteingang');
      assert.deepEqual(matrix.departments, ['10', '20', '30']);
      assert.match(matrix.rule.de, /ein Amt ohne Variante zählt als nicht live/);
    });

    it('counts a base process live in no department, not in every, when no department is in scope', () => {
      // when the matrix has no departments
      const matrix = baseProcessMatrix(BASE.slice(0, 1), [], VARIANTS, currentStages(EVENTS));
      // then nothing is in scope and "every" is not claimed
      assert.deepEqual(
        matrix.rows.map((r) => [r.inScope, r.ratio, r.liveInAtLeastOne, r.liveInEvery]),
        [[0, null, false, false]],
      );
    });
  });
});
