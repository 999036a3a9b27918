import type { Model } from 'mongoose';
import type { Process, ProcessCreate } from '@efile/schemas';
import { ConflictError, NotFoundError } from '../errors.js';
import { isDuplicateKey, updateVersioned, type VersionedUpdate } from '../db/versioned.js';
import { backendOf } from '../db/backend.js';
import type { Scope } from '../auth/scope.js';
import { newProcessDoc, type ProcessDoc } from './process.model.js';
import { findProcesses, matchesFilter, processListCache, sortComparator } from './processListCache.js';
import { escapeRegex, searchTerms } from './searchText.js';

/** Everything the API shows; the derived `search` and `adoptionSlot` stay inside. */
const PROJECTION = { _id: 0, search: 0, sortName: 0, adoptionSlot: 0 } as const;

/** The largest page the listing serves; larger requests are refused at the edge, this is the last guard. */
export const MAX_PAGE_SIZE = 200;

/** What a listing matches. Every given criterion must hold. */
export interface ProcessListFilter {
  /** Processes of any of these departments. */
  departments?: readonly string[];
  kind?: ProcessDoc['kind'];
  group?: string;
  /** Variants of this base process. */
  baseProcess?: string;
  /** Processes carrying all of these tags. */
  tags?: readonly string[];
  /** Free text; every word must occur in key, name or description (German-aware, see searchText.ts). */
  q?: string;
  /** `false` (the default): active processes only; `true`: archived only; `'all'`: both. */
  archived?: boolean | 'all';
  /** Set from the caller's scope: only these departments' processes, and base processes. */
  visibleTo?: readonly string[];
}

export type ProcessSortField = 'key' | 'name' | 'department' | 'updatedAt' | 'annualCaseVolume';

export interface ProcessListSort {
  field: ProcessSortField;
  direction: 'asc' | 'desc';
}

export const DEFAULT_SORT: ProcessListSort = { field: 'key', direction: 'asc' };

/** A MongoDB filter and sort, as plain objects the raw driver accepts too. */
export interface ListQuery {
  filter: Record<string, unknown>;
  sort: Record<string, 1 | -1>;
}

/**
 * Builds the MongoDB filter and sort of a listing. Single-valued criteria become plain top-level
 * equality (FerretDB's SQLite backend pushes only those down to SQL); `$in` is used only for
 * several departments, `$all` only for several tags, and search words become regexes over the
 * folded `search` field.
 */
export function buildListQuery(filter: ProcessListFilter, sort: ProcessListSort = DEFAULT_SORT): ListQuery {
  const query: Record<string, unknown> = {};
  const archived = filter.archived ?? false;
  if (archived !== 'all') query.archived = archived;

  const departments = [...new Set(filter.departments ?? [])];
  if (departments.length === 1) query.department = departments[0];
  else if (departments.length > 1) query.department = { $in: departments };

  if (filter.kind !== undefined) query.kind = filter.kind;
  if (filter.group !== undefined) query.group = filter.group;
  if (filter.baseProcess !== undefined) query.baseProcess = filter.baseProcess;

  const tags = [...new Set(filter.tags ?? [])];
  if (tags.length === 1) query.tags = tags[0];
  else if (tags.length > 1) query.tags = { $all: tags };

  // A reader limited to some departments sees their processes and every base process (see auth/policy.ts).
  if (filter.visibleTo) query.$or = [{ department: { $in: [...filter.visibleTo] } }, { kind: 'base' }];

  const terms = filter.q === undefined ? [] : searchTerms(filter.q);
  // RE2 (FerretDB) has no lookahead, so several words are several regexes, all of which must match.
  if (terms.length === 1) query.search = { $regex: escapeRegex(terms[0]!) };
  else if (terms.length > 1) query.$and = terms.map((t) => ({ search: { $regex: escapeRegex(t) } }));

  const direction = sort.direction === 'desc' ? -1 : 1;
  // Names sort as German dictionaries do (ä = a), by the derived sortName; bytes would put Ä after Z.
  const order: Record<string, 1 | -1> = { [sort.field === 'name' ? 'sortName' : sort.field]: direction };
  if (sort.field !== 'key') order.key = 1;
  return { filter: query, sort: order };
}

/** Maps a stored document to the API shape (no `_id`, no derived fields, dates as ISO strings). */
export function toProcess(doc: ProcessDoc): Process {
  const process: Process = {
    key: doc.key,
    name: doc.name,
    department: doc.department,
    kind: doc.kind,
    documentTypes: [...(doc.documentTypes ?? [])],
    tags: [...(doc.tags ?? [])],
    archived: doc.archived,
    version: doc.version,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
  if (doc.description !== undefined) process.description = doc.description;
  if (doc.baseProcess !== undefined) process.baseProcess = doc.baseProcess;
  if (doc.baseVersion !== undefined) process.baseVersion = doc.baseVersion;
  if (doc.group !== undefined) process.group = doc.group;
  if (doc.leikaKey !== undefined) process.leikaKey = doc.leikaKey;
  if (doc.filingPlanRef !== undefined) process.filingPlanRef = doc.filingPlanRef;
  if (doc.retentionYears !== undefined) process.retentionYears = doc.retentionYears;
  if (doc.disposal !== undefined) process.disposal = doc.disposal;
  if (doc.annualCaseVolume !== undefined) process.annualCaseVolume = doc.annualCaseVolume;
  if (doc.legalBasis !== undefined) process.legalBasis = doc.legalBasis;
  if (doc.latestDiagramVersion !== undefined) process.latestDiagramVersion = doc.latestDiagramVersion;
  if (doc.releasedDiagramVersion !== undefined) process.releasedDiagramVersion = doc.releasedDiagramVersion;
  return process;
}

export interface ProcessPageRequest {
  sort?: ProcessListSort;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface ProcessListResult {
  items: Process[];
  total: number;
}

/** The fields a rule needs to decide on a change, read before the conditional write. */
export type ProcessState = Pick<
  ProcessDoc,
  'key' | 'name' | 'description' | 'kind' | 'department' | 'archived' | 'version'
>;

export interface ProcessesRepositoryOptions {
  /** Serve listings from memory on FerretDB (see processListCache.ts); default true. */
  listCache?: boolean;
}

export class ProcessesRepository {
  constructor(
    private readonly model: Model<ProcessDoc>,
    private readonly options: ProcessesRepositoryOptions = {},
  ) {}

  /** One page of the processes matching `filter` that `scope` may see, and how many match in all. */
  async list(scope: Scope, filter: ProcessListFilter, request: ProcessPageRequest): Promise<ProcessListResult> {
    const visible = scope.visibleDepartments();
    if (visible !== 'all') filter = { ...filter, visibleTo: visible };
    const pageSize = Math.min(Math.max(1, Math.trunc(request.pageSize)), MAX_PAGE_SIZE);
    const page = Math.max(1, Math.trunc(request.page));
    const { filter: query, sort } = buildListQuery(filter, request.sort);
    if (this.options.listCache !== false && (await backendOf(this.model.db)).ferretdb) {
      const rows = await processListCache(this.model).all();
      const matches = [...rows.values()].filter((row) => matchesFilter(row, query)).sort(sortComparator(sort));
      const items = matches.slice((page - 1) * pageSize, page * pageSize) as ProcessDoc[];
      return { items: items.map(toProcess), total: matches.length };
    }
    const [docs, total] = await Promise.all([
      this.model
        .find(query, PROJECTION)
        .sort(sort)
        .skip((page - 1) * pageSize)
        .limit(pageSize)
        .lean<ProcessDoc[]>()
        .exec(),
      this.model.countDocuments(query).exec(),
    ]);
    return { items: docs.map(toProcess), total };
  }

  /** The process `key` if `scope` covers it (404 when it does not exist or may not be seen, 403 when it may not be acted on). */
  async get(scope: Scope, key: string): Promise<Process> {
    const doc = await this.model.findOne({ _id: key }, PROJECTION).lean<ProcessDoc>().exec();
    if (!doc) throw new NotFoundError(`Process ${key} does not exist.`);
    scope.check(doc, `Process ${key}`);
    return toProcess(doc);
  }

  /** The fields the rules look at before a change, checked against `scope`; NotFoundError when the process does not exist. */
  async state(scope: Scope, key: string): Promise<ProcessState> {
    const doc = await this.model
      .findOne(
        { _id: key },
        { _id: 0, key: 1, name: 1, description: 1, kind: 1, department: 1, archived: 1, version: 1 },
      )
      .lean<ProcessState>()
      .exec();
    if (!doc) throw new NotFoundError(`Process ${key} does not exist.`);
    scope.check(doc, `Process ${key}`);
    return doc;
  }

  /** How many active (not archived) variants of the base process `key` departments have adopted. */
  async countActiveVariants(key: string): Promise<number> {
    return (await findProcesses(this.model, { baseProcess: key, archived: false })).length;
  }

  /** Stores a new process with its derived fields; ConflictError when the key is taken. */
  async create(scope: Scope, input: ProcessCreate): Promise<Process> {
    scope.check({ department: input.department, kind: input.kind }, `Process ${input.key}`);
    const doc = newProcessDoc(input, new Date());
    try {
      const [created] = await this.model.insertMany([doc], { lean: true });
      return toProcess(created as unknown as ProcessDoc);
    } catch (err) {
      if (isDuplicateKey(err)) throw new ConflictError(`Process ${input.key} exists already.`);
      throw err;
    }
  }

  /** Applies `update` if `scope` covers the process and it is still at version `expected` (403/404/412 otherwise). */
  async update(scope: Scope, key: string, expected: number, update: VersionedUpdate): Promise<Process> {
    const doc = await updateVersioned(this.model, key, expected, update, `Process ${key}`, (current) =>
      scope.check({ department: current.department!, kind: current.kind! }, `Process ${key}`),
    );
    return toProcess(doc);
  }
}
