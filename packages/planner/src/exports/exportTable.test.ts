import assert from 'node:assert/strict';
import { ExportRegistry, type ExportProducer } from './exportTable.js';

const producer: ExportProducer = async () => ({ sheetName: 'X', fileName: 'x', columns: [], rows: [] });

describe('exportTable', () => {
  describe('ExportRegistry#registerExportTable', () => {
    it('registers tables by name and lists them sorted', () => {
      // given a registry with two tables
      const registry = new ExportRegistry();
      registry.registerExportTable('waves', producer);
      registry.registerExportTable('coverage-departments', producer);
      // then both are found and listed
      assert.equal(registry.producer('waves'), producer);
      assert.equal(registry.producer('other'), undefined);
      assert.deepEqual(registry.names(), ['coverage-departments', 'waves']);
    });

    it('refuses a name twice and names that are not slugs', () => {
      // given a registry with one table
      const registry = new ExportRegistry();
      registry.registerExportTable('waves', producer);
      // then
      assert.throws(() => registry.registerExportTable('waves', producer), /registered already/);
      assert.throws(() => registry.registerExportTable('Wellen', producer), /slug/);
      assert.throws(() => registry.registerExportTable('a/b', producer), /slug/);
    });
  });
});
