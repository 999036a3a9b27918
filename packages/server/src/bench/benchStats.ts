/**
 * The statistics of the benchmarks: medians, nearest-rank percentiles, ratios and their
 * formatting, and the verdict against a target. Pure functions, no I/O.
 */

/** The median: the middle value, or the mean of the two middle values of an even count. NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The nearest-rank percentile `p` (0 < p ≤ 100): the smallest value that at least p % of the values
 * do not exceed. With few runs the p95 is the slowest run (15 runs: the 15th of 15). NaN when empty.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`A percentile lies above 0 and up to 100, not ${p}.`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The 95th nearest-rank percentile. */
export function p95(values: readonly number[]): number {
  return percentile(values, 95);
}

/** Median and p95 of a series of timings, with the number of runs they come from. */
export interface Summary {
  runs: number;
  median: number;
  p95: number;
}

export function summarize(values: readonly number[]): Summary {
  return { runs: values.length, median: median(values), p95: p95(values) };
}

/** `value ÷ baseline`; NaN when either is not a positive finite number. */
export function ratio(value: number, baseline: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0 || value < 0) return Number.NaN;
  return value / baseline;
}

/** A ratio as a factor with two decimals (`1.23×`), two significant digits below 0.1 (`0.0031×`); `–` when it could not be computed. */
export function formatRatio(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value > 0 && value < 0.1 ? `${value.toPrecision(2)}×` : `${value.toFixed(2)}×`;
}

/** A ratio as a whole percentage: `57 %`; `–` when it could not be computed. */
export function formatPercent(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value * 100)} %` : '–';
}

/** Milliseconds: one decimal below 100 ms, whole above (`4.2 ms`, `312 ms`); `–` for NaN. */
export function formatMs(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value < 100 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
}

/** A rate with thousands separators: `12,345 rows/s`. */
export function formatRate(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '–';
  return `${Math.round(value).toLocaleString('en-US')} ${unit}`;
}

export type Verdict = 'PASS' | 'MISS';

/** A target: the figure must stay at most (`max`) or reach at least (`min`) the limit. */
export interface Target {
  kind: 'max' | 'min';
  limit: number;
}

/** PASS when `value` meets the target; MISS otherwise, also when the value could not be computed. */
export function verdict(value: number, target: Target): Verdict {
  if (!Number.isFinite(value)) return 'MISS';
  return (target.kind === 'max' ? value <= target.limit : value >= target.limit) ? 'PASS' : 'MISS';
}

/** What a benchmark that may fail without failing the run gives: its result, or why there is none. */
export type Outcome<T> = { result: T } | { error: string };

/** Runs a benchmark; a failure becomes an outcome with its message instead of ending the run. */
export async function outcomeOf<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { result: await run() };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
