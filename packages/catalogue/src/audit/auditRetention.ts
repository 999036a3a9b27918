/**
 * Retention of the audit trail (data minimisation): once a record is older than the retention period it
 * no longer says which account or token acted. Its actor id becomes a keyed pseudonym — the same actor
 * always gets the same one, so patterns stay analysable, but without the key nobody can trace it back to
 * an account — and so do account and token ids in its resource path; its request id, which leads to the
 * request log, is removed. Records of `anonymous` and `system` name nobody and are only marked.
 */
import { createHmac } from 'node:crypto';
import type { Model } from 'mongoose';
import type { Logger } from '../logger.js';
import type { AuditDoc } from './audit.model.js';

const DAY_MS = 86_400_000;
/** Records read per query; each one is then updated by `_id` alone (see docs/database.md). */
const BATCH_SIZE = 500;
/** Actor ids that name nobody. */
const IMPERSONAL = new Set(['anonymous', 'system']);
/** Account and token ids inside a resource path, e.g. /api/v1/accounts/acc_… or /api/v1/tokens/tok_…. */
const IDS_IN_PATH = /\b(?:acc|tok)_[a-z0-9]{8,32}\b/g;

/** The pseudonym of an actor id: `pseud_` and the first 16 hex digits of HMAC-SHA256(secret, id). */
export function auditPseudonym(secret: string, actorId: string): string {
  return `pseud_${createHmac('sha256', secret).update(actorId).digest('hex').slice(0, 16)}`;
}

export interface PseudonymiseOptions {
  /** Records whose `at` lies more than this many days before `now` are pseudonymised. */
  retentionDays: number;
  /** The HMAC key; the same key must be used every time, or one actor gets several pseudonyms. */
  secret: string;
  now?: Date;
  /** Ends the run between two records (shutdown). */
  signal?: AbortSignal;
  /** Records read per query (default 500). */
  batchSize?: number;
}

type Candidate = Pick<AuditDoc, '_id' | 'actorId' | 'resource'>;

/**
 * Pseudonymises every audit record older than the retention period that is not pseudonymised yet and
 * answers how many it rewrote. Idempotent: marked records are never read again, and a rewrite is a pure
 * function of the original record, so two runs racing on one record write the same values.
 */
export async function pseudonymiseAuditRecords(model: Model<AuditDoc>, options: PseudonymiseOptions): Promise<number> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.retentionDays * DAY_MS);
  const batchSize = options.batchSize ?? BATCH_SIZE;
  let count = 0;
  let after: string | undefined;
  for (;;) {
    // A filter other than {_id} scans on FerretDB; once a day that is fine. Writes go by _id alone.
    const batch = await model
      .find(
        { at: { $lt: cutoff }, pseudonymised: { $ne: true }, ...(after !== undefined ? { _id: { $gt: after } } : {}) },
        { _id: 1, actorId: 1, resource: 1 },
      )
      .sort({ _id: 1 })
      .limit(batchSize)
      .lean<Candidate[]>()
      .exec();
    for (const doc of batch) {
      if (options.signal?.aborted) return count;
      const actorId = IMPERSONAL.has(doc.actorId) ? doc.actorId : auditPseudonym(options.secret, doc.actorId);
      const resource = doc.resource.replace(IDS_IN_PATH, (id) => auditPseudonym(options.secret, id));
      await model
        .updateOne({ _id: doc._id }, { $set: { actorId, resource, pseudonymised: true }, $unset: { requestId: '' } })
        .exec();
      count += 1;
    }
    if (batch.length < batchSize) return count;
    after = batch[batch.length - 1]!._id;
  }
}

export interface AuditRetentionOptions {
  retentionDays: number;
  secret: string;
  logger: Logger;
}

/**
 * Runs `pseudonymiseAuditRecords` once at start and then every 24 hours, on a timer that does not keep
 * the process alive. A run still under way when the next is due is not started twice.
 */
export class AuditRetention {
  static readonly INTERVAL_MS = DAY_MS;

  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<void> | undefined;
  private abort = new AbortController();

  constructor(
    private readonly model: Model<AuditDoc>,
    private readonly options: AuditRetentionOptions,
  ) {}

  /** Starts the schedule: one run now, then one a day. Starting twice does nothing. */
  start(): void {
    if (this.timer) return;
    this.abort = new AbortController();
    this.timer = setInterval(() => this.tick(), AuditRetention.INTERVAL_MS);
    this.timer.unref();
    this.tick();
  }

  /** Resolves when the run under way, if any, has finished. */
  async settled(): Promise<void> {
    await this.running;
  }

  /** Stops the schedule, ends a run under way after its current record and waits for it. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.abort.abort();
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.run().finally(() => {
      this.running = undefined;
    });
  }

  private async run(): Promise<void> {
    const { retentionDays, secret, logger } = this.options;
    const signal = this.abort.signal;
    try {
      const count = await pseudonymiseAuditRecords(this.model, { retentionDays, secret, signal });
      if (count > 0) logger.info({ pseudonymised: count, retentionDays }, 'audit records pseudonymised');
    } catch (err) {
      // A run cut short by shutdown (connection closing) is not an error worth reporting.
      if (!signal.aborted) logger.error({ err }, 'audit retention run failed');
    }
  }
}
