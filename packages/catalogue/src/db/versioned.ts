/**
 * Versioned updates: every mutable document has a `version`; a change names the version it
 * was made against and fails with 412 when that is no longer current. No lost updates, on
 * MongoDB and on FerretDB alike, without multi-document transactions (see backend.ts for why
 * FerretDB needs a lock and `_id`-only filters).
 */
import type { Model, UpdateQuery } from 'mongoose';
import { NotFoundError, PreconditionFailedError } from '../errors.js';
import { backendOf } from './backend.js';
import { KeyedLock } from './keyedLock.js';

/** One lock for every write to one document in this server process. */
const documentWrites = new KeyedLock();

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

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyModel = Model<any>;

/**
 * Runs `work` while no other write to the document `id` of this model runs in this server process.
 * Every write to an existing document goes through here or through `updateVersioned`.
 */
export function withDocumentLock<T>(model: AnyModel, id: string, work: () => Promise<T>): Promise<T> {
  return documentWrites.run(`${model.collection.collectionName}/${id}`, work);
}

/** The version of document `id`, or undefined when it does not exist. */
async function currentVersion(model: AnyModel, id: string): Promise<number | undefined> {
  return (await currentGuardFields(model, id))?.version;
}

/** What a write guard sees of the document: its version and the fields the authorization policy decides on. */
export interface GuardFields {
  version: number;
  department?: string;
  kind?: 'base' | 'department';
}

async function currentGuardFields(model: AnyModel, id: string): Promise<GuardFields | undefined> {
  const doc = await model.findOne({ _id: id }, { version: 1, department: 1, kind: 1 }).lean<GuardFields>().exec();
  return doc ?? undefined;
}

/**
 * Applies `update` to document `id` if, and only if, its version is still `expected`; bumps
 * the version and `updatedAt`. Throws NotFoundError when it does not exist and
 * PreconditionFailedError (with the current version) when the version moved on. `guard` sees the
 * current document inside the lock (the authorization check of the caller's scope) and may throw.
 */
export async function updateVersioned<T extends { version: number }>(
  model: Model<T>,
  id: string,
  expected: number,
  update: VersionedUpdate,
  what: string,
  guard?: (current: GuardFields) => void,
): Promise<T> {
  return withDocumentLock(model, id, async () => {
    const current = await currentGuardFields(model, id);
    if (current === undefined) throw new NotFoundError(`${what} does not exist.`);
    guard?.(current);
    const before = current.version;
    if (before !== expected) throw stale(what, before, expected);
    const query: Record<string, unknown> = { $set: { ...update.$set, updatedAt: new Date() }, $inc: { version: 1 } };
    if (update.$unset && Object.keys(update.$unset).length > 0) query.$unset = update.$unset;
    const { ferretdb } = await backendOf(model.db);
    // On MongoDB the version in the filter guards against other server processes; on FerretDB
    // it would turn the lookup into a collection scan, and the lock above already guards.
    const filter = ferretdb ? { _id: id } : { _id: id, version: expected };
    // No projection: FerretDB 1.24 rejects findAndModify with `fields`.
    const updated = await model
      .findOneAndUpdate(filter, query as UpdateQuery<T>, { new: true })
      .lean<T>()
      .exec();
    if (updated) return updated;
    const now = await currentVersion(model, id);
    if (now === undefined) throw new NotFoundError(`${what} does not exist.`);
    throw stale(what, now, expected);
  });
}

function stale(what: string, current: number, expected: number): PreconditionFailedError {
  return new PreconditionFailedError(
    `${what} was changed by someone else (now version ${current}, you sent ${expected}). Reload it and apply your change again.`,
    current,
  );
}

/**
 * Like `updateVersioned`, for bulk work: applies `update` to document `id` if its version is
 * still `expected`, without throwing. Answers whether it was applied; `update` must bump the version.
 */
export async function applyIfVersion(
  model: AnyModel,
  id: string,
  expected: number,
  update: Record<string, unknown>,
): Promise<boolean> {
  return withDocumentLock(model, id, async () => {
    if ((await currentVersion(model, id)) !== expected) return false;
    const { ferretdb } = await backendOf(model.db);
    const result = await model.updateOne(ferretdb ? { _id: id } : { _id: id, version: expected }, update).exec();
    return result.modifiedCount === 1;
  });
}
