/**
 * The rules of the rollout history:
 * - a process's stage changes only by appending an event; events are never changed or deleted;
 * - the current stage is derived from the events (domain `currentStages`), never stored;
 * - a change names the latest event its author saw (If-Match: the seq, "0" for none): 412 otherwise;
 * - a change is a valid transition (domain `checkTransition`): going back, to not applicable or back
 *   into scope needs a reason; `at` is not in the future and not before the process's previous event;
 * - base processes are not rolled out themselves (their departments' variants are): 409;
 * - archived processes are not changed: 409;
 * - writes go through the caller's scope for `rollout:write` (admin everywhere, consultant and modeller
 *   in their departments); reads through `rollout:read` (a manager limited to departments sees only those).
 */
import {
  ConflictError,
  decide,
  ForbiddenError,
  NotFoundError,
  PreconditionFailedError,
  UnprocessableError,
  type ImportFile,
  type Scope,
} from '@efile/catalogue';
import type {
  FieldError,
  RolloutConsistency,
  RolloutEvent,
  RolloutEventCreate,
  RolloutHistoryImportReport,
  RolloutProcessState,
  RolloutStageChange,
  RolloutStageChangeReport,
} from '@efile/schemas';
import { checkTransition, type Stage, type SupportLevel } from '../domain/stages.js';
import { parseHistoryCsv, type HistoryRow } from './historyCsv.js';
import { checkConsistency } from './rolloutConsistency.js';
import type { CatalogueProcess, RolloutRepository } from './rollout.repository.js';
import type { CurrentStage, RolloutState } from './rolloutState.js';
import { toStageEventDoc, type RecordedEvent } from './stageEvent.model.js';

/** The outcome of a history import: the report, and whether it was recorded, rejected or met a conflict. */
export interface HistoryImportOutcome {
  status: 'recorded' | 'rejected' | 'conflict';
  report: RolloutHistoryImportReport;
}

/** What a change asks for. */
interface Change {
  to: Stage;
  support: SupportLevel;
  note?: string | undefined;
  reason?: string | undefined;
}

/** A text as stored: trimmed, and absent when empty. */
function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The API shape of a recorded event. */
export function toRolloutEvent(event: RecordedEvent): RolloutEvent {
  return {
    processKey: event.processKey,
    department: event.department,
    seq: event.seq,
    at: event.at,
    from: event.from,
    to: event.to,
    support: event.support,
    actorId: event.actorId,
    ...(event.note !== undefined ? { note: event.note } : {}),
    ...(event.reason !== undefined ? { reason: event.reason } : {}),
    recordedAt: event.recordedAt,
  };
}

/**
 * The problems of a change from the process's current stage at `at` (now is `now`): the transition
 * rule of the domain, and `at` neither in the future nor before the previous event. Fields are JSON
 * pointers of the request body.
 */
export function changeErrors(current: CurrentStage, change: Change, at: string, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const check = checkTransition(current.stage, change.to, { reason: change.reason ?? null });
  if (!check.ok) for (const e of check.errors) errors.push({ in: 'body', field: e.field, message: e.message });
  if (Date.parse(at) > now.getTime()) {
    errors.push({ in: 'body', field: '/at', message: `must not be in the future (now is ${now.toISOString()})` });
  }
  if (current.at !== null && Date.parse(at) < Date.parse(current.at)) {
    errors.push({
      in: 'body',
      field: '/at',
      message: `must not be before the process's previous event (seq ${current.seq} at ${current.at})`,
    });
  }
  return errors;
}

export class RolloutService {
  constructor(
    private readonly state: RolloutState,
    private readonly repository: RolloutRepository,
    private readonly now: () => Date,
  ) {}

  /** The current stage of a process the caller may read. */
  async get(scope: Scope, key: string): Promise<RolloutProcessState> {
    const process = await this.readable(scope, key);
    const current = await this.state.current(key);
    return {
      processKey: process.key,
      name: process.name,
      department: process.department,
      kind: process.kind,
      ...(process.baseProcess !== undefined ? { baseProcess: process.baseProcess } : {}),
      ...(process.group !== undefined ? { group: process.group } : {}),
      archived: process.archived,
      stage: current.stage,
      support: current.support,
      since: current.at,
      events: current.seq,
    };
  }

  /** The timeline of a process the caller may read, oldest first, and its latest seq. */
  async timeline(scope: Scope, key: string): Promise<{ items: RolloutEvent[]; seq: number }> {
    await this.readable(scope, key);
    const events = await this.state.timeline(key);
    return { items: events.map(toRolloutEvent), seq: events.length };
  }

  /**
   * Records a change of stage of one process, if its latest event is still `expectedSeq`. Throws
   * 404/403 (scope), 409 (base or archived process), 412 (stale) or 422 (invalid change).
   */
  async record(scope: Scope, key: string, expectedSeq: number, input: RolloutEventCreate): Promise<RolloutEvent> {
    const process = await this.writable(scope, key);
    const current = await this.state.current(key);
    if (current.seq !== expectedSeq) throw this.stale(key, current.seq, expectedSeq);
    const now = this.now();
    const at = input.at === undefined ? now.toISOString() : new Date(Date.parse(input.at)).toISOString();
    const change: Change = { to: input.to, support: input.support, note: text(input.note), reason: text(input.reason) };
    const errors = changeErrors(current, change, at, now);
    if (errors.length > 0) throw new UnprocessableError(`The change of process ${key} is not valid.`, errors);
    const event = this.event(scope, process, current, change, at, now);
    if (!(await this.repository.appendOne(toStageEventDoc(event, now)))) {
      // Another server appended this seq first: learn its events, then tell the client.
      await this.state.refreshProcess(key);
      throw this.stale(key, (await this.state.current(key)).seq, expectedSeq);
    }
    this.state.recorded([event]);
    return toRolloutEvent(event);
  }

  /**
   * Applies one change to many processes, each checked on its own (report per item, 200). When any
   * item is outside the caller's departments, nothing is applied: 403 naming every such item (one
   * answer, one audit record of the denial, rather than a partly applied request).
   */
  async changeStages(scope: Scope, input: RolloutStageChange): Promise<RolloutStageChangeReport> {
    const keys = [...new Set(input.items.map((i) => i.processKey))];
    const processes = await this.repository.processesByKey(keys);
    this.refuseOutOfScope(
      scope,
      input.items.map((item, i) => ({
        process: processes.get(item.processKey),
        at: { in: 'body', field: `/items/${i}/processKey` },
      })),
    );

    const now = this.now();
    const at = now.toISOString();
    const change: Change = { to: input.to, support: input.support, note: text(input.note), reason: text(input.reason) };
    const items: RolloutStageChangeReport['items'] = [];
    const pending: Array<{ index: number; event: RecordedEvent }> = [];
    const seen = new Set<string>();
    for (const item of input.items) {
      const { processKey } = item;
      const reject = (
        reason: NonNullable<RolloutStageChangeReport['items'][number]['reason']>,
        message: string,
        errors?: FieldError[],
      ) => items.push({ processKey, status: 'rejected', reason, message, ...(errors ? { errors } : {}) });
      if (seen.has(processKey)) {
        reject('duplicate', `Process ${processKey} is named more than once; only its first item is applied.`);
        continue;
      }
      seen.add(processKey);
      const process = processes.get(processKey);
      if (!process || decide(scope.principal, scope.action, process) === 'hide') {
        reject('not_found', `Process ${processKey} does not exist.`);
      } else if (process.kind === 'base') {
        reject('base_process', baseMessage(processKey));
      } else if (process.archived) {
        reject('archived', archivedMessage(processKey));
      } else {
        const current = await this.state.current(processKey);
        if (item.expectedSeq !== undefined && item.expectedSeq !== current.seq) {
          reject('stale', staleMessage(processKey, current.seq, item.expectedSeq));
          continue;
        }
        const errors = changeErrors(current, change, at, now);
        if (errors.length > 0) {
          reject('invalid_transition', `The change of process ${processKey} is not valid.`, errors);
          continue;
        }
        pending.push({ index: items.length, event: this.event(scope, process, current, change, at, now) });
        items.push({ processKey, status: 'applied' });
      }
    }

    const outcome = await this.repository.appendIndependent(pending.map((p) => toStageEventDoc(p.event, now)));
    this.state.recorded(outcome.stored.map((i) => pending[i]!.event));
    for (const i of outcome.stored) items[pending[i]!.index]!.event = toRolloutEvent(pending[i]!.event);
    for (const i of outcome.taken) {
      const { index, event } = pending[i]!;
      await this.state.refreshProcess(event.processKey);
      items[index] = {
        processKey: event.processKey,
        status: 'rejected',
        reason: 'stale',
        message: `Another change of process ${event.processKey} was recorded first; reload it and apply your change again.`,
      };
    }
    const applied = items.filter((i) => i.status === 'applied').length;
    return { applied, rejected: items.length - applied, items };
  }

  /**
   * Imports a history file (see historyCsv.ts): every row is checked against the process's recorded
   * history and the rows before it, in file order per process. All or nothing: any invalid row records
   * nothing (`rejected`); a dry run only reports. Rows of processes outside the caller's departments:
   * 403, nothing recorded. When another writer appends to a process between the check and the write,
   * that process's rows are not recorded, the other processes' are (`conflict`, 409 with the report).
   */
  async importHistory(
    scope: Scope,
    file: Pick<ImportFile, 'bytes' | 'charset'>,
    options: { dryRun: boolean },
  ): Promise<HistoryImportOutcome> {
    const parsed = parseHistoryCsv(file.bytes, file.charset);
    const keys = [...new Set(parsed.rows.flatMap((r) => (r.processKey ? [r.processKey] : [])))];
    const processes = await this.repository.processesByKey(keys);
    this.refuseOutOfScope(
      scope,
      parsed.rows.map((row) => ({
        process: row.processKey ? processes.get(row.processKey) : undefined,
        at: { in: 'row', row: row.row, field: 'processKey' },
      })),
    );

    const now = this.now();
    const checked = parsed.errors.length > 0 ? [] : await this.checkRows(scope, parsed.rows, processes, now);
    const valid = new Map(checked.map((c) => [c.row, c.event]));
    const errors = [...parsed.errors, ...parsed.rows.flatMap((r) => r.errors)];
    const rejected = parsed.rows.filter((r) => r.errors.length > 0).length;
    const report: RolloutHistoryImportReport = {
      dryRun: options.dryRun,
      encoding: parsed.encoding,
      separator: parsed.separator,
      rows: parsed.rows.length,
      recorded: 0,
      rejected,
      processes: new Set(checked.map((c) => c.event.processKey)).size,
      items: parsed.rows.map((row) => {
        const event = valid.get(row.row);
        return {
          row: row.row,
          ...(row.processKey !== undefined ? { processKey: row.processKey } : {}),
          status: row.errors.length === 0 && parsed.errors.length === 0 ? 'valid' : 'rejected',
          ...(event && row.errors.length === 0 ? { seq: event.seq } : {}),
        };
      }),
      errors,
    };
    if (errors.length > 0) return { status: 'rejected', report: { ...report, processes: 0 } };
    if (options.dryRun) return { status: 'recorded', report: { ...report, recorded: checked.length } };

    // Each process's events in seq order, processes one after the other: a process's append stops at the
    // first seq another writer took, so what is stored of a process is always a prefix of its rows.
    const ordered = [...checked].sort((a, b) =>
      a.event.processKey === b.event.processKey
        ? a.event.seq - b.event.seq
        : a.event.processKey < b.event.processKey
          ? -1
          : 1,
    );
    const outcome = await this.repository.appendInOrder(ordered.map((c) => toStageEventDoc(c.event, now)));
    this.state.recorded(outcome.stored.map((i) => ordered[i]!.event));
    if (outcome.taken.length === 0) return { status: 'recorded', report: { ...report, recorded: ordered.length } };

    const notRecorded = outcome.taken.map((i) => ordered[i]!);
    for (const key of new Set(notRecorded.map((c) => c.event.processKey))) await this.state.refreshProcess(key);
    const unrecorded = new Set(notRecorded.map((c) => c.row));
    return {
      status: 'conflict',
      report: {
        ...report,
        recorded: outcome.stored.length,
        rejected: unrecorded.size,
        items: report.items.map((item) =>
          unrecorded.has(item.row)
            ? {
                row: item.row,
                ...(item.processKey !== undefined ? { processKey: item.processKey } : {}),
                status: 'rejected' as const,
              }
            : item,
        ),
        errors: notRecorded.map((c) => ({
          in: 'row' as const,
          row: c.row,
          field: 'processKey',
          message: `not recorded: another change of ${c.event.processKey} was recorded while the file was imported`,
        })),
      },
    };
  }

  /** Recomputes the current stages from the database and compares them with memory. */
  async consistency(): Promise<RolloutConsistency> {
    const started = performance.now();
    let result: Omit<RolloutConsistency, 'checkedAt' | 'ms'>;
    for (let attempt = 0; ; attempt++) {
      const before = this.state.version;
      const docs = await this.repository.allEvents();
      const memory = { states: await this.state.all(), events: (await this.state.totals()).events };
      result = checkConsistency(docs, memory);
      // A write between the scan and the look at memory is no disagreement: check once more.
      if (result.consistent || attempt === 1 || this.state.version === before) break;
    }
    return { checkedAt: this.now().toISOString(), ...result, ms: Math.round(performance.now() - started) };
  }

  /**
   * Checks the rows of a history file in file order, chaining each process's rows from its recorded
   * history; adds errors to the rows and answers the events of the valid ones.
   */
  private async checkRows(
    scope: Scope,
    rows: HistoryRow[],
    processes: ReadonlyMap<string, CatalogueProcess>,
    now: Date,
  ): Promise<Array<{ row: number; event: RecordedEvent }>> {
    const chains = new Map<string, CurrentStage>();
    const lastRow = new Map<string, number>();
    const events: Array<{ row: number; event: RecordedEvent }> = [];
    for (const row of rows) {
      const key = row.processKey;
      if (key === undefined) continue;
      const error = (field: string, message: string) => row.errors.push({ in: 'row', row: row.row, field, message });
      const process = processes.get(key);
      if (!process || decide(scope.principal, scope.action, process) === 'hide') {
        error('processKey', `names no process (${key})`);
        continue;
      }
      if (process.kind === 'base') {
        error('processKey', baseMessage(key));
        continue;
      }
      if (process.archived) {
        error('processKey', archivedMessage(key));
        continue;
      }
      if (row.to === undefined || row.at === undefined || row.support === undefined) continue;
      const current = chains.get(key) ?? (await this.state.current(key));
      const change: Change = { to: row.to, support: row.support, note: row.note, reason: row.reason };
      for (const e of changeErrors(current, change, row.at, now)) {
        const field = e.field.replace(/^\//, '');
        const previous = lastRow.get(key);
        const message =
          field === 'at' && previous !== undefined && e.message.startsWith('must not be before')
            ? `must not be before the date of row ${previous} of the same process (${current.at})`
            : e.message;
        error(field, message);
      }
      const event = this.event(scope, process, current, change, row.at, now);
      if (row.errors.length === 0) events.push({ row: row.row, event });
      // Later rows of the process are checked as if this one were corrected (keeping the previous date
      // when this row's date is the problem, so that one wrong date is reported once).
      const badDate = row.errors.some((e) => e.field === 'at');
      chains.set(key, { stage: row.to, support: row.support, at: badDate ? current.at : row.at, seq: current.seq + 1 });
      lastRow.set(key, row.row);
    }
    return events;
  }

  /** The event that makes `change` to `process` from `current`, by the scope's actor. */
  private event(
    scope: Scope,
    process: CatalogueProcess,
    current: CurrentStage,
    change: Change,
    at: string,
    now: Date,
  ): RecordedEvent {
    return {
      processKey: process.key,
      department: process.department,
      at,
      from: current.stage,
      to: change.to,
      support: change.support,
      actorId: scope.actorId,
      ...(change.note !== undefined ? { note: change.note } : {}),
      ...(change.reason !== undefined ? { reason: change.reason } : {}),
      seq: current.seq + 1,
      recordedAt: now.toISOString(),
    };
  }

  /** A process the caller may read: 404 when it does not exist or is hidden from them. */
  private async readable(scope: Scope, key: string): Promise<CatalogueProcess> {
    const process = await this.repository.process(key);
    if (!process) throw new NotFoundError(`Process ${key} does not exist.`);
    scope.check(process, `Process ${key}`);
    return process;
  }

  /** A process whose stage the caller may change: exists (404), is rolled out (409), in scope (403), not archived (409). */
  private async writable(scope: Scope, key: string): Promise<CatalogueProcess> {
    const process = await this.repository.process(key);
    if (!process || decide(scope.principal, scope.action, process) === 'hide') {
      if (process) scope.check(process, `Process ${key}`);
      throw new NotFoundError(`Process ${key} does not exist.`);
    }
    if (process.kind === 'base') throw new ConflictError(baseMessage(key));
    scope.check(process, `Process ${key}`);
    if (process.archived) throw new ConflictError(archivedMessage(key));
    return process;
  }

  /**
   * 403 for the whole request when any of the named processes is outside the caller's departments,
   * naming each; every refusal is recorded in the scope (and so in the audit trail).
   */
  private refuseOutOfScope(
    scope: Scope,
    named: Array<{ process: CatalogueProcess | undefined; at: Omit<FieldError, 'message'> }>,
  ): void {
    const refused: FieldError[] = [];
    for (const { process, at } of named) {
      // Base processes are rejected per item (they are nobody's to roll out); hidden ones count as missing.
      if (!process || process.kind === 'base' || decide(scope.principal, scope.action, process) !== 'forbid') continue;
      try {
        scope.check(process, `Process ${process.key}`);
      } catch {
        refused.push({
          ...at,
          message: `process ${process.key} belongs to department ${process.department}, which your account is not assigned to`,
        });
      }
    }
    if (refused.length > 0) {
      throw new ForbiddenError(
        `${refused.length} of the processes named belong to departments your account is not assigned to; nothing was changed.`,
        refused,
      );
    }
  }

  private stale(key: string, current: number, expected: number): PreconditionFailedError {
    return new PreconditionFailedError(staleMessage(key, current, expected), current);
  }
}

function staleMessage(key: string, current: number, expected: number): string {
  return `The rollout of process ${key} has changed (its latest event is now ${current}, you sent ${expected}). Reload its timeline and apply your change again.`;
}

function baseMessage(key: string): string {
  return `Process ${key} is a base process: base processes are not rolled out themselves; the departments' variants of it are.`;
}

function archivedMessage(key: string): string {
  return `Process ${key} is archived; restore it before changing its rollout stage.`;
}
