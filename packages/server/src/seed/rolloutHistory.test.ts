import assert from 'node:assert/strict';
import { currentStages, fromStageEventDoc, historyIssues } from '@efile/planner';
import { buildDemoCity } from './buildDemoCity.js';
import { buildRolloutHistory, HISTORY_DAYS } from './rolloutHistory.js';

const UNTIL = new Date('2026-11-26T00:00:00.000Z');
const city = buildDemoCity({ scale: 1000, seed: 1 });

describe('rolloutHistory', () => {
  describe('#buildRolloutHistory', () => {
    const docs = buildRolloutHistory(city.processes, { seed: 1, until: UNTIL });
    const states = currentStages(docs.map(fromStageEventDoc));
    const units = city.processes.filter((p) => p.kind === 'department');
    const liveShare = (variants: boolean) => {
      const group = units.filter((p) => (p.baseProcess !== undefined) === variants);
      return group.filter((p) => states.get(p.key)?.stage === 'live').length / group.length;
    };

    it('is the same history for the same seed and end, and another for another seed', () => {
      // when the history is built twice, and with another seed
      const again = buildRolloutHistory(city.processes, { seed: 1, until: UNTIL });
      const other = buildRolloutHistory(city.processes, { seed: 2, until: UNTIL });
      // then
      assert.deepEqual(again, docs);
      assert.notDeepEqual(other, docs);
    });

    it('writes a consistent history: numbered per process, valid transitions with reasons, within the period', () => {
      // when the history is checked as the consistency check does
      const issues = historyIssues(docs);
      // then there is no problem, no event of a base process template, none after the end or too early
      assert.deepEqual(issues, []);
      const bases = new Set(city.processes.filter((p) => p.kind === 'base').map((p) => p.key));
      assert.equal(docs.filter((d) => bases.has(d.processKey)).length, 0);
      const from = UNTIL.getTime() - HISTORY_DAYS * 86_400_000;
      assert.ok(docs.every((d) => d.at.getTime() <= UNTIL.getTime() && d.at.getTime() >= from));
      assert.ok(docs.every((d) => d.actorId === 'seed'));
    });

    it('takes base process variants further than Fachprozesse, and leaves some processes not started', () => {
      // when the current stages are counted
      const notStarted = units.filter((p) => !states.has(p.key)).length / units.length;
      // then variants are live more often, and part of the city has not started
      assert.ok(liveShare(true) > liveShare(false) + 0.2, `${liveShare(true)} vs ${liveShare(false)}`);
      assert.ok(notStarted > 0.1 && notStarted < 0.4, `${notStarted}`);
    });

    it('mixes support levels with self-service the majority, and has a few processes out of scope or back', () => {
      // when the live processes' support levels and the reasons are counted
      const live = [...states.values()].filter((s) => s.stage === 'live');
      const selfService = live.filter((s) => s.support === 'self_service').length / live.length;
      const levels = new Set(live.map((s) => s.support));
      const outOfScope = docs.filter((d) => d.to === 'not_applicable');
      const back = docs.filter((d) => d.to !== 'not_applicable' && d.reason !== undefined);
      // then
      assert.ok(selfService > 0.5, `${selfService}`);
      assert.equal(levels.size, 4);
      assert.ok(outOfScope.length > 0 && outOfScope.length < units.length * 0.1, `${outOfScope.length}`);
      assert.ok(outOfScope.every((d) => d.reason));
      assert.ok(back.length > 0 && back.length < units.length * 0.1, `${back.length}`);
    });

    it('draws an S-curve: live grows slowly at first, then faster', () => {
      // given the live count at each quarter of the period
      const quarter = (HISTORY_DAYS / 4) * 86_400_000;
      const liveBy = (t: number) => {
        const at = currentStages(docs.filter((d) => d.at.getTime() <= t).map(fromStageEventDoc));
        return [...at.values()].filter((s) => s.stage === 'live').length;
      };
      const [q1, q2, q3, q4] = [3, 2, 1, 0].map((k) => liveBy(UNTIL.getTime() - k * quarter));
      // then each quarter adds more than the one before it began with
      assert.ok(q1! < q2! - q1! && q2! - q1! < q3! - q2!, `${q1} ${q2} ${q3} ${q4}`);
    });

    it('reaches about the events per process asked for with rework loops', () => {
      // when a denser history is asked for
      const dense = buildRolloutHistory(city.processes, { seed: 1, until: UNTIL, eventsPerProcess: 10 });
      // then it has about ten events per department process, still consistent
      assert.ok(Math.abs(dense.length - 10 * units.length) < 0.05 * 10 * units.length, `${dense.length}`);
      assert.deepEqual(historyIssues(dense), []);
    });
  });
});
