/**
 * The options of `npm run bench`: `--scale N` (demo city size, default 10 000), `--runs N`
 * (measured runs per list query, per BPMN parse and of opening the large diagram in the browser),
 * `--quick` (a fast smoke run: scale 1 000, few runs, a smaller import) and `--out FILE` (where the
 * Markdown report goes).
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Department processes of the seeded demo city. */
  scale: number;
  /** Unmeasured runs before each series. */
  warmup: number;
  /** Measured runs per list query (endpoint and raw each). */
  listRuns: number;
  /** Rows imported per import run. */
  importRows: number;
  /** Measured runs of the import (HTTP and raw insertMany each). */
  importRuns: number;
  /** Flow nodes of the uploaded diagram. */
  diagramFlowNodes: number;
  /** Measured parses (pool and main thread each) and HTTP uploads. */
  parseRuns: number;
  /** Measured rounds of opening the large diagram in the browser (the app and the bare page each). */
  modelerRuns: number;
  quick: boolean;
  /** The Markdown report, relative to the repository root. */
  out: string;
}

export const DEFAULT_BENCH_OPTIONS: BenchOptions = {
  scale: 10_000,
  warmup: 2,
  listRuns: 15,
  importRows: 10_000,
  importRuns: 3,
  diagramFlowNodes: 1000,
  parseRuns: 20,
  modelerRuns: 9,
  quick: false,
  out: 'docs/benchmarks.md',
};

const QUICK: Partial<BenchOptions> = {
  scale: 1000,
  listRuns: 5,
  importRows: 2000,
  importRuns: 1,
  parseRuns: 5,
  modelerRuns: 3,
};

/** The seed's limit (buildDemoCity MAX_SCALE); at least one process per department is wanted. */
const MAX_SCALE = 100_000;
const MAX_RUNS = 200;

function whole(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

/** Reads the command line; throws an Error with a clear message for a wrong option. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      scale: { type: 'string' },
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const options: BenchOptions = { ...DEFAULT_BENCH_OPTIONS, ...(values.quick ? { ...QUICK, quick: true } : {}) };
  const scale = whole('scale', values.scale, 100, MAX_SCALE);
  if (scale !== undefined) options.scale = scale;
  const runs = whole('runs', values.runs, 1, MAX_RUNS);
  if (runs !== undefined) {
    options.listRuns = runs;
    options.parseRuns = runs;
    options.modelerRuns = runs;
  }
  if (values.out !== undefined) {
    if (values.out.trim() === '') throw new Error('--out needs a file name.');
    options.out = values.out;
  }
  return options;
}
