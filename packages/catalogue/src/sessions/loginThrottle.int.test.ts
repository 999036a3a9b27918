import assert from 'node:assert/strict';
import { LoginThrottle } from './loginThrottle.js';
import { loginFailureModel } from './session.model.js';
import { cleanDatabase, testConnection } from '../testing/testDatabase.js';

describe('LoginThrottle', () => {
  const settings = { maxFailures: 2, lockMinutes: 15, perIpLimit: 100, perIpWindowMinutes: 10 };
  const t0 = new Date('2026-11-26T08:00:00Z');
  const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

  beforeEach(() => cleanDatabase());

  describe('#purgeStale', () => {
    it('removes failures whose window and lock have passed, and keeps the rest', async () => {
      // given three usernames: an old failure, a lock that lasts, a fresh failure
      const model = loginFailureModel(await testConnection());
      const throttle = new LoginThrottle(model, settings);
      await throttle.failed('old', t0);
      await throttle.failed('locked', minutes(10));
      await throttle.failed('locked', minutes(11));
      await throttle.failed('fresh', minutes(29));
      // when housekeeping runs 25 minutes after the first failure
      const removed = await throttle.purgeStale(minutes(25));
      // then only the old failure is gone; the lock (until minute 26) and the fresh failure stay
      assert.equal(removed, 1);
      const left = (await model.find({}).lean().exec()).map((d) => d._id).sort();
      assert.deepEqual(left, ['fresh', 'locked']);
      await assert.rejects(throttle.admit('10.0.0.1', 'locked', minutes(25)), /locked/);
      // and once the lock has passed too, it goes
      assert.equal(await throttle.purgeStale(minutes(27)), 1);
    });
  });
});
