/**
 * The rollout state in memory: every stage event, each process's timeline and its current stage, for
 * one database connection.
 *
 * Why in memory: the dashboard aggregates the whole history (100 000 events at the city's scale) on
 * every request, within 300 ms; FerretDB 1.24 scans and decodes a collection for any query but an
 * exact `{_id}` (seconds at that size), and even MongoDB needs longer than that to ship 100 000
 * documents. So, like the catalogue's process list (processListCache.ts), the state is read with one
 * scan at first use and then kept current by the write path of this server process, which calls
 * {@link RolloutState.recorded} after every event it stored. The current stage is never stored: it is
 * derived from the history (`currentStages` of the domain), here and in the consistency check.
 *
 * Assumption: one server process per database. A second server's appends are not seen here until
 * {@link invalidateRolloutState} (or a restart); its writes cannot be lost or interleaved, though: an
 * append whose seq another server took fails on the unique `_id`, and that process's tail is then read
 * again (by exact `_id`) before the client is told its view was stale. The consistency check
 * (GET /rollout/consistency) compares this state with the database.
 */
import type { Connection, Model } from 'mongoose';
import { instantKey } from '../domain/calendar.js';
import { currentStages, type ProcessState } from '../domain/history.js';
import type { Stage, SupportLevel } from '../domain/stages.js';
import {
  fromStageEventDoc,
  stageEventId,
  stageEventModel,
  type RecordedEvent,
  type StageEventDoc,
} from './stageEvent.model.js';

/** The current stage of one process; a process without events is not started, with seq 0. */
export interface CurrentStage {
  stage: Stage;
  /** The support level of the latest event; null without events. */
  support: SupportLevel | null;
  /** `at` of the latest event; null without events. */
  at: string | null;
  /** The latest event's seq (the process's ETag); 0 without events. */
  seq: number;
}

/**
 * What other parts of the planner (waves, problems, status reports, exports) read of the rollout
 * state: current stages and the history, never a copy they would have to keep in step.
 */
export interface RolloutStateReader {
  /** The current stage of a process (not started when it has no events). */
  current(processKey: string): Promise<CurrentStage>;
  /** The current state of every process that has events, by process key. Do not change it. */
  all(): Promise<ReadonlyMap<string, ProcessState>>;
  /** Every event, ordered by `at` then `seq`, for burn-ups and forecasts. Do not change it. */
  events(): Promise<readonly RecordedEvent[]>;
}

/** The loaded state: the events in two orders and the current stages derived from them. */
class Snapshot {
  /** Every event, ordered by `at` (canonical ISO strings compare as instants) then `seq`. */
  readonly events: RecordedEvent[];
  /** Each process's events by seq (seq n at index n − 1). */
  readonly byProcess = new Map<string, RecordedEvent[]>();
  readonly states: Map<string, ProcessState>;

  constructor(events: RecordedEvent[]) {
    this.events = events.sort(compareRecorded);
    for (const event of this.events) {
      let list = this.byProcess.get(event.processKey);
      if (!list) this.byProcess.set(event.processKey, (list = []));
      list.push(event);
    }
    for (const list of this.byProcess.values()) list.sort((a, b) => a.seq - b.seq);
    this.states = currentStages(this.events);
  }

  /**
   * Takes in an event stored after the snapshot was read. Answers false when it does not follow the
   * process's last known event (a gap: events of another writer are missing), so the caller reloads.
   */
  add(event: RecordedEvent): boolean {
    let list = this.byProcess.get(event.processKey);
    if (!list) this.byProcess.set(event.processKey, (list = []));
    if (event.seq <= list.length) return true; // known already (read by the scan that built this snapshot)
    if (event.seq !== list.length + 1) return false;
    list.push(event);
    this.events.splice(insertionPoint(this.events, event), 0, event);
    const state = this.states.get(event.processKey);
    if (!state || compareRecorded(event, { at: state.since, seq: state.seq }) > 0) {
      this.states.set(event.processKey, {
        processKey: event.processKey,
        department: event.department,
        stage: event.to,
        support: event.support,
        since: event.at,
        seq: event.seq,
      });
    }
    return true;
  }
}

function compareRecorded(a: { at: string; seq: number }, b: { at: string; seq: number }): number {
  const ka = instantKey(a.at);
  const kb = instantKey(b.at);
  return ka < kb ? -1 : ka > kb ? 1 : a.seq - b.seq;
}

/** Where `event` goes in `events` (sorted by compareRecorded): after every event not later than it. */
function insertionPoint(events: readonly RecordedEvent[], event: RecordedEvent): number {
  let low = 0;
  let high = events.length;
  // Appends of "now" go last: check the end first.
  if (high === 0 || compareRecorded(events[high - 1] as RecordedEvent, event) <= 0) return high;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareRecorded(events[mid] as RecordedEvent, event) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The rollout state of one connection (see the module comment). */
export class RolloutState implements RolloutStateReader {
  private data: Snapshot | undefined;
  private loading: Promise<void> | undefined;
  /** Bumped by invalidate(): a scan started before it is thrown away. */
  private generation = 0;
  /** Events recorded while a scan runs (the scan may or may not have seen them). */
  private recordedDuringLoad: RecordedEvent[] = [];
  private changes = 0;

  constructor(private readonly model: Model<StageEventDoc>) {}

  /** A number that changes with every change of the state (for callers that memoise derived figures). */
  get version(): number {
    return this.changes;
  }

  async current(processKey: string): Promise<CurrentStage> {
    const state = (await this.snapshot()).states.get(processKey);
    return state
      ? { stage: state.stage, support: state.support, at: state.since, seq: state.seq }
      : { stage: 'not_started', support: null, at: null, seq: 0 };
  }

  async all(): Promise<ReadonlyMap<string, ProcessState>> {
    return (await this.snapshot()).states;
  }

  async events(): Promise<readonly RecordedEvent[]> {
    return (await this.snapshot()).events;
  }

  /** One process's events, oldest first (by seq). Do not change it. */
  async timeline(processKey: string): Promise<readonly RecordedEvent[]> {
    return (await this.snapshot()).byProcess.get(processKey) ?? [];
  }

  /** Counts of what is held: events and processes with events. */
  async totals(): Promise<{ events: number; processes: number }> {
    const snapshot = await this.snapshot();
    return { events: snapshot.events.length, processes: snapshot.byProcess.size };
  }

  /** Takes in events this server process has just stored (the write path calls it after each insert). */
  recorded(events: readonly RecordedEvent[]): void {
    if (events.length === 0) return;
    this.changes++;
    if (this.loading) this.recordedDuringLoad.push(...events);
    if (!this.data) return;
    for (const event of events) {
      if (!this.data.add(event)) {
        this.invalidate();
        return;
      }
    }
  }

  /**
   * Reads again, by exact `_id`, the events of a process that follow the last one known here: after
   * an append found its seq taken (by another server on the same database).
   */
  async refreshProcess(processKey: string): Promise<void> {
    const snapshot = await this.snapshot();
    let seq = (snapshot.byProcess.get(processKey)?.length ?? 0) + 1;
    const found: RecordedEvent[] = [];
    for (;;) {
      const doc = await this.model
        .findOne({ _id: stageEventId(processKey, seq) })
        .lean<StageEventDoc>()
        .exec();
      if (!doc) break;
      found.push(fromStageEventDoc(doc));
      seq++;
    }
    this.recorded(found);
  }

  /** Forgets everything; the next read scans the collection again. */
  invalidate(): void {
    this.generation++;
    this.changes++;
    this.data = undefined;
  }

  private async snapshot(): Promise<Snapshot> {
    while (!this.data) {
      this.loading ??= this.load().finally(() => {
        this.loading = undefined;
      });
      await this.loading;
    }
    return this.data;
  }

  private async load(): Promise<void> {
    const generation = this.generation;
    this.recordedDuringLoad = [];
    const docs = await this.model.find({}).lean<StageEventDoc[]>().exec();
    if (generation !== this.generation) return; // invalidated meanwhile: the caller scans again
    const snapshot = new Snapshot(docs.map(fromStageEventDoc));
    const late = this.recordedDuringLoad.sort((a, b) => a.seq - b.seq);
    this.recordedDuringLoad = [];
    for (const event of late) {
      if (!snapshot.add(event)) return; // a gap: scan again
    }
    this.data = snapshot;
  }
}

const states = new WeakMap<Connection, RolloutState>();

/** The rollout state of a connection (created on first use; its first read scans the collection). */
export function rolloutState(connection: Connection): RolloutState {
  let state = states.get(connection);
  if (!state) {
    state = new RolloutState(stageEventModel(connection));
    states.set(connection, state);
  }
  return state;
}

/**
 * After writes to `stage_events` that bypass the write path of this server process (the seed, a
 * restore, another server, a test emptying the database): forget the state, so the next read scans.
 */
export function invalidateRolloutState(connection: Connection): void {
  states.get(connection)?.invalidate();
}
