import type { Model } from 'mongoose';
import { isDuplicateKey, NotFoundError, PreconditionFailedError, updateVersioned } from '@efile/catalogue';
import type { EffortTable } from '../domain/capacity.js';
import { EFFORT_TABLE_ID, type EffortTableDoc } from './effortTable.model.js';

const WHAT = 'The effort table';

/**
 * The stored effort table: one document with a fixed `_id`, read by an exact `_id` lookup and changed
 * only as a whole, against the version the caller saw (0: nothing stored yet).
 */
export class EffortTableRepository {
  constructor(private readonly model: Model<EffortTableDoc>) {}

  /** The stored table, or undefined while none was stored. */
  async find(): Promise<EffortTableDoc | undefined> {
    return (await this.model.findOne({ _id: EFFORT_TABLE_ID }).lean<EffortTableDoc>().exec()) ?? undefined;
  }

  /**
   * Stores `table` if the stored version is still `expected` (0: none stored yet, which creates version 1);
   * PreconditionFailedError with the current version otherwise.
   */
  async replace(expected: number, table: EffortTable, actor: string): Promise<EffortTableDoc> {
    if (expected === 0) return this.create(table, actor);
    try {
      return await updateVersioned(this.model, EFFORT_TABLE_ID, expected, { $set: { table, updatedBy: actor } }, WHAT);
    } catch (err) {
      if (err instanceof NotFoundError) throw stale(0, expected);
      throw err;
    }
  }

  /** The first stored table; when another request stored one first, 412 with its version. */
  private async create(table: EffortTable, actor: string): Promise<EffortTableDoc> {
    const now = new Date();
    const doc: EffortTableDoc = {
      _id: EFFORT_TABLE_ID,
      table,
      version: 1,
      createdAt: now,
      updatedAt: now,
      createdBy: actor,
      updatedBy: actor,
    };
    try {
      await this.model.insertMany([doc]);
      return doc;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      throw stale((await this.find())?.version ?? 0, 0);
    }
  }
}

function stale(current: number, expected: number): PreconditionFailedError {
  return new PreconditionFailedError(
    `${WHAT} was changed by someone else (now version ${current}, you sent ${expected}). Reload it and apply your change again.`,
    current,
  );
}
