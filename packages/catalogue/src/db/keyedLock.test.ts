import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { KeyedLock } from './keyedLock.js';

describe('keyedLock', () => {
  describe('#run', () => {
    it('runs work on the same key one after another, in call order', async () => {
      // given a lock and three jobs on one key, the first one slowest
      const lock = new KeyedLock();
      const log: string[] = [];
      const job = (name: string, ms: number) => async () => {
        log.push(`${name} start`);
        await sleep(ms);
        log.push(`${name} end`);
        return name;
      };
      // when they are started together
      const results = await Promise.all([
        lock.run('P-1', job('a', 20)),
        lock.run('P-1', job('b', 1)),
        lock.run('P-1', job('c', 1)),
      ]);
      // then they never overlap and keep their order
      assert.deepEqual(results, ['a', 'b', 'c']);
      assert.deepEqual(log, ['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
      assert.equal(lock.size, 0);
    });

    it('lets work on different keys overlap', async () => {
      // given two jobs on different keys
      const lock = new KeyedLock();
      const log: string[] = [];
      const job = (name: string) => async () => {
        log.push(`${name} start`);
        await sleep(5);
        log.push(`${name} end`);
      };
      // when they are started together
      await Promise.all([lock.run('P-1', job('a')), lock.run('P-2', job('b'))]);
      // then the second starts before the first ends
      assert.deepEqual(log.slice(0, 2), ['a start', 'b start']);
    });

    it('releases the key when work fails, passing the error on', async () => {
      // given work that throws
      const lock = new KeyedLock();
      const failing = lock.run('P-1', () => Promise.reject(new Error('kaputt')));
      const next = lock.run('P-1', () => Promise.resolve('weiter'));
      // then the caller sees the error and the next work still runs
      await assert.rejects(failing, /kaputt/);
      assert.equal(await next, 'weiter');
      assert.equal(lock.size, 0);
    });
  });
});
