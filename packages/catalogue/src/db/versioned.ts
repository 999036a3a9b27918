/**
 * Conditional updates on the version field: the only safe way to update without lost
 * updates when the database has no multi-document transactions (FerretDB) and Mongoose's
 * optimisticConcurrency only guards save().
 */
import type { Model, UpdateQuery } from 'mongoose';
import { NotFoundError, PreconditionFailedError } from '../errors.js';

/** True for a MongoDB duplicate key error (E11000), from MongoDB or FerretDB. */
export function isDuplicateKey(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;
}

/** Splits a patch into $set and $unset: `null` removes an optional field. */
export function patchToUpdate(patch: Record<string, unknown>): {
  $set: Record<string, unknown>;
  $unset: Record<string, ''>;
} {
  const $set: Record<string, unknown> = {};
  const $unset: Record<string, ''> = {};
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) $unset[field] = '';
    else $set[field] = value;
  }
  return { $set, $unset };
}

export interface VersionedUpdate {
  $set?: Record<string, unknown>;
  $unset?: Record<string, ''>;
}

/**
 * Applies `update` to the one document matching `filter` if, and only if, its version is
 * still `expected`; bumps the version and `updatedAt`. Throws NotFoundError when nothing
 * matches `filter` and PreconditionFailedError (with the current version) when the version moved on.
 */
export async function updateVersioned<T extends { version: number }>(
  model: Model<T>,
  filter: Record<string, unknown>,
  expected: number,
  update: VersionedUpdate,
  what: string,
): Promise<T> {
  const $set = { ...update.$set, updatedAt: new Date() };
  const query: UpdateQuery<T> = { $set, $inc: { version: 1 } } as UpdateQuery<T>;
  if (update.$unset && Object.keys(update.$unset).length > 0) (query as Record<string, unknown>).$unset = update.$unset;
  const updated = await model
    // No projection: FerretDB 1.24 rejects findAndModify with `fields`.
    .findOneAndUpdate({ ...filter, version: expected }, query, { new: true })
    .lean<T>()
    .exec();
  if (updated) return updated;
  const current = await model.findOne(filter, { version: 1 }).lean<{ version: number }>().exec();
  if (!current) throw new NotFoundError(`${what} does not exist.`);
  throw new PreconditionFailedError(
    `${what} was changed by someone else (now version ${current.version}, you sent ${expected}). Reload it and apply your change again.`,
    current.version,
  );
}
