import assert from 'node:assert/strict';
import { mulberry32 } from './mulberry32.js';

describe('mulberry32', () => {
  describe('#mulberry32', () => {
    it('gives the same sequence for the same seed, and keeps to it across versions', () => {
      // when two generators with seed 1 are drawn from
      const a = mulberry32(1);
      const b = mulberry32(1);
      const first = [a(), a(), a()];
      // then they agree, and the numbers are those of the reference algorithm
      assert.deepEqual([b(), b(), b()], first);
      assert.deepEqual(first, [0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    });

    it('gives another sequence for another seed', () => {
      assert.notEqual(mulberry32(2)(), mulberry32(1)());
    });

    it('stays in [0, 1) and spreads evenly', () => {
      // when 10 000 numbers are drawn into ten buckets
      const random = mulberry32(12345);
      const buckets = new Array<number>(10).fill(0);
      for (let i = 0; i < 10_000; i++) {
        const x = random();
        assert.ok(x >= 0 && x < 1);
        buckets[Math.floor(x * 10)] = (buckets[Math.floor(x * 10)] ?? 0) + 1;
      }
      // then each bucket holds about a tenth (within 10 %)
      for (const count of buckets) assert.ok(count > 900 && count < 1100, `bucket of ${count}`);
    });
  });
});
