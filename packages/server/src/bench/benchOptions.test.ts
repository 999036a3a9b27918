import assert from 'node:assert/strict';
import { DEFAULT_BENCH_OPTIONS, parseBenchOptions, type BenchOptions } from './benchOptions.js';
import { uriHosts } from './benchDatabase.js';

describe('benchOptions', () => {
  describe('#parseBenchOptions', () => {
    const valid: Array<[string[], Partial<BenchOptions>]> = [
      [[], {}],
      [['--scale', '5000'], { scale: 5000 }],
      [['--runs=30'], { listRuns: 30, parseRuns: 30, modelerRuns: 30 }],
      [
        ['--quick'],
        { quick: true, scale: 1000, listRuns: 5, importRows: 2000, importRuns: 1, parseRuns: 5, modelerRuns: 3 },
      ],
      [
        ['--quick', '--scale', '2000', '--runs', '3'],
        { quick: true, scale: 2000, listRuns: 3, importRows: 2000, importRuns: 1, parseRuns: 3, modelerRuns: 3 },
      ],
      [['--out', 'tmp/bench.md'], { out: 'tmp/bench.md' }],
    ];
    for (const [argv, changed] of valid) {
      it(`reads ${JSON.stringify(argv)}`, () => {
        // given command-line options
        // when they are parsed
        // then the defaults hold except for what was given
        assert.deepEqual(parseBenchOptions(argv), { ...DEFAULT_BENCH_OPTIONS, ...changed });
      });
    }

    const invalid: Array<[string[], RegExp]> = [
      [['--scale', 'many'], /--scale must be a whole number from 100 to 100000, not "many"/],
      [['--scale=50'], /--scale must be a whole number/],
      [['--runs', '0'], /--runs must be a whole number from 1 to 200, not "0"/],
      [['--runs', '2.5'], /--runs must be a whole number/],
      [['--out', ' '], /--out needs a file name/],
      [['--fast'], /Unknown option '--fast'/],
      [['10000'], /positional argument/],
    ];
    for (const [argv, message] of invalid) {
      it(`refuses ${JSON.stringify(argv)} with a clear message`, () => {
        // given a wrong option
        // when it is parsed
        // then the error says which option is wrong
        assert.throws(() => parseBenchOptions(argv), message);
      });
    }
  });

  describe('#uriHosts', () => {
    const table: Array<[string, string]> = [
      ['mongodb://127.0.0.1:27017/', '127.0.0.1:27017'],
      ['mongodb://user:secret@db.example:27017/efile?authSource=admin', 'db.example:27017'],
      ['mongodb://a.example,b.example:27018/?replicaSet=rs0', 'a.example,b.example:27018'],
      ['mongodb+srv://ops:p%40ss@cluster0.example.net', 'cluster0.example.net'],
    ];
    for (const [uri, expected] of table) {
      it(`shows ${expected} for ${uri.replace(/\/\/[^@]*@/, '//…@')}`, () => {
        // given a connection string, perhaps with credentials
        // when the report names the database server
        // then only the hosts appear, never the credentials or options
        assert.equal(uriHosts(uri), expected);
      });
    }
  });
});
