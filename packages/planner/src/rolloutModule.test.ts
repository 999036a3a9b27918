import assert from 'node:assert/strict';
import { DEFAULT_ROLLOUT_TARGET_DATE, parseTargetDate, rolloutOptionsFromEnv } from './rolloutModule.js';

describe('rolloutModule', () => {
  describe('#rolloutOptionsFromEnv', () => {
    it('reads ROLLOUT_TARGET_DATE, and leaves the default to the module when it is unset', () => {
      // when the environment names a target, or none
      // then
      assert.deepEqual(rolloutOptionsFromEnv({ ROLLOUT_TARGET_DATE: ' 2027-06-30 ' }), { targetDate: '2027-06-30' });
      assert.deepEqual(rolloutOptionsFromEnv({}), {});
      assert.equal(DEFAULT_ROLLOUT_TARGET_DATE, '2028-12-31');
    });

    for (const value of ['31.12.2028', '2028-02-30', '2028-12-31T00:00:00Z', 'bald']) {
      it(`refuses "${value}" with a message naming the variable`, () => {
        // when the target is not a day
        // then starting fails with one clear sentence
        assert.throws(
          () => rolloutOptionsFromEnv({ ROLLOUT_TARGET_DATE: value }),
          /ROLLOUT_TARGET_DATE must be a date/,
        );
      });
    }
  });

  describe('#parseTargetDate', () => {
    it('takes a real day as it is', () => {
      // when a leap day is given
      // then
      assert.equal(parseTargetDate('2028-02-29'), '2028-02-29');
    });
  });
});
