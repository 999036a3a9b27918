import assert from 'node:assert/strict';
import { DEFAULT_SCALE } from './buildDemoCity.js';
import { demoAccountsOnStart, parseSeedArgs, seedsOnStart } from './seedCommand.js';

describe('seedCommand', () => {
  describe('#parseSeedArgs', () => {
    const valid: Array<[string[], { scale: number; seed: number; replace: boolean }]> = [
      [[], { scale: DEFAULT_SCALE, seed: 1, replace: false }],
      [['--scale', '10000'], { scale: 10000, seed: 1, replace: false }],
      [['--scale=0', '--seed', '42', '--replace'], { scale: 0, seed: 42, replace: true }],
    ];
    for (const [argv, expected] of valid) {
      it(`reads ${JSON.stringify(argv)}`, () => {
        // given command-line options
        // when they are parsed
        // then the seed runs with them
        assert.deepEqual(parseSeedArgs(argv), expected);
      });
    }

    const invalid: Array<[string[], RegExp]> = [
      [['--scale', 'abc'], /--scale must be a whole number from 0 to 100000, not "abc"/],
      [['--scale=-5'], /--scale must be a whole number/],
      [['--scale', '100001'], /--scale must be a whole number/],
      [['--seed', '1.5'], /--seed must be a whole number/],
      [['--colour', 'blue'], /Unknown option '--colour'/],
      [['extra'], /positional argument/],
    ];
    for (const [argv, message] of invalid) {
      it(`refuses ${JSON.stringify(argv)} with a clear message`, () => {
        // given a wrong option
        // when it is parsed
        // then the error says which option is wrong
        assert.throws(() => parseSeedArgs(argv), message);
      });
    }
  });

  describe('#seedsOnStart', () => {
    const table: Array<['auto' | 'always' | 'never', boolean, boolean]> = [
      ['auto', true, true],
      ['auto', false, false],
      ['always', false, true],
      ['always', true, true],
      ['never', true, false],
    ];
    for (const [seed, embedded, expected] of table) {
      it(`is ${expected} for EFILE_SEED=${seed} with ${embedded ? 'the embedded' : 'an external'} database`, () => {
        // given the configuration and the kind of database
        // when the server starts
        // then it seeds (an empty database) only when asked to
        assert.equal(seedsOnStart({ seed }, { embedded }), expected);
      });
    }
  });

  describe('#demoAccountsOnStart', () => {
    const table: Array<['auto' | 'always' | 'never', 'auto' | 'always' | 'never', boolean, boolean]> = [
      ['auto', 'auto', true, true],
      ['auto', 'auto', false, false],
      ['always', 'auto', false, false],
      ['never', 'auto', true, false],
      ['auto', 'never', true, false],
      ['never', 'always', false, true],
    ];
    for (const [seed, demoAccounts, embedded, expected] of table) {
      it(`is ${expected} for EFILE_SEED=${seed}, EFILE_DEMO_ACCOUNTS=${demoAccounts}, ${embedded ? 'embedded' : 'external'} database`, () => {
        // given the configuration and the kind of database
        // when the server starts
        // then demo accounts come only in demo mode (embedded and seeded), or when asked for
        assert.equal(demoAccountsOnStart({ seed, demoAccounts }, { embedded }), expected);
      });
    }
  });
});
