/**
 * The check that the current stages kept in memory and the history in the database never disagree:
 * the current stage of every process is derived from the stored events again (`currentStages`) and
 * compared with memory, and each process's stored history is checked on its own (seq 1, 2, 3 … under
 * the `_id` that encodes it, `at` never going back, each event starting where the previous ended and
 * a valid transition).
 */
import type { RolloutConsistency } from '@efile/schemas';
import { currentStages, validateHistory, type HistoryIssue, type ProcessState } from '../domain/history.js';
import { fromStageEventDoc, stageEventId, type StageEventDoc } from './stageEvent.model.js';

type StateView = NonNullable<RolloutConsistency['mismatches'][number]['database']>;

function view(state: ProcessState | undefined): StateView | null {
  return state ? { stage: state.stage, support: state.support, since: state.since, seq: state.seq } : null;
}

function same(a: StateView | null, b: StateView | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.stage === b.stage && a.support === b.support && a.seq === b.seq && Date.parse(a.since) === Date.parse(b.since)
  );
}

/** The processes whose current state differs between the two maps, by key. */
export function compareStates(
  database: ReadonlyMap<string, ProcessState>,
  memory: ReadonlyMap<string, ProcessState>,
): RolloutConsistency['mismatches'] {
  const keys = new Set([...database.keys(), ...memory.keys()]);
  const mismatches: RolloutConsistency['mismatches'] = [];
  for (const processKey of [...keys].sort()) {
    const inDatabase = view(database.get(processKey));
    const inMemory = view(memory.get(processKey));
    if (!same(inDatabase, inMemory)) mismatches.push({ processKey, database: inDatabase, memory: inMemory });
  }
  return mismatches;
}

/**
 * The problems of a stored history, process by process: seq numbering and `_id`, `at` order, and the
 * domain's `validateHistory` (chain of `from`s, transitions with reasons) on each process's events.
 */
export function historyIssues(docs: readonly StageEventDoc[]): HistoryIssue[] {
  const byProcess = new Map<string, StageEventDoc[]>();
  for (const doc of docs) {
    let list = byProcess.get(doc.processKey);
    if (!list) byProcess.set(doc.processKey, (list = []));
    list.push(doc);
  }
  const issues: HistoryIssue[] = [];
  for (const processKey of [...byProcess.keys()].sort()) {
    const list = (byProcess.get(processKey) ?? []).sort((a, b) => a.seq - b.seq);
    list.forEach((doc, i) => {
      const issue = (field: string, message: string) => issues.push({ processKey, seq: doc.seq, field, message });
      if (doc.seq !== i + 1) issue('/seq', `must be ${i + 1}: the events of a process are numbered 1, 2, 3 …`);
      if (doc._id !== stageEventId(processKey, doc.seq)) issue('/_id', `must be ${stageEventId(processKey, doc.seq)}`);
      const previous = list[i - 1];
      if (previous && doc.at.getTime() < previous.at.getTime()) {
        issue('/at', `must not be before the previous event (seq ${previous.seq})`);
      }
    });
    issues.push(...validateHistory(list.map(fromStageEventDoc)));
  }
  return issues;
}

/** The whole check, from the stored events and the state in memory. */
export function checkConsistency(
  docs: readonly StageEventDoc[],
  memory: { states: ReadonlyMap<string, ProcessState>; events: number },
): Omit<RolloutConsistency, 'checkedAt' | 'ms'> {
  const database = currentStages(docs.map(fromStageEventDoc));
  const mismatches = compareStates(database, memory.states);
  const issues = historyIssues(docs);
  return {
    consistent: mismatches.length === 0 && issues.length === 0 && docs.length === memory.events,
    database: { events: docs.length, processes: database.size },
    memory: { events: memory.events, processes: memory.states.size },
    mismatches,
    historyIssues: issues,
  };
}
