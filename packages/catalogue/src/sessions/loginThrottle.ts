/**
 * Guards sign-in against guessing:
 * - per client address, at most `perIpLimit` attempts per `perIpWindowMinutes` (in memory, this process);
 * - per username, `maxFailures` failed attempts within `lockMinutes` lock it for `lockMinutes` (in the
 *   database, so a restart does not reset it). Usernames are locked whether or not an account exists,
 *   so a lock-out does not tell which usernames exist.
 */
import type { Model } from 'mongoose';
import { TooManyRequestsError } from '../errors.js';
import { withDocumentLock } from '../db/versioned.js';
import type { LoginFailureDoc } from './session.model.js';

export interface LoginThrottleSettings {
  maxFailures: number;
  lockMinutes: number;
  perIpLimit: number;
  perIpWindowMinutes: number;
}

export class LoginThrottle {
  private readonly attemptsByIp = new Map<string, number[]>();

  constructor(
    private readonly failures: Model<LoginFailureDoc>,
    readonly settings: LoginThrottleSettings,
  ) {}

  /** Throws 429 when this address tried too often or the username is locked. Counts the attempt. */
  async admit(ip: string, username: string, now = new Date()): Promise<void> {
    const windowMs = this.settings.perIpWindowMinutes * 60_000;
    const recent = (this.attemptsByIp.get(ip) ?? []).filter((t) => now.getTime() - t < windowMs);
    if (recent.length >= this.settings.perIpLimit) {
      this.attemptsByIp.set(ip, recent);
      const retry = Math.ceil((recent[0]! + windowMs - now.getTime()) / 1000);
      throw new TooManyRequestsError('Too many sign-in attempts from this address; wait and try again.', retry);
    }
    recent.push(now.getTime());
    this.attemptsByIp.set(ip, recent);
    if (this.attemptsByIp.size > 10_000) this.prune(now);

    const doc = await this.failures.findOne({ _id: username.toLowerCase() }).lean<LoginFailureDoc>().exec();
    if (doc?.lockedUntil && doc.lockedUntil > now) {
      const retry = Math.ceil((doc.lockedUntil.getTime() - now.getTime()) / 1000);
      throw new TooManyRequestsError(
        `This account is locked after ${this.settings.maxFailures} failed sign-ins; try again in ${Math.ceil(retry / 60)} minutes.`,
        retry,
      );
    }
  }

  /** Counts a failed attempt; locks the username once it reaches the limit. */
  async failed(username: string, now = new Date()): Promise<void> {
    const id = username.toLowerCase();
    const lockMs = this.settings.lockMinutes * 60_000;
    await withDocumentLock(this.failures, id, async () => {
      const doc = await this.failures.findOne({ _id: id }).lean<LoginFailureDoc>().exec();
      const fresh = !doc || now.getTime() - doc.firstFailureAt.getTime() > lockMs;
      const failures = fresh ? 1 : doc.failures + 1;
      const set: Partial<LoginFailureDoc> = { failures, firstFailureAt: fresh ? now : doc.firstFailureAt };
      if (failures >= this.settings.maxFailures) set.lockedUntil = new Date(now.getTime() + lockMs);
      await this.failures.updateOne({ _id: id }, { $set: set }, { upsert: true }).exec();
    });
  }

  /** A successful sign-in clears the username's failures. */
  async succeeded(username: string): Promise<void> {
    await this.failures.deleteOne({ _id: username.toLowerCase() }).exec();
  }

  /** Deletes failure records whose window and lock have both passed; answers how many. */
  async purgeStale(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.settings.lockMinutes * 60_000);
    const stale = await this.failures
      .find({ firstFailureAt: { $lt: before } }, { _id: 1, lockedUntil: 1 })
      .lean<Pick<LoginFailureDoc, '_id' | 'lockedUntil'>[]>()
      .exec();
    let removed = 0;
    for (const doc of stale) {
      if (doc.lockedUntil && doc.lockedUntil > now) continue;
      await this.failures.deleteOne({ _id: doc._id }).exec();
      removed++;
    }
    return removed;
  }

  private prune(now: Date): void {
    const windowMs = this.settings.perIpWindowMinutes * 60_000;
    for (const [ip, times] of this.attemptsByIp) {
      if (times.every((t) => now.getTime() - t >= windowMs)) this.attemptsByIp.delete(ip);
    }
  }
}
