import assert from 'node:assert/strict';
import type { Department } from '@efile/schemas';
import type { CatalogueProcess } from '../rollout/rollout.repository.js';
import { listedDepartments, processSetKey, selectBaseProcesses, selectUnits } from './dashboard.model.js';

function process(key: string, fields: Partial<CatalogueProcess> = {}): CatalogueProcess {
  return { key, name: key, department: key.split('-')[1]!, kind: 'department', archived: false, ...fields };
}

const processes = [
  process('B-POST', { department: '12', kind: 'base', group: 'Basis' }),
  process('B-ALT', { department: '12', kind: 'base', archived: true }),
  process('P-32-0001', { group: 'Ordnung' }),
  process('P-32-0002', { archived: true }),
  process('P-51-0001', { group: 'Soziales' }),
  process('P-51-0002', { group: 'Basis', baseProcess: 'B-POST' }),
];

describe('dashboard.model', () => {
  describe('#selectUnits', () => {
    const cases: Array<{ name: string; selection: Parameters<typeof selectUnits>[1]; keys: string[] }> = [
      { name: 'everything visible', selection: { visible: 'all' }, keys: ['P-32-0001', 'P-51-0001', 'P-51-0002'] },
      { name: "a manager's departments", selection: { visible: ['51'] }, keys: ['P-51-0001', 'P-51-0002'] },
      { name: 'one department', selection: { visible: 'all', department: '32' }, keys: ['P-32-0001'] },
      { name: 'one group', selection: { visible: 'all', group: 'Basis' }, keys: ['P-51-0002'] },
      { name: 'a department not visible', selection: { visible: ['51'], department: '32' }, keys: [] },
    ];
    for (const { name, selection, keys } of cases) {
      it(`counts ${name}: no base template, nothing archived`, () => {
        // when the processes are selected
        const units = selectUnits(processes, selection);
        // then
        assert.deepEqual(
          units.map((p) => p.key),
          keys,
        );
      });
    }
  });

  describe('#selectBaseProcesses', () => {
    it('lists the base processes not archived, by key, of a group when asked', () => {
      // when base processes are selected
      // then
      assert.deepEqual(
        selectBaseProcesses(processes).map((p) => p.key),
        ['B-POST'],
      );
      assert.deepEqual(selectBaseProcesses(processes, 'Ordnung'), []);
    });
  });

  describe('#listedDepartments', () => {
    it('lists every department, the visible ones, or the one asked for', () => {
      // given three departments
      const departments = ['10', '32', '51'].map((code) => ({ code }) as Department);
      // when listed for various callers
      // then
      assert.deepEqual(listedDepartments(departments, 'all'), ['10', '32', '51']);
      assert.deepEqual(listedDepartments(departments, ['51', '32']), ['32', '51']);
      assert.deepEqual(listedDepartments(departments, 'all', '32'), ['32']);
    });
  });

  describe('#processSetKey', () => {
    it('differs when a process comes, goes or is another', () => {
      // given sets of processes
      const a = [process('P-32-0001'), process('P-32-0002')];
      // when keyed
      // then equal sets give equal keys, different ones different keys
      assert.equal(processSetKey(a), processSetKey([process('P-32-0001'), process('P-32-0002')]));
      assert.notEqual(processSetKey(a), processSetKey(a.slice(1)));
      assert.notEqual(processSetKey(a), processSetKey([process('P-32-0001'), process('P-32-0003')]));
      assert.notEqual(processSetKey([process('P-1-23')]), processSetKey([process('P-12-3')]));
    });
  });
});
