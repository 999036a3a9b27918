/**
 * The burn-up: per week, how many processes are live, in progress and not started, and the weekly
 * throughput, all derived from the stage history.
 */
import { cutoffMs, DAY_MS, formatDay, isoWeekLabel, isoWeekStartMs, toMs, WEEK_MS } from './calendar.js';
import { rolloutUnits, type PlannedProcess, type StageEvent } from './history.js';
import { STAGES, type Label, type Stage } from './stages.js';

/** The state of the rollout at the end of one week, and what happened in it. */
export interface BurnupWeek {
  /** The ISO week, e.g. `2024-W05`. */
  week: string;
  /** Its Monday (`YYYY-MM-DD`). */
  start: string;
  /** Its Sunday (`YYYY-MM-DD`); the counts of the current week are those of `today`. */
  end: string;
  /** Processes live at the end of the week. */
  live: number;
  /** Processes in analysis, modelled, e-file configured or pilot. */
  inProgress: number;
  notStarted: number;
  notApplicable: number;
  /** All but not applicable: live + inProgress + notStarted. */
  inScope: number;
  /** Processes that moved to live in the week (a process counts each time it does). */
  becameLive: number;
  /** Processes that moved back from live to an earlier stage in the week. */
  wentBack: number;
  /** becameLive − wentBack: the net processes taken live in the week (may be negative). */
  throughput: number;
}

/** The burn-up of a set of processes. */
export interface Burnup {
  rule: Label;
  /** The processes counted (base process templates left out). */
  total: number;
  /** One row per week from the week of the first event to the week of `today`; none without events. */
  weeks: BurnupWeek[];
  /** `at` of the latest event that moved a process to live, if any. */
  lastLiveAt: string | null;
}

/** The counting rule of the burn-up. */
export const BURNUP_RULE: Label = {
  de:
    'Wochen nach ISO 8601, Montag 00:00 bis Sonntag 24:00 UTC, von der Woche des ersten Ereignisses bis zur ' +
    'Woche von heute. Je Woche der Stand am Wochenende (in der laufenden Woche: heute): live, in Arbeit ' +
    '(Ist-Aufnahme bis Pilot), nicht begonnen, nicht anwendbar; Prozesse ohne Ereignis gelten von Anfang an als ' +
    'nicht begonnen, Basisprozess-Vorlagen zählen nicht. Durchsatz = Wechsel nach live in der Woche minus ' +
    'Wechsel von live zurück auf eine frühere Stufe; ein Wechsel von live nach nicht anwendbar zählt in keinem ' +
    'von beiden, denn er verkleinert den Umfang, nicht den Rest.',
  en:
    'ISO 8601 weeks, Monday 00:00 to Sunday 24:00 UTC, from the week of the first event to the week of today. ' +
    'Per week the state at its end (in the current week: today): live, in progress (analysis to pilot), not ' +
    'started, not applicable; processes without an event count as not started from the start, base process ' +
    'templates do not count. Throughput = moves to live in the week minus moves from live back to an earlier ' +
    'stage; a move from live to not applicable counts in neither, since it shrinks the scope, not what remains.',
};

const INDEX = new Map<Stage, number>(STAGES.map((stage, i) => [stage, i]));
const NOT_STARTED = INDEX.get('not_started') ?? 0;
const LIVE = INDEX.get('live') ?? 5;
const NOT_APPLICABLE = INDEX.get('not_applicable') ?? 6;

/**
 * The weekly burn-up of `processes` from `events` ({@link BURNUP_RULE}). `today` is a day or an instant;
 * events after it are left out, as are events of processes not given.
 */
export function burnup(events: readonly StageEvent[], processes: readonly PlannedProcess[], today: string): Burnup {
  const units = rolloutUnits(processes);
  const index = new Map<string, number>();
  for (const process of units) if (!index.has(process.key)) index.set(process.key, index.size);
  const stage = new Uint8Array(index.size).fill(NOT_STARTED);
  const counts = new Int32Array(STAGES.length);
  counts[NOT_STARTED] = index.size;

  // One pass over the events, reading each once (they are scattered in memory, so every read counts):
  // the instant, the process's index and the target stage's index of each event that counts.
  const end = cutoffMs(today);
  const source: number[] = [];
  const instants: number[] = [];
  const seqs: number[] = [];
  const processOf: number[] = [];
  const targetOf: number[] = [];
  let sorted = true;
  let lastMs = -Infinity;
  let lastSeq = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as StageEvent;
    const p = index.get(event.processKey);
    const to = INDEX.get(event.to);
    if (p === undefined || to === undefined) continue;
    const ms = toMs(event.at);
    if (ms >= end) continue;
    if (ms < lastMs || (ms === lastMs && event.seq < lastSeq)) sorted = false;
    lastMs = ms;
    lastSeq = event.seq;
    source.push(i);
    instants.push(ms);
    seqs.push(event.seq);
    processOf.push(p);
    targetOf.push(to);
  }
  const n = instants.length;
  if (n === 0) return { rule: BURNUP_RULE, total: index.size, weeks: [], lastLiveAt: null };
  // Events usually come in order from the store; only sort (a permutation) when they do not.
  const order = Array.from({ length: n }, (_, j) => j);
  if (!sorted) sortByInstant(order, instants, seqs);

  const weeks: BurnupWeek[] = [];
  let lastLive = -1;
  let next = 0;
  const lastWeek = isoWeekStartMs(end - 1);
  for (let week = isoWeekStartMs(instants[order[0] as number] as number); week <= lastWeek; week += WEEK_MS) {
    let becameLive = 0;
    let wentBack = 0;
    const weekEnd = week + WEEK_MS;
    for (; next < n; next++) {
      const j = order[next] as number;
      if ((instants[j] as number) >= weekEnd) break;
      const p = processOf[j] as number;
      const from = stage[p] as number;
      const to = targetOf[j] as number;
      if (to === from) continue;
      if (to === LIVE) {
        becameLive++;
        lastLive = j;
      } else if (from === LIVE && to !== NOT_APPLICABLE) {
        wentBack++;
      }
      stage[p] = to;
      counts[from] = (counts[from] ?? 0) - 1;
      counts[to] = (counts[to] ?? 0) + 1;
    }
    const [notStarted = 0, analysis = 0, modelled = 0, configured = 0, pilot = 0, live = 0, notApplicable = 0] = counts;
    const inProgress = analysis + modelled + configured + pilot;
    weeks.push({
      week: isoWeekLabel(week),
      start: formatDay(week),
      end: formatDay(weekEnd - DAY_MS),
      live,
      inProgress,
      notStarted,
      notApplicable,
      inScope: live + inProgress + notStarted,
      becameLive,
      wentBack,
      throughput: becameLive - wentBack,
    });
  }
  const lastLiveAt = lastLive < 0 ? null : (events[source[lastLive] as number] as StageEvent).at;
  return { rule: BURNUP_RULE, total: index.size, weeks, lastLiveAt };
}

/**
 * Sorts `order` (indexes into `ms` and `seqs`) by instant, then seq: first into weeks by a counting
 * sort, then each week on its own, which is much faster than one sort of everything.
 */
function sortByInstant(order: number[], ms: readonly number[], seqs: readonly number[]): void {
  const n = ms.length;
  let min = Infinity;
  let max = -Infinity;
  for (const m of ms) {
    if (m < min) min = m;
    if (m > max) max = m;
  }
  const first = isoWeekStartMs(min);
  const buckets = Math.floor((max - first) / WEEK_MS) + 1;
  const starts = new Int32Array(buckets + 1);
  const weekOf = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const w = Math.floor(((ms[j] as number) - first) / WEEK_MS);
    weekOf[j] = w;
    starts[w + 1] = (starts[w + 1] ?? 0) + 1;
  }
  for (let w = 0; w < buckets; w++) starts[w + 1] = (starts[w + 1] ?? 0) + (starts[w] ?? 0);
  const fill = starts.slice(0, buckets);
  for (let j = 0; j < n; j++) {
    const w = weekOf[j] as number;
    order[fill[w] as number] = j;
    fill[w] = (fill[w] as number) + 1;
  }
  const compare = (a: number, b: number) =>
    (ms[a] as number) - (ms[b] as number) || (seqs[a] as number) - (seqs[b] as number);
  for (let w = 0; w < buckets; w++) {
    const from = starts[w] as number;
    const to = starts[w + 1] as number;
    if (to - from > 1) {
      const week = order.slice(from, to).sort(compare);
      for (let k = 0; k < week.length; k++) order[from + k] = week[k] as number;
    }
  }
}
