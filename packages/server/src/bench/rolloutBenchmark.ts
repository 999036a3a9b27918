/**
 * Benchmark of the rollout dashboard, GET /api/v1/rollout/dashboard: coverage, burn-up and forecast
 * over the whole stage history, through HTTP, next to the same figures computed from the raw driver
 * (every event and process read with the mongodb driver, then the same domain functions), interleaved
 * so both share the noise of the machine. The endpoint answers from the history the server keeps in
 * memory and keeps the burn-up of an unchanged history; so it is measured twice per run: right after a
 * stage change recorded through the API (everything computed again) and then with the history unchanged.
 * Its first request, which reads the history in, is reported on its own.
 */
import type { Document } from 'mongodb';
import type { Connection } from 'mongoose';
import {
  baseProcessMatrix,
  burnup,
  coverage,
  coverageByDepartment,
  coverageByGroup,
  coverageBySupport,
  currentStages,
  forecastCompletion,
  supportMix,
  type PlannedProcess,
  type StageEvent,
} from '@efile/planner';
import { apiFetch } from './apiFetch.js';
import { formatMs, formatRatio, ratio, summarize, verdict, type Summary } from './benchStats.js';

const REQUEST_TIMEOUT_MS = 120_000;

/** Endpoint median in milliseconds. */
export const DASHBOARD_TARGET = { kind: 'max', limit: 300 } as const;

export interface RolloutBenchmarkResult {
  /** Processes counted by the dashboard (the departments' processes and variants). */
  processes: number;
  /** Stage events in the history. */
  events: number;
  warmup: number;
  runs: number;
  /** The first request after the server started: reads the history into memory, then answers. */
  firstRequestMs: number;
  /** Right after a stage change (recorded untimed before each run): every figure computed again. */
  afterChange: Summary;
  /** The history unchanged since the previous request (the burn-up is kept). */
  endpoint: Summary;
  raw: Summary;
  /** Median after a change ÷ median raw. */
  ratio: number;
}

interface Figures {
  processes: number;
  live: number;
  weeks: number;
  remaining: number;
}

async function viaEndpoint(baseUrl: string): Promise<Figures> {
  const res = await apiFetch(`${baseUrl}/api/v1/rollout/dashboard`, {
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body = (await res.json()) as {
    kpis?: { processes: number; live: number };
    burnup?: { weeks: unknown[] };
    forecast?: { remaining: number };
  };
  if (res.status !== 200 || !body.kpis || !body.burnup || !body.forecast) {
    throw new Error(`GET /api/v1/rollout/dashboard answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  }
  return {
    processes: body.kpis.processes,
    live: body.kpis.live,
    weeks: body.burnup.weeks.length,
    remaining: body.forecast.remaining,
  };
}

/** The dashboard's figures from the raw driver: every event and process read, then the domain functions. */
async function viaDriver(connection: Connection): Promise<Figures & { events: number }> {
  const db = connection.getClient().db(connection.name);
  const [eventDocs, processDocs, departmentDocs] = await Promise.all([
    db.collection('stage_events').find({}).toArray(),
    db
      .collection('processes')
      .find(
        {},
        {
          projection: { _id: 0, key: 1, name: 1, department: 1, kind: 1, baseProcess: 1, group: 1, archived: 1 },
        },
      )
      .toArray(),
    db
      .collection('departments')
      .find({}, { projection: { _id: 0, code: 1 } })
      .toArray(),
  ]);
  const events = eventDocs.map((d: Document) => ({ ...d, at: (d.at as Date).toISOString() }) as unknown as StageEvent);
  const all = processDocs as unknown as Array<PlannedProcess & { name: string; archived?: boolean }>;
  const units = all.filter((p) => p.kind !== 'base' && !p.archived);
  const departments = departmentDocs.map((d) => String(d.code));
  const today = new Date().toISOString();
  const states = currentStages(events);
  const city = coverage(units, states);
  coverageByDepartment(units, states, { departments });
  coverageByGroup(units, states);
  coverageBySupport(units, states);
  supportMix(units, states);
  const history = burnup(events, units, today);
  const forecast = forecastCompletion(history, { today, target: '2028-12-31' });
  baseProcessMatrix(
    all.filter((p) => p.kind === 'base').map((p) => ({ key: p.key, name: p.name })),
    departments,
    units,
    states,
  );
  return {
    processes: units.length,
    live: city.live,
    weeks: history.weeks.length,
    remaining: forecast.remaining,
    events: events.length,
  };
}

/** Processes without stage events, to move one to analysis before each run (a forward change needs no reason). */
async function notStartedProcesses(connection: Connection, count: number): Promise<string[]> {
  const db = connection.getClient().db(connection.name);
  const [processes, events] = await Promise.all([
    db
      .collection('processes')
      .find({ kind: 'department', archived: false }, { projection: { _id: 0, key: 1 } })
      .toArray(),
    db
      .collection('stage_events')
      .find({}, { projection: { _id: 0, processKey: 1 } })
      .toArray(),
  ]);
  const started = new Set(events.map((e) => String(e.processKey)));
  const keys = processes.map((p) => String(p.key)).filter((key) => !started.has(key));
  if (keys.length < count)
    throw new Error(`Only ${keys.length} processes have not started; the benchmark needs ${count}.`);
  return keys.slice(0, count);
}

/** Records a change of stage (not started → analysis) through the API. */
async function recordChange(baseUrl: string, key: string): Promise<void> {
  const res = await apiFetch(`${baseUrl}/api/v1/rollout/processes/${key}/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'If-Match': '"0"' },
    body: JSON.stringify({ to: 'analysis', support: 'self_service', note: 'Benchmark' }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (res.status !== 201) throw new Error(`POST …/${key}/events answered ${res.status}: ${await res.text()}`);
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await work();
  return [performance.now() - started, value];
}

/**
 * Runs the dashboard `warmup` + `runs` times through the endpoint and through the driver, alternating;
 * the first request (reading the history into memory) is timed on its own, and the first warm-up checks
 * that both compute the same figures.
 */
export async function runRolloutBenchmark(
  connection: Connection,
  baseUrl: string,
  options: { warmup: number; runs: number },
): Promise<RolloutBenchmarkResult> {
  const [firstRequestMs] = await timed(() => viaEndpoint(baseUrl));
  const changes = await notStartedProcesses(connection, options.warmup + options.runs);
  const afterChangeMs: number[] = [];
  const endpointMs: number[] = [];
  const rawMs: number[] = [];
  let events = 0;
  let processes = 0;
  for (let run = 0; run < options.warmup + options.runs; run++) {
    let changedMs = 0;
    let httpMs = 0;
    const viaHttp = async () => {
      await recordChange(baseUrl, changes[run]!);
      [changedMs] = await timed(() => viaEndpoint(baseUrl));
      const [ms, figures] = await timed(() => viaEndpoint(baseUrl));
      httpMs = ms;
      return figures;
    };
    // Who goes first alternates, so neither side always meets the caches the other warmed.
    let fromHttp: Figures, driverMs: number, fromDriver: Figures & { events: number };
    if (run % 2 === 0) {
      fromHttp = await viaHttp();
      [driverMs, fromDriver] = await timed(() => viaDriver(connection));
    } else {
      [driverMs, fromDriver] = await timed(() => viaDriver(connection));
      fromHttp = await viaHttp();
    }
    if (run === 0) {
      const { events: _events, ...same } = fromDriver;
      if (JSON.stringify(same) !== JSON.stringify(fromHttp)) {
        throw new Error(`The endpoint and the driver disagree: ${JSON.stringify(fromHttp)} vs ${JSON.stringify(same)}`);
      }
    }
    events = fromDriver.events;
    processes = fromDriver.processes;
    if (run >= options.warmup) {
      afterChangeMs.push(changedMs);
      endpointMs.push(httpMs);
      rawMs.push(driverMs);
    }
  }
  const afterChange = summarize(afterChangeMs);
  const endpoint = summarize(endpointMs);
  const raw = summarize(rawMs);
  return {
    processes,
    events,
    warmup: options.warmup,
    runs: options.runs,
    firstRequestMs,
    afterChange,
    endpoint,
    raw,
    ratio: ratio(afterChange.median, raw.median),
  };
}

/** The section of docs/benchmarks.md. */
export function renderRolloutSection(
  result: RolloutBenchmarkResult,
  table: (header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[]) => string[],
): string[] {
  const row = (name: string, s: Summary) => [
    name,
    formatMs(s.median),
    formatMs(s.p95),
    formatMs(result.raw.median),
    formatMs(result.raw.p95),
    formatRatio(ratio(s.median, result.raw.median)),
    '≤ 300 ms',
    verdict(s.median, DASHBOARD_TARGET),
  ];
  return [
    '## Rollout dashboard: `GET /api/v1/rollout/dashboard`',
    '',
    `${result.events.toLocaleString('en-US')} stage events of ${result.processes.toLocaleString('en-US')} processes (the seeded history with about 10`,
    'events per process). One request computes the KPI tiles, coverage per department, group and support level,',
    'the support mix, the weekly burn-up, the Monte Carlo forecast (2,000 runs) and the base-process summary',
    'from the whole history, which the server keeps in memory (`rollout/rolloutState.ts`); the burn-up, the one',
    'figure that reads every event, is kept until the history changes. So the endpoint is measured twice per',
    'run: right after a stage change recorded through the API (not timed; everything is computed again) and',
    'then once more with the history unchanged. Raw = the same figures from the raw `mongodb` driver: every',
    `event, process and department read, then the same domain functions. ${result.warmup} unmeasured and ${result.runs} measured`,
    'runs, alternating endpoint and raw; the first warm-up checks that both give the same figures.',
    'Target: endpoint median ≤ 300 ms.',
    '',
    ...table(
      ['Figure', 'Endpoint median', 'Endpoint p95', 'Raw median', 'Raw p95', 'Ratio', 'Target', 'Result'],
      [
        row('Dashboard right after a change', result.afterChange),
        row('Dashboard, history unchanged', result.endpoint),
        ['First request (reads the history in)', formatMs(result.firstRequestMs), '', '', '', '', '', ''],
      ],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
  ];
}

/** The line printed at the end of a run. */
export function rolloutSummaryLine(result: RolloutBenchmarkResult): string {
  return (
    `Rollout dashboard, ${result.events} events of ${result.processes} processes: after a change ${formatMs(result.afterChange.median)} ` +
    `(p95 ${formatMs(result.afterChange.p95)}) ${verdict(result.afterChange.median, DASHBOARD_TARGET)}, unchanged ` +
    `${formatMs(result.endpoint.median)} ${verdict(result.endpoint.median, DASHBOARD_TARGET)}, raw driver ${formatMs(result.raw.median)}, ` +
    `first request ${formatMs(result.firstRequestMs)}; target ≤ 300 ms`
  );
}
