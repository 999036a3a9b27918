/**
 * Forecast of the completion date: a Monte Carlo simulation over the observed weekly throughput, giving
 * the dates by which the remaining processes are live in 50 % and 85 % of the simulated futures, and the
 * status against a target date.
 */
import { burnup, type Burnup } from './burnup.js';
import { addDays, formatDay, toMs } from './calendar.js';
import type { PlannedProcess, StageEvent } from './history.js';
import { mulberry32 } from './mulberry32.js';
import type { Label } from './stages.js';

/** The forecast's settings. */
export interface ForecastOptions {
  /** The day (or instant) the forecast is made on; completion dates count from it. */
  today: string;
  /** The target date (`YYYY-MM-DD`) to compare with, if any. */
  target?: string;
  /** How many of the latest weeks of throughput to sample (default 12; fewer when there are fewer). */
  window?: number;
  /** How many futures to simulate (default 2000). */
  runs?: number;
  /** The seed of the random numbers (default 1): the same seed gives the same forecast. */
  seed?: number;
  /** Futures not done within this many weeks count as never (default 520, ten years). */
  horizonWeeks?: number;
}

/**
 * Against the target date: `on_track` P85 ≤ target; `at_risk` P50 ≤ target < P85; `off_track`
 * P50 > target (or no forecast and the target has passed with work remaining); `completed` nothing
 * remains; `unknown` no forecast can be made and the target has not passed.
 */
export type TargetStatus = 'on_track' | 'at_risk' | 'off_track' | 'completed' | 'unknown';

/** A percentile of the simulated completion: weeks from today and the date; null beyond the horizon. */
export interface ForecastPoint {
  weeks: number | null;
  date: string | null;
}

interface ForecastBase {
  rule: Label;
  /** Processes in scope (at the end of the last observed week, or all when there is no history). */
  inScope: number;
  live: number;
  /** inScope − live: what the forecast is for. */
  remaining: number;
  target: string | null;
  /** The status against the target; null without a target. */
  status: TargetStatus | null;
}

/**
 * The outcome of a forecast, by kind: `forecast` P50 and P85; `completed` all in scope is live;
 * `nothing_in_scope` no process to roll out; `no_history` no event yet; `no_progress` the weeks sampled
 * show no net throughput, so no date can be forecast (rather than an infinite one).
 */
export type Forecast =
  | (ForecastBase & {
      kind: 'forecast';
      samples: number[];
      runs: number;
      seed: number;
      p50: ForecastPoint;
      p85: ForecastPoint;
    })
  | (ForecastBase & {
      kind: 'completed';
      /** `at` of the latest move to live (null only if the history has none). */
      completedAt: string | null;
    })
  | (ForecastBase & { kind: 'nothing_in_scope'; message: Label })
  | (ForecastBase & { kind: 'no_history'; message: Label })
  | (ForecastBase & { kind: 'no_progress'; samples: number[]; message: Label });

/** The counting rule of the forecast for a window of `window` weeks and `runs` runs. */
export function forecastRule(window: number, runs: number): Label {
  return {
    de:
      `Monte-Carlo-Simulation mit ${runs} Läufen: Je Lauf werden Wochendurchsätze zufällig (mit Zurücklegen) aus ` +
      `den letzten ${window} beobachteten Wochen (einschließlich der laufenden) gezogen, bis der Rest (Prozesse ` +
      'im Umfang, die nicht live sind) erledigt ist. P50 bzw. P85: In 50 % bzw. 85 % der Läufe ist der Rest bis ' +
      'zu diesem Datum (heute + Wochen × 7 Tage) erledigt. Im Plan: P85 ≤ Zieldatum; gefährdet: P50 ≤ Zieldatum ' +
      '< P85; nicht im Plan: P50 > Zieldatum. Ohne Nettofortschritt in diesen Wochen gibt es keine Prognose.',
    en:
      `Monte Carlo simulation with ${runs} runs: each run draws weekly throughputs at random (with replacement) ` +
      `from the last ${window} observed weeks (the current one included) until the remainder (processes in ` +
      'scope not live) is done. P50 and P85: in 50 % and 85 % of the runs the remainder is done by that date ' +
      '(today + weeks × 7 days). On track: P85 ≤ target; at risk: P50 ≤ target < P85; off track: P50 > ' +
      'target. Without net progress in those weeks there is no forecast.',
  };
}

const NO_HISTORY: Label = {
  de: 'Noch keine Ereignisse: ohne beobachteten Durchsatz keine Prognose.',
  en: 'No events yet: without observed throughput there is no forecast.',
};
const NO_PROGRESS: Label = {
  de: 'Kein Fortschritt beobachtet: In den betrachteten Wochen ging netto kein Prozess live.',
  en: 'No progress observed: in the weeks considered no process went live, net.',
};
const NOTHING_IN_SCOPE: Label = {
  de: 'Kein Prozess im Umfang.',
  en: 'No process in scope.',
};

/**
 * Simulates `runs` futures: each draws weeks from `samples` (uniformly, with replacement) until
 * `remaining` is used up, and yields the number of weeks it took, or Infinity when more than
 * `horizonWeeks`. Returns the weeks of all runs in ascending order.
 */
export function simulateWeeks(
  samples: readonly number[],
  remaining: number,
  options: { runs: number; seed: number; horizonWeeks: number },
): Float64Array {
  const random = mulberry32(options.seed);
  const weeks = new Float64Array(options.runs);
  const n = samples.length;
  for (let run = 0; run < options.runs; run++) {
    let left = remaining;
    let week = 0;
    while (left > 0 && week <= options.horizonWeeks) {
      left -= samples[Math.floor(random() * n)] as number;
      week++;
    }
    weeks[run] = left > 0 || week > options.horizonWeeks ? Infinity : week;
  }
  return weeks.sort();
}

/** The nearest-rank percentile `p` (0 < p ≤ 1) of ascending `sorted` values. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] as number;
}

/** The status of forecast dates against `target` (dates as `YYYY-MM-DD`; null means beyond the horizon). */
export function targetStatus(
  p50: string | null,
  p85: string | null,
  target: string,
): 'on_track' | 'at_risk' | 'off_track' {
  if (p85 !== null && p85 <= target) return 'on_track';
  if (p50 !== null && p50 <= target) return 'at_risk';
  return 'off_track';
}

/**
 * The completion forecast of a burn-up ({@link forecastRule}): what remains at the end of the last
 * week, and the throughput of its last `window` weeks as the samples.
 */
export function forecastCompletion(history: Burnup, options: ForecastOptions): Forecast {
  const window = options.window ?? 12;
  const runs = options.runs ?? 2000;
  const seed = options.seed ?? 1;
  const horizonWeeks = options.horizonWeeks ?? 520;
  const target = options.target === undefined ? null : formatDay(toMs(options.target));
  const today = formatDay(toMs(options.today));
  const targetPassed = target !== null && today > target;
  const withoutForecast = target === null ? null : targetPassed ? 'off_track' : 'unknown';
  const rule = forecastRule(window, runs);

  const last = history.weeks[history.weeks.length - 1];
  if (!last) {
    const base = { rule, inScope: history.total, live: 0, remaining: history.total, target };
    return history.total === 0
      ? { ...base, kind: 'nothing_in_scope', status: target === null ? null : 'unknown', message: NOTHING_IN_SCOPE }
      : { ...base, kind: 'no_history', status: withoutForecast, message: NO_HISTORY };
  }
  const base = { rule, inScope: last.inScope, live: last.live, remaining: last.inScope - last.live, target };
  if (last.inScope === 0) {
    return { ...base, kind: 'nothing_in_scope', status: target === null ? null : 'unknown', message: NOTHING_IN_SCOPE };
  }
  if (base.remaining === 0) {
    return {
      ...base,
      kind: 'completed',
      status: target === null ? null : 'completed',
      completedAt: history.lastLiveAt,
    };
  }

  const samples = history.weeks.slice(-window).map((w) => w.throughput);
  const mean = samples.reduce((sum, s) => sum + s, 0) / samples.length;
  if (mean <= 0) return { ...base, kind: 'no_progress', status: withoutForecast, samples, message: NO_PROGRESS };

  const weeks = simulateWeeks(samples, base.remaining, { runs, seed, horizonWeeks });
  const point = (p: number): ForecastPoint => {
    const w = percentile(weeks, p);
    return Number.isFinite(w) ? { weeks: w, date: addDays(today, w * 7) } : { weeks: null, date: null };
  };
  const p50 = point(0.5);
  const p85 = point(0.85);
  return {
    ...base,
    kind: 'forecast',
    status: target === null ? null : targetStatus(p50.date, p85.date, target),
    samples,
    runs,
    seed,
    p50,
    p85,
  };
}

/**
 * The completion forecast of `processes` from their `events`: the burn-up up to `options.today`, then
 * {@link forecastCompletion}. Pass one department's events and processes for a department's forecast.
 */
export function forecastFromHistory(
  events: readonly StageEvent[],
  processes: readonly PlannedProcess[],
  options: ForecastOptions,
): Forecast {
  return forecastCompletion(burnup(events, processes, options.today), options);
}

/**
 * A forecast per department: one row per department in `departments` (in that order; a department
 * without processes is `nothing_in_scope`), then any other department that has processes, by code.
 * Events count for the department of their process (events of processes not given are left out).
 */
export function forecastByDepartment(
  events: readonly StageEvent[],
  processes: readonly PlannedProcess[],
  options: ForecastOptions & { departments?: readonly string[] },
): Array<{ department: string; forecast: Forecast }> {
  const processesOf = new Map<string, PlannedProcess[]>();
  for (const department of options.departments ?? []) processesOf.set(department, []);
  const departmentOf = new Map<string, string>();
  for (const process of processes) {
    departmentOf.set(process.key, process.department);
    let list = processesOf.get(process.department);
    if (!list) processesOf.set(process.department, (list = []));
    list.push(process);
  }
  const eventsOf = new Map<string, StageEvent[]>();
  for (const event of events) {
    const department = departmentOf.get(event.processKey);
    if (department === undefined) continue;
    let list = eventsOf.get(department);
    if (!list) eventsOf.set(department, (list = []));
    list.push(event);
  }
  const listed = new Set(options.departments ?? []);
  const others = [...processesOf.keys()]
    .filter((d) => !listed.has(d))
    .sort((a, b) => a.localeCompare(b, 'de', { numeric: true }));
  return [...(options.departments ?? []), ...others].map((department) => ({
    department,
    forecast: forecastFromHistory(eventsOf.get(department) ?? [], processesOf.get(department) ?? [], options),
  }));
}
