import type { Connection, Model } from 'mongoose';
import { departmentModel, type DepartmentDoc } from '../departments/department.model.js';
import { backendOf } from '../db/backend.js';
import { applyIfVersion, isDuplicateKey } from '../db/versioned.js';
import { processListCache } from '../processes/processListCache.js';
import { processModel, type ProcessDoc } from '../processes/process.model.js';

/** The fields of a stored process an import compares a row with (and nothing else). */
export type ExistingProcess = Pick<
  ProcessDoc,
  | 'key'
  | 'name'
  | 'description'
  | 'department'
  | 'kind'
  | 'baseProcess'
  | 'group'
  | 'leikaKey'
  | 'filingPlanRef'
  | 'documentTypes'
  | 'retentionYears'
  | 'disposal'
  | 'annualCaseVolume'
  | 'legalBasis'
  | 'tags'
  | 'version'
>;

const COMPARED: Record<keyof ExistingProcess | '_id', 0 | 1> = {
  _id: 0,
  key: 1,
  name: 1,
  description: 1,
  department: 1,
  kind: 1,
  baseProcess: 1,
  group: 1,
  leikaKey: 1,
  filingPlanRef: 1,
  documentTypes: 1,
  retentionYears: 1,
  disposal: 1,
  annualCaseVolume: 1,
  legalBasis: 1,
  tags: 1,
  version: 1,
};

/** Up to this many keys are looked up with `$in`; more as a key range (see findByKeys). */
const IN_LIMIT = 200;

/**
 * Changed rows written at the same time. Not bulkWrite: FerretDB 1.24 (SQLite) scans the
 * collection for every statement whose filter is more than `{_id}`, and stalled on batches of
 * 100 or more updates; each row here is a read and an update by `_id` under the row's lock.
 */
const UPDATE_CONCURRENCY = 4;

/** A change to one process, applied only if its version is still the one read. */
export interface VersionedChange {
  key: string;
  expectedVersion: number;
  $set: Record<string, unknown>;
  $unset: Record<string, ''>;
}

export interface WriteOutcome {
  written: number;
  /** Keys not written because someone else created or changed the process in between. */
  conflicts: string[];
}

/** A process cut down to the fields an import compares. */
function compared(doc: Partial<ProcessDoc>): ExistingProcess {
  const out: Record<string, unknown> = {};
  for (const [field, on] of Object.entries(COMPARED)) {
    if (on === 1 && doc[field as keyof ProcessDoc] !== undefined) out[field] = doc[field as keyof ProcessDoc];
  }
  return out as ExistingProcess;
}

/** Bulk reads and writes of processes for imports (a few queries per file, never one per row). */
export class ImportsRepository {
  constructor(
    private readonly processes: Model<ProcessDoc>,
    private readonly departments: Model<DepartmentDoc>,
  ) {}

  /** The repository over a connection's process and department collections. */
  static over(connection: Connection): ImportsRepository {
    return new ImportsRepository(processModel(connection), departmentModel(connection));
  }

  /** The stored processes with the given keys, in one query, projected to the compared fields. */
  async existing(keys: readonly string[]): Promise<Map<string, ExistingProcess>> {
    if ((await backendOf(this.processes.db)).ferretdb) {
      // The process list this server keeps in memory for FerretDB (see processListCache.ts) spares a scan.
      const rows = await processListCache(this.processes).all();
      const found = new Map<string, ExistingProcess>();
      for (const key of keys) {
        const row = rows.get(key);
        if (row) found.set(key, compared(row));
      }
      return found;
    }
    return this.findByKeys<ExistingProcess>(keys, COMPARED);
  }

  /**
   * One query for the processes with the given keys. A long key list is asked for as the key
   * range it spans and filtered here: FerretDB evaluates `$in` by comparing every stored key with
   * every listed one (10 000 keys against 10 000 processes took 1.6 times as long as the range
   * scan), while MongoDB answers either from the key index.
   */
  private async findByKeys<T extends { key: string }>(
    keys: readonly string[],
    projection: Record<string, 0 | 1>,
  ): Promise<Map<string, T>> {
    if (keys.length === 0) return new Map();
    const wanted = new Set(keys);
    let filter: Record<string, unknown> = { key: { $in: [...wanted] } };
    if (wanted.size > IN_LIMIT) {
      // Ordinal order is byte order for the ASCII of process keys; a key outside it cannot be
      // stored (the schema forbids it), so missing it from the range loses nothing.
      const sorted = [...wanted].sort();
      filter = { key: { $gte: sorted[0], $lte: sorted[sorted.length - 1] } };
    }
    const docs = await this.processes
      .find(filter, { ...projection, key: 1 })
      .lean<T[]>()
      .exec();
    return new Map(docs.filter((d) => wanted.has(d.key)).map((d) => [d.key, d]));
  }

  /** The department codes of those given that exist. */
  async existingDepartments(codes: readonly string[]): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const docs = await this.departments
      .find({ _id: { $in: codes } }, { code: 1, _id: 0 })
      .lean<{ code: string }[]>()
      .exec();
    return new Set(docs.map((d) => d.code));
  }

  /**
   * Inserts new processes, unordered so that one key created by someone else in the meantime
   * does not stop the others; that key is reported as a conflict.
   */
  async insert(docs: readonly ProcessDoc[]): Promise<WriteOutcome> {
    if (docs.length === 0) return { written: 0, conflicts: [] };
    try {
      // The documents are complete (built by the service), so Mongoose's hydration is skipped.
      await this.processes.insertMany(docs, { ordered: false, lean: true });
      return { written: docs.length, conflicts: [] };
    } catch (err) {
      const writeErrors = (err as { writeErrors?: Array<{ index: number; code?: number; err?: { code?: number } }> })
        .writeErrors;
      if (!isDuplicateKey(err) && !writeErrors?.length) throw err;
      const failed = writeErrors ?? [];
      if (failed.some((e) => (e.code ?? e.err?.code) !== 11000)) throw err;
      const conflicts = failed.map((e) => docs[e.index]?.key).filter((k): k is string => k !== undefined);
      return { written: docs.length - failed.length, conflicts };
    }
  }

  /**
   * Applies each change conditionally on the version read, bumping the version and setting
   * `updatedAt` to `now`. A change whose process moved on in between is not applied and is
   * reported as a conflict. One document at a time under its write lock (see db/backend.ts:
   * FerretDB applies neither bulk nor filtered updates atomically).
   */
  async update(changes: readonly VersionedChange[], now: Date): Promise<WriteOutcome> {
    const conflicts: string[] = [];
    let written = 0;
    for (let i = 0; i < changes.length; i += UPDATE_CONCURRENCY) {
      const batch = changes.slice(i, i + UPDATE_CONCURRENCY);
      const applied = await Promise.all(
        batch.map((c) =>
          applyIfVersion(this.processes, c.key, c.expectedVersion, {
            $set: { ...c.$set, updatedAt: now },
            ...(Object.keys(c.$unset).length > 0 ? { $unset: c.$unset } : {}),
            $inc: { version: 1 },
          }),
        ),
      );
      applied.forEach((ok, j) => (ok ? written++ : conflicts.push(batch[j]!.key)));
    }
    return { written, conflicts };
  }
}
