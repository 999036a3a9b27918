/**
 * The rollout history: an append-only list of stage events, from which the current stage of every
 * process, and its stage on any past date, are derived.
 */
import { cutoffMs, instantKey, msKey, toMs } from './calendar.js';
import { checkTransition, isStage, isSupportLevel, type Stage, type SupportLevel } from './stages.js';

/** One change of stage of one process. Events are never changed or deleted, only appended. */
export interface StageEvent {
  processKey: string;
  /** The department (Amt) code of the process. */
  department: string;
  /** When the change happened, an ISO 8601 UTC instant. */
  at: string;
  from: Stage;
  to: Stage;
  /** The support level the change was made with. */
  support: SupportLevel;
  /** The account id of who made the change (names live in accounts only). */
  actorId: string;
  note?: string;
  /** Why: required when moving backwards or to or from `not_applicable`. */
  reason?: string;
  /** A number increasing in the order events were recorded; orders events with the same `at`. */
  seq: number;
}

/** A process of the catalogue, as far as the planner needs it. */
export interface PlannedProcess {
  key: string;
  /** The department (Amt) code. */
  department: string;
  /**
   * `base`: a base process template of central IT, which is rolled out through the departments'
   * variants and therefore never counted itself; `department` (the default): a department's process or
   * variant.
   */
  kind?: 'base' | 'department';
  /** For a variant: the key of the base process it adopted. */
  baseProcess?: string;
  /** The process group, e.g. "Finanzen". */
  group?: string;
  /** Cases per year (Fallzahl), the weight for weighted coverage. */
  annualCaseVolume?: number | null;
}

/** The derived state of one process: the outcome of its latest event. */
export interface ProcessState {
  processKey: string;
  department: string;
  stage: Stage;
  /** The support level of the latest event (for a live process: the event that made it live). */
  support: SupportLevel;
  /** `at` of the latest event. */
  since: string;
  /** `seq` of the latest event. */
  seq: number;
}

/** The stage of one process at a point in time; processes without an event are not started. */
export interface ProcessSnapshot {
  process: PlannedProcess;
  stage: Stage;
  support: SupportLevel | null;
  since: string | null;
}

/** A problem found by {@link validateHistory}. */
export interface HistoryIssue {
  processKey: string;
  seq: number;
  /** JSON pointer of the offending field of the event. */
  field: string;
  message: string;
}

/** Orders events by `at` (as instants, whatever their offset), then by `seq`. */
export function compareEvents(a: StageEvent, b: StageEvent): number {
  return toMs(a.at) - toMs(b.at) || a.seq - b.seq;
}

/** The events ordered by `at` (as instants) then `seq`, as a new array; the input is not changed. */
export function sortEvents(events: readonly StageEvent[]): StageEvent[] {
  const entries = events.map((event) => ({ event, key: instantKey(event.at) }));
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.event.seq - b.event.seq));
  return entries.map((e) => e.event);
}

/**
 * The current state of every process that has events: the stage its latest event (by `at`, then
 * `seq`) moved it to. The chain of `from`s is not consulted (see {@link validateHistory}).
 */
export function currentStages(events: readonly StageEvent[]): Map<string, ProcessState> {
  return latestStates(events, Infinity);
}

/**
 * The state of every process that had events by `date`: a day (`YYYY-MM-DD`, the state at the end of
 * that UTC day) or an instant (events at exactly that instant count).
 */
export function stageAt(events: readonly StageEvent[], date: string): Map<string, ProcessState> {
  return latestStates(events, cutoffMs(date));
}

function latestStates(events: readonly StageEvent[], before: number): Map<string, ProcessState> {
  const limit = before === Infinity ? null : msKey(before);
  // process key → its latest event so far, with that event's instant key
  const latest = new Map<string, { event: StageEvent; key: string }>();
  for (const event of events) {
    const key = instantKey(event.at);
    if (limit !== null && key >= limit) continue;
    const known = latest.get(event.processKey);
    if (known === undefined) {
      latest.set(event.processKey, { event, key });
    } else if (key > known.key || (key === known.key && event.seq > known.event.seq)) {
      known.event = event;
      known.key = key;
    }
  }
  const states = new Map<string, ProcessState>();
  for (const [processKey, { event }] of latest) {
    states.set(processKey, {
      processKey,
      department: event.department,
      stage: event.to,
      support: event.support,
      since: event.at,
      seq: event.seq,
    });
  }
  return states;
}

/**
 * Every given process with its stage on `date` (a day: at its end; or an instant). A process without
 * an event by then is `not_started`, with no support level. Events of processes not given are ignored.
 */
export function snapshotAt(
  events: readonly StageEvent[],
  processes: readonly PlannedProcess[],
  date: string,
): ProcessSnapshot[] {
  const states = stageAt(events, date);
  return processes.map((process) => {
    const state = states.get(process.key);
    return state
      ? { process, stage: state.stage, support: state.support, since: state.since }
      : { process, stage: 'not_started', support: null, since: null };
  });
}

/** The processes that are rolled out and counted: all but base process templates. */
export function rolloutUnits<P extends PlannedProcess>(processes: readonly P[]): P[] {
  return processes.filter((p) => p.kind !== 'base');
}

/**
 * Checks that a history is consistent. Per process, in the order of `at` then `seq`: the first event
 * starts from `not_started`, each later event starts from the stage the previous one moved to, and each
 * event is a valid transition ({@link checkTransition}: backwards and to or from not applicable with a
 * reason). Also: `seq` is unique, support levels are known, `at` is a UTC instant. Returns the problems
 * found (first those of single events, then those of the chains in history order); none means consistent.
 */
export function validateHistory(events: readonly StageEvent[]): HistoryIssue[] {
  const issues: HistoryIssue[] = [];
  const valid: Array<{ event: StageEvent; ms: number }> = [];
  const seqs = new Set<number>();
  for (const event of events) {
    const issue = (field: string, message: string) =>
      issues.push({ processKey: event.processKey, seq: event.seq, field, message });
    if (seqs.has(event.seq)) issue('/seq', 'is used by another event');
    seqs.add(event.seq);
    if (!isSupportLevel(event.support)) issue('/support', 'is not a support level');
    let ms: number;
    try {
      ms = toMs(event.at);
    } catch {
      issue('/at', 'must be an ISO 8601 instant with Z or an offset');
      continue;
    }
    valid.push({ event, ms });
  }
  valid.sort((a, b) => a.ms - b.ms || a.event.seq - b.event.seq);

  const previous = new Map<string, Stage>();
  for (const { event } of valid) {
    const issue = (field: string, message: string) =>
      issues.push({ processKey: event.processKey, seq: event.seq, field, message });
    const expected = previous.get(event.processKey) ?? 'not_started';
    if (isStage(event.to)) previous.set(event.processKey, event.to);
    if (event.from !== expected) {
      issue('/from', `must be ${expected}, the stage the previous event moved to`);
      continue;
    }
    const check = checkTransition(event.from, event.to, { reason: event.reason });
    if (!check.ok) for (const error of check.errors) issue(error.field, error.message);
  }
  return issues;
}
