import type { Department, Process, ProcessCreate, ProcessListQuery, ProcessPage, ProcessUpdate } from '@efile/schemas';
import { ConflictError, PreconditionFailedError, UnprocessableError } from '../errors.js';
import { patchToUpdate } from '../db/versioned.js';
import { derivedFields } from './process.model.js';
import type { Scope } from '../auth/scope.js';
import {
  DEFAULT_SORT,
  type ProcessesRepository,
  type ProcessListFilter,
  type ProcessListSort,
  type ProcessSortField,
  type ProcessState,
} from './processes.repository.js';

/** The one thing the processes need to know about departments: whether one exists. */
export interface DepartmentLookup {
  find(code: string): Promise<Department | undefined>;
}

/** Turns the validated query string of GET /processes into the repository's filter. */
export function toListFilter(query: ProcessListQuery): ProcessListFilter {
  const filter: ProcessListFilter = {};
  if (query.department) filter.departments = query.department;
  if (query.kind) filter.kind = query.kind;
  if (query.group !== undefined) filter.group = query.group;
  if (query.baseProcess !== undefined) filter.baseProcess = query.baseProcess;
  if (query.tag) filter.tags = query.tag;
  if (query.q !== undefined) filter.q = query.q;
  filter.archived = query.archived === 'all' ? 'all' : query.archived === 'true';
  return filter;
}

/** Turns `name` / `-name` into a sort; the default is by key, ascending. */
export function toListSort(sort: ProcessListQuery['sort']): ProcessListSort {
  if (!sort) return DEFAULT_SORT;
  const descending = sort.startsWith('-');
  return { field: (descending ? sort.slice(1) : sort) as ProcessSortField, direction: descending ? 'desc' : 'asc' };
}

/**
 * The rules for processes:
 * - a process belongs to exactly one existing department;
 * - base processes (`kind: base`) are central IT's; only admins create or change them (the policy, through the scope);
 * - every read and write goes through the caller's scope (department and role, see auth/policy.ts);
 * - processes are archived, never deleted; an archived process is read-only until restored;
 * - a base process that departments have adopted (active variants exist) cannot be archived.
 */
export class ProcessesService {
  constructor(
    private readonly repository: ProcessesRepository,
    private readonly departments: DepartmentLookup,
  ) {}

  async list(scope: Scope, query: ProcessListQuery): Promise<ProcessPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const { items, total } = await this.repository.list(scope, toListFilter(query), {
      sort: toListSort(query.sort),
      page,
      pageSize,
    });
    return { items, total, page, pageSize };
  }

  get(scope: Scope, key: string): Promise<Process> {
    return this.repository.get(scope, key);
  }

  async create(scope: Scope, input: ProcessCreate): Promise<Process> {
    if (!(await this.departments.find(input.department))) {
      throw new UnprocessableError(`Department ${input.department} does not exist; create it first.`, [
        { in: 'body', field: '/department', message: `names no existing department (${input.department})` },
      ]);
    }
    return this.repository.create(scope, input);
  }

  /**
   * Changes the fields in `patch` (null removes an optional one) if the process is still at
   * `expectedVersion`. The search text is recomputed from the version the client changes; the
   * write itself stays conditional on that version, so it cannot mix in a concurrent change.
   */
  async update(scope: Scope, key: string, expectedVersion: number, patch: ProcessUpdate): Promise<Process> {
    const current = await this.currentState(scope, key, expectedVersion);
    if (current.archived) {
      throw new ConflictError(`Process ${key} is archived and cannot be edited; restore it first.`);
    }
    const update = patchToUpdate(patch as Record<string, unknown>);
    if (patch.name !== undefined || patch.description !== undefined) {
      const description = patch.description === null ? undefined : (patch.description ?? current.description);
      Object.assign(update.$set, derivedFields({ key, name: patch.name ?? current.name, description }));
    }
    return this.repository.update(scope, key, expectedVersion, update);
  }

  /**
   * Archives a process (never a hard delete). A base process with active variants in departments
   * stays: archiving it would orphan their adoptions.
   */
  async archive(scope: Scope, key: string, expectedVersion: number): Promise<Process> {
    const current = await this.currentState(scope, key, expectedVersion);
    if (current.archived) throw new ConflictError(`Process ${key} is archived already.`);
    if (current.kind === 'base') {
      const variants = await this.repository.countActiveVariants(key);
      if (variants > 0) {
        throw new ConflictError(
          `Base process ${key} cannot be archived: ${variants} active ${variants === 1 ? 'variant' : 'variants'} in departments adopted it. Archive the variants first.`,
        );
      }
    }
    return this.repository.update(scope, key, expectedVersion, { $set: { archived: true } });
  }

  /** Takes an archived process back into the catalogue. */
  async restore(scope: Scope, key: string, expectedVersion: number): Promise<Process> {
    const current = await this.currentState(scope, key, expectedVersion);
    if (!current.archived) throw new ConflictError(`Process ${key} is not archived.`);
    return this.repository.update(scope, key, expectedVersion, { $set: { archived: false } });
  }

  /** The state the rules decide on; 404 when missing, 412 when the client's version is stale. */
  private async currentState(scope: Scope, key: string, expectedVersion: number): Promise<ProcessState> {
    const current = await this.repository.state(scope, key);
    if (current.version !== expectedVersion) {
      throw new PreconditionFailedError(
        `Process ${key} was changed by someone else (now version ${current.version}, you sent ${expectedVersion}). Reload it and apply your change again.`,
        current.version,
      );
    }
    return current;
  }
}
