import type { Model } from 'mongoose';
import {
  backendOf,
  ConflictError,
  isDuplicateKey,
  NotFoundError,
  PreconditionFailedError,
  updateVersioned,
  withDocumentLock,
} from '@efile/catalogue';
import type { WaveDoc } from './wave.model.js';

/** A versioned change: fields to set and to remove. */
export type VersionedUpdate = Parameters<typeof updateVersioned>[3];

/** How often a write that only follows the current state (a move's source waves) retries after a race. */
const RETRIES = 3;

/**
 * The waves (a few dozen at most, so listing reads them all). Every change to an existing wave goes
 * through `updateVersioned` or the document lock; lookups are exact `_id` filters.
 */
export class WavesRepository {
  constructor(private readonly model: Model<WaveDoc>) {}

  /** Every wave, by start, then id. */
  async all(): Promise<WaveDoc[]> {
    const docs = await this.model.find({}).lean<WaveDoc[]>().exec();
    return docs.sort((a, b) => (a.start === b.start ? cmp(a._id, b._id) : cmp(a.start, b.start)));
  }

  async find(id: string): Promise<WaveDoc | undefined> {
    return (await this.model.findOne({ _id: id }).lean<WaveDoc>().exec()) ?? undefined;
  }

  /** The wave `id`; NotFoundError when there is none. */
  async get(id: string): Promise<WaveDoc> {
    const doc = await this.find(id);
    if (!doc) throw new NotFoundError(`Wave ${id} does not exist.`);
    return doc;
  }

  /** Stores a new wave; ConflictError when the id is taken. */
  async create(doc: WaveDoc): Promise<WaveDoc> {
    try {
      await this.model.insertMany([doc]);
      return doc;
    } catch (err) {
      if (isDuplicateKey(err)) throw new ConflictError(`Wave ${doc._id} exists already.`);
      throw err;
    }
  }

  /** Applies `update` if the wave is still at version `expected` (404/412 otherwise). */
  update(id: string, expected: number, update: VersionedUpdate): Promise<WaveDoc> {
    return updateVersioned(this.model, id, expected, update, `Wave ${id}`);
  }

  /**
   * Applies the update `change` computes from the wave as it is now (nothing when it answers undefined
   * or the wave is gone); a concurrent change makes it read the wave again and retry.
   */
  async updateCurrent(id: string, change: (doc: WaveDoc) => VersionedUpdate | undefined): Promise<WaveDoc | undefined> {
    for (let attempt = 0; ; attempt++) {
      const doc = await this.find(id);
      const update = doc && change(doc);
      if (!doc || !update) return undefined;
      try {
        return await updateVersioned(this.model, id, doc.version, update, `Wave ${id}`);
      } catch (err) {
        if (err instanceof NotFoundError) return undefined;
        if (!(err instanceof PreconditionFailedError) || attempt >= RETRIES) throw err;
      }
    }
  }

  /**
   * Deletes the wave if it is still at version `expected` and `check` (which sees it inside the lock)
   * does not throw.
   */
  async delete(id: string, expected: number, check: (doc: WaveDoc) => void): Promise<void> {
    await withDocumentLock(this.model, id, async () => {
      const doc = await this.get(id);
      if (doc.version !== expected) throw stale(id, doc.version, expected);
      check(doc);
      // As in updateVersioned: the version guards against other server processes on MongoDB; on
      // FerretDB it would scan the collection, and the lock already guards.
      const { ferretdb } = await backendOf(this.model.db);
      const result = await this.model.deleteOne(ferretdb ? { _id: id } : { _id: id, version: expected }).exec();
      if (result.deletedCount !== 1) {
        const now = await this.find(id);
        if (!now) throw new NotFoundError(`Wave ${id} does not exist.`);
        throw stale(id, now.version, expected);
      }
    });
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function stale(id: string, current: number, expected: number): PreconditionFailedError {
  return new PreconditionFailedError(
    `Wave ${id} was changed by someone else (now version ${current}, you sent ${expected}). Reload it and apply your change again.`,
    current,
  );
}
