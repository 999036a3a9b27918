/**
 * Sessions in the database: the cookie holds a random secret, the database its SHA-256. A session ends
 * when idle too long, at its absolute end, on sign-out, and when its account is deactivated, reset or
 * re-scoped. Lookups are cached for a few seconds in this process (a request should not cost two
 * database reads); every way of ending a session here drops it from the cache at once.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Model } from 'mongoose';
import { newSecret } from '../auth/ids.js';
import type { AccountDoc } from '../accounts/account.model.js';
import type { SessionDoc } from './session.model.js';

export interface SessionSettings {
  idleMinutes: number;
  absoluteHours: number;
}

export interface AccountReader {
  find(id: string): Promise<AccountDoc | undefined>;
}

export interface ResolvedSession {
  session: SessionDoc;
  account: AccountDoc;
}

const CACHE_MS = 5000;
/** lastSeenAt is written at most this often, so a busy session does not write on every request. */
const TOUCH_MS = 60_000;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares two strings in constant time (for CSRF tokens). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class SessionsService {
  private readonly cache = new Map<string, { resolved: ResolvedSession; at: number }>();

  constructor(
    private readonly model: Model<SessionDoc>,
    private readonly accounts: AccountReader,
    readonly settings: SessionSettings,
  ) {}

  /** Starts a session; answers the cookie secret (shown to nobody else) and the stored session. */
  async start(
    accountId: string,
    via: SessionDoc['via'],
    now = new Date(),
  ): Promise<{ secret: string; session: SessionDoc }> {
    const secret = newSecret();
    const session: SessionDoc = {
      _id: hashSecret(secret),
      accountId,
      csrfToken: newSecret(),
      via,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.settings.absoluteHours * 3_600_000),
    };
    await this.model.insertMany([session]);
    return { secret, session };
  }

  /** When the session ends unless used before. */
  idleExpiry(session: SessionDoc): Date {
    const idle = new Date(session.lastSeenAt.getTime() + this.settings.idleMinutes * 60_000);
    return idle < session.expiresAt ? idle : session.expiresAt;
  }

  /** The live session and active account behind a cookie secret, or undefined. */
  async resolve(secret: string, now = new Date()): Promise<ResolvedSession | undefined> {
    const id = hashSecret(secret);
    const cached = this.cache.get(id);
    let resolved: ResolvedSession | undefined =
      cached && now.getTime() - cached.at < CACHE_MS ? cached.resolved : undefined;
    if (!resolved) {
      const session = (await this.model.findOne({ _id: id }).lean<SessionDoc>().exec()) ?? undefined;
      const account = session ? await this.accounts.find(session.accountId) : undefined;
      if (!session || !account) {
        this.cache.delete(id);
        return undefined;
      }
      resolved = { session, account };
      this.cache.set(id, { resolved, at: now.getTime() });
    }
    const { session, account } = resolved;
    if (!account.active || now >= this.idleExpiry(session)) {
      await this.end(id);
      return undefined;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_MS) {
      session.lastSeenAt = now;
      await this.model.updateOne({ _id: id }, { $set: { lastSeenAt: now } }).exec();
    }
    return resolved;
  }

  /** Ends one session (sign-out). */
  async end(sessionId: string): Promise<void> {
    this.cache.delete(sessionId);
    await this.model.deleteOne({ _id: sessionId }).exec();
  }

  /** Ends every session of an account. */
  async endAllFor(accountId: string): Promise<void> {
    for (const [id, entry] of this.cache) if (entry.resolved.account._id === accountId) this.cache.delete(id);
    await this.model.deleteMany({ accountId }).exec();
  }

  /** Removes sessions past their end (run now and then; expired ones are refused anyway). */
  async purgeExpired(now = new Date()): Promise<number> {
    const idleBefore = new Date(now.getTime() - this.settings.idleMinutes * 60_000);
    const result = await this.model
      .deleteMany({ $or: [{ expiresAt: { $lte: now } }, { lastSeenAt: { $lte: idleBefore } }] })
      .exec();
    return result.deletedCount;
  }
}
