/**
 * The rollout's storage: appending stage events (the unique `_id` decides between concurrent
 * writers), reading the whole history back for the consistency check, and the catalogue's processes
 * as the planner sees them.
 */
import type { Connection, Model, mongo } from 'mongoose';
import {
  backendOf,
  DepartmentsRepository,
  departmentModel,
  isDuplicateKey,
  processListCache,
  processModel,
} from '@efile/catalogue';
import type { ProcessDoc } from '@efile/catalogue';
import type { Department } from '@efile/schemas';
import type { PlannedProcess } from '../domain/history.js';
import { stageEventModel, type StageEventDoc } from './stageEvent.model.js';

/** A process of the catalogue as the rollout needs it. */
export interface CatalogueProcess extends PlannedProcess {
  name: string;
  kind: 'base' | 'department';
  archived: boolean;
}

/** The fields read of a process (the catalogue keeps much more). */
const PROCESS_FIELDS = {
  key: 1,
  name: 1,
  department: 1,
  kind: 1,
  baseProcess: 1,
  group: 1,
  annualCaseVolume: 1,
  archived: 1,
} as const;

type ProcessRow = Pick<
  ProcessDoc,
  'key' | 'name' | 'department' | 'kind' | 'baseProcess' | 'group' | 'annualCaseVolume' | 'archived'
>;

function toCatalogueProcess(row: ProcessRow): CatalogueProcess {
  return {
    key: row.key,
    name: row.name,
    department: row.department,
    kind: row.kind,
    archived: row.archived === true,
    ...(row.baseProcess ? { baseProcess: row.baseProcess } : {}),
    ...(row.group ? { group: row.group } : {}),
    ...(typeof row.annualCaseVolume === 'number' ? { annualCaseVolume: row.annualCaseVolume } : {}),
  };
}

/** The outcome of an append: how many of the events (in order) were stored, and whether one was stale. */
export interface AppendOutcome {
  /** Indexes of the events stored. */
  stored: number[];
  /** Indexes of the events whose `_id` (process and seq) another writer had taken. */
  taken: number[];
}

export class RolloutRepository {
  private readonly events: Model<StageEventDoc>;
  private readonly processes: Model<ProcessDoc>;
  private readonly departmentsRepository: DepartmentsRepository;

  constructor(private readonly connection: Connection) {
    this.events = stageEventModel(connection);
    this.processes = processModel(connection);
    this.departmentsRepository = new DepartmentsRepository(departmentModel(connection));
  }

  /**
   * Every process of the catalogue (archived ones and base processes included; callers filter): from the
   * catalogue's in-memory list on FerretDB, from the database with a projection on MongoDB.
   */
  async allProcesses(): Promise<CatalogueProcess[]> {
    if ((await backendOf(this.connection)).ferretdb) {
      const rows = await processListCache(this.processes).all();
      return [...rows.values()].map(toCatalogueProcess);
    }
    const rows = await this.processes.find({}, PROCESS_FIELDS).lean<ProcessRow[]>().exec();
    return rows.map(toCatalogueProcess);
  }

  /** One process, or undefined. */
  async process(key: string): Promise<CatalogueProcess | undefined> {
    if ((await backendOf(this.connection)).ferretdb) {
      const row = (await processListCache(this.processes).all()).get(key);
      return row ? toCatalogueProcess(row) : undefined;
    }
    const row = await this.processes.findOne({ _id: key }, PROCESS_FIELDS).lean<ProcessRow>().exec();
    return row ? toCatalogueProcess(row) : undefined;
  }

  /** The processes of the given keys that exist, by key. */
  async processesByKey(keys: readonly string[]): Promise<Map<string, CatalogueProcess>> {
    const found = new Map<string, CatalogueProcess>();
    if (keys.length === 0) return found;
    if ((await backendOf(this.connection)).ferretdb) {
      const rows = await processListCache(this.processes).all();
      for (const key of keys) {
        const row = rows.get(key);
        if (row) found.set(key, toCatalogueProcess(row));
      }
      return found;
    }
    const rows = await this.processes
      .find({ _id: { $in: [...keys] } }, PROCESS_FIELDS)
      .lean<ProcessRow[]>()
      .exec();
    for (const row of rows) found.set(row.key, toCatalogueProcess(row));
    return found;
  }

  /** All departments, by code. */
  departments(): Promise<Department[]> {
    return this.departmentsRepository.list();
  }

  /** One department, or undefined. */
  department(code: string): Promise<Department | undefined> {
    return this.departmentsRepository.find(code);
  }

  /** The raw collection: appends need the driver's bulk write errors (which document failed). */
  private get collection(): mongo.Collection<StageEventDoc> {
    return this.events.collection as unknown as mongo.Collection<StageEventDoc>;
  }

  /**
   * Stores one event; false when its `_id` is taken (another writer appended that seq first).
   */
  async appendOne(doc: StageEventDoc): Promise<boolean> {
    try {
      await this.collection.insertOne(doc);
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  /**
   * Stores events of distinct processes, independently of each other (unordered): the stored ones and
   * those whose `_id` was taken. Any other error is thrown.
   */
  async appendIndependent(docs: readonly StageEventDoc[]): Promise<AppendOutcome> {
    if (docs.length === 0) return { stored: [], taken: [] };
    try {
      await this.collection.insertMany([...docs], { ordered: false });
      return { stored: docs.map((_, i) => i), taken: [] };
    } catch (err) {
      const failed = writeErrorsOf(err);
      if (!failed || failed.some((e) => e.code !== 11000)) throw err;
      const taken = new Set(failed.map((e) => e.index));
      return { stored: docs.map((_, i) => i).filter((i) => !taken.has(i)), taken: [...taken].sort((a, b) => a - b) };
    }
  }

  /**
   * Stores the events of processes in order (each process's events together, by seq), in batches. When
   * an event's `_id` was taken, it and the rest of its process's events are not stored (what is stored
   * of a process stays a prefix of its events), and storing goes on with the next process. Any other
   * error is thrown.
   */
  async appendInOrder(docs: readonly StageEventDoc[], batchSize = 1000): Promise<AppendOutcome> {
    const stored: number[] = [];
    const taken: number[] = [];
    let start = 0;
    while (start < docs.length) {
      const batch = docs.slice(start, start + batchSize);
      try {
        await this.collection.insertMany(batch, { ordered: true });
        for (let i = 0; i < batch.length; i++) stored.push(start + i);
        start += batch.length;
      } catch (err) {
        const first = writeErrorsOf(err)?.[0];
        if (!first || first.code !== 11000) throw err;
        const failed = start + first.index;
        for (let i = start; i < failed; i++) stored.push(i);
        let next = failed;
        while (next < docs.length && docs[next]!.processKey === docs[failed]!.processKey) taken.push(next++);
        start = next;
      }
    }
    return { stored, taken };
  }

  /** Every stored event, straight from the database (the consistency check; a scan). */
  allEvents(): Promise<StageEventDoc[]> {
    return this.events.find({}).lean<StageEventDoc[]>().exec();
  }
}

/** The write errors of a bulk insert error (MongoBulkWriteError), with the index of each failed document. */
function writeErrorsOf(err: unknown): Array<{ index: number; code: number }> | undefined {
  const writeErrors = (err as { writeErrors?: unknown })?.writeErrors;
  const list = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : undefined;
  if (!list || list.length === 0) return undefined;
  return list
    .map((e: { index?: number; code?: number; err?: { index?: number; code?: number } }) => ({
      index: e.index ?? e.err?.index ?? -1,
      code: e.code ?? e.err?.code ?? -1,
    }))
    .sort((a, b) => a.index - b.index);
}
