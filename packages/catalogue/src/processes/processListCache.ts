/**
 * The process list in memory, for the embedded database.
 *
 * FerretDB 1.24 (SQLite) scans and decodes the whole collection for every listing (measured: about
 * 1 s at 3 000 processes, several seconds at 10 000), while the city's catalogue is small enough to
 * hold in memory (10 000 processes ≈ 10 MB). With FerretDB this server process is the only writer
 * (see db/backend.ts), so it knows every change: Mongoose middleware on the process model marks the
 * written keys, and the next listing re-reads just those by `_id`. Writes that bypass the model
 * (raw driver) must call `invalidateProcessList`. The listing evaluates the same MongoDB filter and
 * sort that `buildListQuery` builds for the database, so both paths answer alike (a parity test
 * holds them to it). On MongoDB the listing queries the database, whose indexes serve it.
 */
import type { Connection, Model, Schema } from 'mongoose';
import type { ProcessDoc } from './process.model.js';
import { backendOf } from '../db/backend.js';

type Row = Omit<ProcessDoc, '_id'> & { _id?: string };

/** More changed processes than this are re-read with one scan rather than one by one. */
const REREAD_ONE_BY_ONE = 100;

class ProcessListCache {
  private rows: Map<string, Row> | undefined;
  private readonly dirty = new Set<string>();
  private reloadAll = true;
  private refreshing: Promise<void> | undefined;

  constructor(private readonly model: Model<ProcessDoc>) {}

  /** A write touched the documents an `_id` filter names (`'K'` or `{$in: [...]}`); anything else: all. */
  markDirty(id: unknown): void {
    if (typeof id === 'string') this.dirty.add(id);
    else if (id !== null && typeof id === 'object' && Array.isArray((id as { $in?: unknown }).$in)) {
      for (const one of (id as { $in: unknown[] }).$in) this.markDirty(one);
    } else this.reloadAll = true;
  }

  /** New documents, exactly as inserted: taken in without reading them back. */
  inserted(docs: readonly Row[]): void {
    if (!this.rows || this.reloadAll) return;
    for (const doc of docs) {
      if (typeof doc._id === 'string' && !this.dirty.has(doc._id)) this.rows.set(doc._id, doc);
      else this.markDirty(doc._id);
    }
  }

  invalidate(): void {
    this.reloadAll = true;
  }

  /**
   * All processes, current as of every write this process completed before the call. A refresh
   * already under way may predate such a write, hence a second round; more rounds would only chase
   * writes that arrive meanwhile.
   */
  async all(): Promise<Map<string, Row>> {
    for (let round = 0; !this.rows || (round < 2 && (this.reloadAll || this.dirty.size > 0)); round++) {
      this.refreshing ??= this.refresh().finally(() => {
        this.refreshing = undefined;
      });
      await this.refreshing;
    }
    return this.rows!;
  }

  private async refresh(): Promise<void> {
    if (this.reloadAll || !this.rows || this.dirty.size > REREAD_ONE_BY_ONE) {
      this.reloadAll = false;
      this.dirty.clear();
      const docs = await this.model.find({}).lean<Row[]>().exec();
      this.rows = new Map(docs.map((d) => [d.key, d]));
      return;
    }
    const ids = [...this.dirty];
    this.dirty.clear();
    let docs: Array<Row | null>;
    try {
      docs = await Promise.all(ids.map((id) => this.model.findOne({ _id: id }).lean<Row>().exec()));
    } catch (err) {
      for (const id of ids) this.dirty.add(id);
      throw err;
    }
    ids.forEach((id, i) => {
      const doc = docs[i];
      if (doc) this.rows!.set(id, doc);
      else this.rows!.delete(id);
    });
  }
}

const caches = new WeakMap<Connection, ProcessListCache>();

/** The cache of the processes of one connection (created on first use). */
export function processListCache(model: Model<ProcessDoc>): ProcessListCache {
  let cache = caches.get(model.db);
  if (!cache) {
    cache = new ProcessListCache(model);
    caches.set(model.db, cache);
  }
  return cache;
}

/** After writes to the processes collection that bypass the model (raw driver): forget the cached list. */
export function invalidateProcessList(connection: Connection): void {
  caches.get(connection)?.invalidate();
}

/** Registers the middleware that tells the cache which processes a write touched. */
export function trackProcessWrites(schema: Schema<ProcessDoc>): void {
  const byFilter = function (this: { model: Model<ProcessDoc>; getFilter(): Record<string, unknown> }) {
    caches.get(this.model.db)?.markDirty(this.getFilter()._id);
  };
  schema.post(
    ['findOneAndUpdate', 'updateOne', 'deleteOne', 'findOneAndDelete', 'findOneAndReplace', 'replaceOne'],
    byFilter,
  );
  schema.post(['updateMany', 'deleteMany'], byFilter);
  schema.post('insertMany', function (this: Model<ProcessDoc>, docs: unknown) {
    const plain = (docs as Array<Row & { toObject?: () => Row }>).map((d) => (d.toObject ? d.toObject() : d));
    caches.get(this.db)?.inserted(plain);
  });
  // An insertMany that failed part-way may have written some documents: reload everything.
  schema.post(
    'insertMany',
    function (this: Model<ProcessDoc>, error: Error, _docs: unknown, next: (err?: Error) => void) {
      caches.get(this.db)?.invalidate();
      next(error);
    },
  );
  schema.post('bulkWrite', function (this: Model<ProcessDoc>) {
    caches.get(this.db)?.invalidate();
  });
}

function equals(value: unknown, wanted: unknown): boolean {
  return Array.isArray(value) ? value.includes(wanted) : value === wanted;
}

/**
 * Whether a document matches a MongoDB filter, for the operators `buildListQuery` uses: equality
 * (an array field matches when it contains the value), `$in`, `$all`, `$regex`, `$and` and `$or`.
 */
export function matchesFilter(doc: Record<string, unknown>, filter: Record<string, unknown>): boolean {
  for (const [field, condition] of Object.entries(filter)) {
    if (field === '$and') {
      if (!(condition as Record<string, unknown>[]).every((f) => matchesFilter(doc, f))) return false;
      continue;
    }
    if (field === '$or') {
      if (!(condition as Record<string, unknown>[]).some((f) => matchesFilter(doc, f))) return false;
      continue;
    }
    const value = doc[field];
    if (condition === null || typeof condition !== 'object' || condition instanceof Date) {
      if (!equals(value, condition)) return false;
      continue;
    }
    for (const [op, arg] of Object.entries(condition as Record<string, unknown>)) {
      if (op === '$in') {
        if (!(arg as unknown[]).some((a) => equals(value, a))) return false;
      } else if (op === '$all') {
        if (!(arg as unknown[]).every((a) => equals(value, a))) return false;
      } else if (op === '$regex') {
        const re = new RegExp(arg as string);
        const values = Array.isArray(value) ? value : [value];
        if (!values.some((v) => typeof v === 'string' && re.test(v))) return false;
      } else {
        throw new Error(`The in-memory process list does not evaluate ${op}.`);
      }
    }
  }
  return true;
}

/** Orders like MongoDB for the listing's fields: missing before numbers before strings before dates. */
function rank(value: unknown): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return 1;
  if (typeof value === 'string') return 2;
  return 3;
}

function compareValues(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return 0;
}

/** A comparator for a MongoDB sort specification such as `{ name: -1, key: 1 }`. */
export function sortComparator(
  sort: Record<string, 1 | -1>,
): (a: Record<string, unknown>, b: Record<string, unknown>) => number {
  const fields = Object.entries(sort);
  return (a, b) => {
    for (const [field, direction] of fields) {
      const order = compareValues(a[field], b[field]);
      if (order !== 0) return order * direction;
    }
    return 0;
  };
}

/**
 * The processes matching a filter (of the operators `matchesFilter` evaluates): from memory on
 * FerretDB, from the database (and its indexes) on MongoDB.
 */
export async function findProcesses(model: Model<ProcessDoc>, filter: Record<string, unknown>): Promise<ProcessDoc[]> {
  if ((await backendOf(model.db)).ferretdb) {
    const rows = await processListCache(model).all();
    return [...rows.values()].filter((row) => matchesFilter(row, filter)) as ProcessDoc[];
  }
  return model.find(filter).lean<ProcessDoc[]>().exec();
}
