import assert from 'node:assert/strict';
import { table } from './benchReport.js';
import { bundleSummaryLine, formatKb, renderBundleSection, type BundleFigures } from './bundleBenchmark.js';

function figures(initial: number, eager: string[] = []): BundleFigures {
  return {
    chunks: [
      { file: 'assets/index-a.js', gzippedBytes: initial - 500 },
      { file: 'assets/runtime-b.js', gzippedBytes: 500 },
    ],
    initialGzippedBytes: initial,
    allJsFiles: 7,
    allGzippedBytes: 600_000,
    budgetBytes: 200_000,
    eager,
  };
}

describe('bundleBenchmark', () => {
  describe('#formatKb', () => {
    it('writes kilobytes of 1 000 bytes, the unit of the budget', () => {
      // given sizes in bytes
      // when they are formatted
      // then they read as kB with one decimal
      assert.deepEqual([formatKb(151_847), formatKb(200_000), formatKb(512)], ['151.8 kB', '200.0 kB', '0.5 kB']);
    });
  });

  describe('#renderBundleSection', () => {
    const cases: Array<[string, BundleFigures, string, string]> = [
      ['within the budget, bpmn-js lazy', figures(151_847), 'PASS', 'PASS'],
      ['exactly on the budget', figures(200_000), 'PASS', 'PASS'],
      ['over the budget', figures(200_001), 'MISS', 'PASS'],
      ['with bpmn-js in the first load', figures(180_000, ['assets/bpmn-js-c.js']), 'PASS', 'MISS'],
    ];
    for (const [what, measured, size, lazy] of cases) {
      it(`judges a bundle ${what}`, () => {
        // given the measured bundle
        // when the section is rendered
        const lines = renderBundleSection({ result: measured }, table);
        const result = (prefix: string) =>
          lines
            .find((line) => line.startsWith(prefix))
            ?.trim()
            .split(/\s*\|\s*/)[6];
        // then the size and the lazy loading each carry their verdict, and every initial chunk is listed
        assert.equal(result('| Initial JavaScript (2 chunks)'), size);
        assert.equal(result('| bpmn-js in the initial chunks'), lazy);
        assert.ok(lines.some((line) => line.startsWith('| `assets/runtime-b.js`')));
        assert.match(
          bundleSummaryLine({ result: measured }),
          new RegExp(`budget 200.0 kB ${size}; bpmn-js lazy ${lazy}$`),
        );
      });
    }

    it('says why a bundle that is not built was not measured', () => {
      // given no built web interface
      const outcome = { error: '/x/.vite/manifest.json is missing: build the UI first.' };
      // when the section is rendered
      const lines = renderBundleSection(outcome, table);
      // then it names the reason instead of figures
      assert.ok(lines.includes('**Not measured in this run:** /x/.vite/manifest.json is missing: build the UI first.'));
    });
  });
});
