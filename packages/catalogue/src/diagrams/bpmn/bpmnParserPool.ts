/**
 * A small pool of parser threads (parseWorker.ts). Each thread parses one file at a time;
 * a parse that runs past its time limit has its thread terminated and replaced, and the
 * upload is refused, so a hostile file costs one thread for a bounded time and never the
 * event loop. Threads are unref'd: they never keep the process alive.
 */
import { Worker } from 'node:worker_threads';
import { UnavailableError, UnprocessableError } from '../../errors.js';
import type { ParseOutcome, ParseSuccess, WorkerMessage } from './parseProtocol.js';

export interface BpmnParserPoolOptions {
  /** Number of parser threads (1–2 fits a small server). */
  size?: number;
  /** Parses waiting for a thread beyond this are refused with 503. */
  maxQueue?: number;
  /** Heap limit of each thread in MB: a file that needs more is refused. */
  maxHeapMb?: number;
}

interface Job {
  id: number;
  xml: string;
  timeoutMs: number;
  resolve(result: ParseSuccess): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job;
  timer?: NodeJS.Timeout;
}

const WORKER_URL = new URL('./parseWorker.js', import.meta.url);

export class BpmnParserPool {
  private readonly size: number;
  private readonly maxQueue: number;
  private readonly maxHeapMb: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: BpmnParserPoolOptions = {}) {
    this.size = Math.min(Math.max(options.size ?? 2, 1), 8);
    this.maxQueue = options.maxQueue ?? 32;
    this.maxHeapMb = options.maxHeapMb ?? 256;
  }

  private static sharedPool: BpmnParserPool | undefined;

  /** The process-wide pool every app shares (threads start on first use). */
  static shared(): BpmnParserPool {
    BpmnParserPool.sharedPool ??= new BpmnParserPool();
    return BpmnParserPool.sharedPool;
  }

  /**
   * Parses BPMN text in a worker thread. Resolves with the counts and warnings; rejects with
   * UnprocessableError (422) for a file the parser refuses or that takes longer than
   * `timeoutMs`, and with UnavailableError (503) when too many parses are waiting.
   */
  parse(xml: string, timeoutMs: number): Promise<ParseSuccess> {
    if (this.closed) return Promise.reject(new UnavailableError('The BPMN parser is shut down.'));
    if (this.queue.length >= this.maxQueue) {
      return Promise.reject(new UnavailableError('The BPMN parser is busy; try the upload again in a moment.'));
    }
    return new Promise<ParseSuccess>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, xml, timeoutMs, resolve, reject });
      this.dispatch();
    });
  }

  /** Terminates all threads; waiting and running parses are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new UnavailableError('The BPMN parser is shut down.'));
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      clearTimeout(slot.timer);
      slot.job?.reject(new UnavailableError('The BPMN parser is shut down.'));
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    if (this.closed) return;
    while (this.queue.length > 0) {
      const idle = this.slots.find((slot) => slot.ready && !slot.job);
      if (!idle) {
        if (this.slots.length < this.size) this.spawn();
        return;
      }
      this.start(idle, this.queue.shift()!);
    }
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    // The clock runs from the moment the thread has the file, not while it waits in the queue.
    slot.timer = setTimeout(() => {
      this.retire(slot);
      job.reject(
        new UnprocessableError(
          `The BPMN file was refused: its parse took longer than ${job.timeoutMs} ms. Files this slow to read usually carry very many unknown elements or broken references.`,
          [{ in: 'file', field: 'file', message: `parse took longer than ${job.timeoutMs} ms` }],
        ),
      );
    }, job.timeoutMs);
    slot.worker.postMessage({ id: job.id, xml: job.xml });
  }

  private spawn(): void {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb } });
    worker.unref();
    const slot: Slot = { worker, ready: false };
    this.slots.push(slot);
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== message.id) return;
      clearTimeout(slot.timer);
      slot.job = undefined;
      slot.timer = undefined;
      settle(job, message.outcome);
      this.dispatch();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const job = slot.job;
      if (!slot.ready) {
        // A thread that cannot even start will not start on retry either: refuse what waits.
        for (const waiting of this.queue.splice(0)) {
          waiting.reject(new UnavailableError('The BPMN parser cannot start; try the upload again later.'));
        }
      }
      this.retire(slot);
      if (!job) return;
      job.reject(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new UnprocessableError('The BPMN file was refused: parsing it needs more memory than allowed.', [
              { in: 'file', field: 'file', message: 'needs too much memory to parse' },
            ])
          : new UnavailableError('The BPMN parser failed; try the upload again.'),
      );
    });
    worker.on('exit', () => {
      // An exit we did not ask for (retire() removes the slot first).
      if (!this.slots.includes(slot)) return;
      const job = slot.job;
      this.retire(slot);
      job?.reject(new UnavailableError('The BPMN parser stopped; try the upload again.'));
    });
  }

  /** Terminates a thread and forgets it; the next parse starts a fresh one. */
  private retire(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.job = undefined;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
    this.dispatch();
  }
}

function settle(job: Job, outcome: ParseOutcome): void {
  if (outcome.ok) {
    job.resolve(outcome);
    return;
  }
  const details = outcome.details.length > 0 ? outcome.details : [outcome.reason];
  job.reject(
    new UnprocessableError(
      outcome.reason,
      details.map((message) => ({ in: 'file' as const, field: 'file', message })),
    ),
  );
}
