import assert from 'node:assert/strict';
import {
  formatMs,
  formatPercent,
  formatRate,
  formatRatio,
  median,
  outcomeOf,
  p95,
  percentile,
  ratio,
  summarize,
  verdict,
  type Target,
} from './benchStats.js';

describe('benchStats', () => {
  describe('#median', () => {
    const table: Array<[number[], number]> = [
      [[7], 7],
      [[3, 1, 2], 2],
      [[4, 1, 3, 2], 2.5],
      [[10, 10, 10, 1000], 10],
      [[5, -1, 0], 0],
    ];
    for (const [values, expected] of table) {
      it(`is ${expected} for ${JSON.stringify(values)}`, () => {
        // given timings in any order
        // when their median is taken
        // then it is the middle value (the mean of the middle two for an even count)
        assert.equal(median(values), expected);
      });
    }

    it('is NaN for no values and leaves its input unsorted', () => {
      // given no values, and a list in a given order
      const values = [3, 1, 2];
      // when medians are taken
      const empty = median([]);
      median(values);
      // then the empty one is NaN and the list keeps its order
      assert.ok(Number.isNaN(empty));
      assert.deepEqual(values, [3, 1, 2]);
    });
  });

  describe('#percentile and #p95', () => {
    const ascending = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    const table: Array<[string, number[], number, number]> = [
      ['1 value', [42], 95, 42],
      ['15 runs: the slowest', ascending(15), 95, 15],
      ['20 runs: the 19th', ascending(20), 95, 19],
      ['100 runs: the 95th', ascending(100), 95, 95],
      ['unsorted input', [9, 1, 5, 3, 7], 95, 9],
      ['p50 of 4 runs: the 2nd (nearest rank)', [4, 3, 2, 1], 50, 2],
      ['p100: the maximum', [1, 8, 2], 100, 8],
    ];
    for (const [name, values, p, expected] of table) {
      it(`p${p} of ${name} is ${expected}`, () => {
        // given timings
        // when the nearest-rank percentile is taken
        // then it is the value of that rank
        assert.equal(percentile(values, p), expected);
        if (p === 95) assert.equal(p95(values), expected);
      });
    }

    for (const p of [0, -5, 101, Number.NaN]) {
      it(`refuses p=${p}`, () => {
        // given a percentile outside (0, 100]
        // when it is asked for
        // then the error names it
        assert.throws(() => percentile([1, 2], p), /A percentile lies above 0 and up to 100/);
      });
    }

    it('summarizes runs as count, median and p95', () => {
      // given 20 runs
      const runs = ascending(20).reverse();
      // when they are summarized
      // then the summary holds all three figures
      assert.deepEqual(summarize(runs), { runs: 20, median: 10.5, p95: 19 });
    });
  });

  describe('#ratio and its formats', () => {
    const table: Array<[number, number, string, string]> = [
      [30, 20, '1.50×', '150 %'],
      [12.345, 10, '1.23×', '123 %'],
      [1, 3, '0.33×', '33 %'],
      [0, 5, '0.00×', '0 %'],
      [7, 2300, '0.0030×', '0 %'],
      [5, 0, '–', '–'],
      [Number.NaN, 5, '–', '–'],
      [5, Number.POSITIVE_INFINITY, '–', '–'],
    ];
    for (const [value, baseline, factor, percent] of table) {
      it(`${value} against ${baseline} reads ${factor} and ${percent}`, () => {
        // given a figure and its baseline
        // when the ratio is formatted
        const r = ratio(value, baseline);
        // then it reads as a factor (two decimals, or two significant digits when tiny) and as a whole percentage, or a dash
        assert.equal(formatRatio(r), factor);
        assert.equal(formatPercent(r), percent);
      });
    }
  });

  describe('#formatMs and #formatRate', () => {
    const ms: Array<[number, string]> = [
      [4.24, '4.2 ms'],
      [99.94, '99.9 ms'],
      [100, '100 ms'],
      [312.6, '313 ms'],
      [Number.NaN, '–'],
    ];
    for (const [value, expected] of ms) {
      it(`formats ${value} ms as "${expected}"`, () => {
        // given a duration
        // when it is formatted
        // then small values keep one decimal, large ones none
        assert.equal(formatMs(value), expected);
      });
    }

    it('formats a rate with thousands separators', () => {
      // given a rate
      // when it is formatted
      // then it is whole, grouped and carries its unit
      assert.equal(formatRate(12345.6, 'rows/s'), '12,346 rows/s');
      assert.equal(formatRate(Number.NaN, 'rows/s'), '–');
    });
  });

  describe('#verdict', () => {
    const atMost: Target = { kind: 'max', limit: 1.5 };
    const atLeast: Target = { kind: 'min', limit: 0.5 };
    const table: Array<[number, Target, 'PASS' | 'MISS']> = [
      [1.2, atMost, 'PASS'],
      [1.5, atMost, 'PASS'],
      [1.51, atMost, 'MISS'],
      [0.5, atLeast, 'PASS'],
      [0.49, atLeast, 'MISS'],
      [2, atLeast, 'PASS'],
      [Number.NaN, atMost, 'MISS'],
      [Number.NaN, atLeast, 'MISS'],
    ];
    for (const [value, target, expected] of table) {
      it(`${value} against ${target.kind} ${target.limit} is ${expected}`, () => {
        // given a figure and its target
        // when it is judged
        // then a figure on the limit passes and one that could not be computed misses
        assert.equal(verdict(value, target), expected);
      });
    }
  });

  describe('#outcomeOf', () => {
    it('keeps the result of a benchmark that ran', async () => {
      // given a benchmark that answers figures
      // when its outcome is taken
      const outcome = await outcomeOf(async () => ({ median: 12 }));
      // then the outcome holds them
      assert.deepEqual(outcome, { result: { median: 12 } });
    });

    it('turns a failure into its message instead of ending the run', async () => {
      // given a benchmark that fails
      // when its outcome is taken
      const outcome = await outcomeOf(async () => {
        throw new Error('Chromium is not installed.');
      });
      // then the outcome says why there are no figures
      assert.deepEqual(outcome, { error: 'Chromium is not installed.' });
    });
  });
});
