import assert from 'node:assert/strict';
import { table } from './benchReport.js';
import { modelerSummaryLine, readModelerFigures, renderModelerSection } from './modelerBenchmark.js';

/** What openLargeDiagram.bench.ts writes, with samples chosen for round medians. */
function written(samples: { app: number[]; appImport: number[]; bare: number[]; bareImport: number[] }) {
  return { flowNodes: 1000, bytes: 467035, warmup: 2, browserVersion: '148.0.7778.167', samples };
}

describe('modelerBenchmark', () => {
  describe('#readModelerFigures', () => {
    it('sets the app opening against the bare importXML, as the issue names it, and splits each opening', () => {
      // given three rounds of the app and the bare page
      const json = written({
        app: [1300, 1200, 1250],
        appImport: [1000, 950, 1000],
        bare: [1250, 1150, 1200],
        bareImport: [1000, 900, 950],
      });
      // when the figures are read
      const figures = readModelerFigures(json);
      // then medians come from the samples, the ratio is app opening ÷ bare importXML, and the rest is per run
      assert.equal(figures.runs, 3);
      assert.equal(figures.app.median, 1250);
      assert.equal(figures.bareImport.median, 950);
      assert.equal(figures.ratio, 1250 / 950);
      assert.deepEqual(
        [figures.appRest.median, figures.bareRest.median],
        [250, 250],
        'app − appImport and bare − bareImport, round by round',
      );
    });

    const broken: Array<[string, unknown]> = [
      ['nothing', null],
      ['no samples', { ...written({ app: [1], appImport: [1], bare: [1], bareImport: [1] }), samples: undefined }],
      ['an empty series', written({ app: [], appImport: [], bare: [], bareImport: [] })],
      ['series of different lengths', written({ app: [1, 2], appImport: [1], bare: [1, 2], bareImport: [1, 2] })],
      ['a timing that is not a number', written({ app: [1], appImport: [1], bare: [1], bareImport: ['1' as never] })],
    ];
    for (const [what, json] of broken) {
      it(`refuses ${what}`, () => {
        // given a result file that cannot be right
        // when it is read
        // then the error says there are no usable figures
        assert.throws(() => readModelerFigures(json), /no usable figures/);
      });
    }
  });

  describe('#renderModelerSection', () => {
    const verdicts = (lines: string[]) =>
      lines.filter((line) => /^\| App opening/.test(line)).map((line) => line.trim().split(/\s*\|\s*/)[8]);

    const cases: Array<[string, number[], number[], string[]]> = [
      ['within 1.3× and 1 s', [900, 900, 900], [800, 800, 800], ['PASS', 'PASS']],
      ['within 1 s but over 1.3× the bare importXML', [950, 950, 950], [500, 500, 500], ['MISS', 'PASS']],
      ['within 1.3× but over 1 s', [1200, 1200, 1200], [1000, 1000, 1000], ['PASS', 'MISS']],
      ['over both', [2000, 2000, 2000], [1000, 1000, 1000], ['MISS', 'MISS']],
    ];
    for (const [what, app, bareImport, expected] of cases) {
      it(`judges an opening ${what}`, () => {
        // given measured openings
        const figures = readModelerFigures(written({ app, appImport: bareImport, bare: app, bareImport }));
        // when the section is rendered
        const lines = renderModelerSection({ result: figures }, table);
        // then the ratio row and the absolute row each carry their own verdict
        assert.deepEqual(verdicts(lines), expected);
      });
    }

    it('reports a run that could not measure as not measured, with both targets missed', () => {
      // given a failed browser run
      const outcome = { error: 'Playwright ended with exit code 1;\nits output is above.' };
      // when the section and the summary are rendered
      const lines = renderModelerSection(outcome, table);
      const summary = modelerSummaryLine(outcome);
      // then the reason is on one line and nothing passes
      assert.ok(
        lines.includes('**Not measured in this run:** Playwright ended with exit code 1; its output is above.'),
      );
      assert.equal(lines.filter((line) => line.includes('| MISS')).length, 2);
      assert.match(summary, /not measured .* MISS$/);
    });
  });
});
