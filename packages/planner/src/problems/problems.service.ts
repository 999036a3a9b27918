import { randomBytes } from 'node:crypto';
import type { Model } from 'mongoose';
import type {
  FieldError,
  ProblemReport,
  ProblemReportCreate,
  ProblemReportListQuery,
  ProblemReportPage,
  ProblemReportUpdate,
} from '@efile/schemas';
import {
  PreconditionFailedError,
  UnprocessableError,
  type AccountDoc,
  type DepartmentsRepository,
  type ProcessDoc,
  type Scope,
} from '@efile/catalogue';
import { DAY_MS } from '../domain/calendar.js';
import type { ProblemDoc, StatusChangeDoc } from './problem.model.js';
import type { ProblemFilter, ProblemsRepository } from './problems.repository.js';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A new problem report id, `prb_` and 12 random characters of a-z0-9. */
export function newProblemId(): string {
  let id = '';
  for (const b of randomBytes(12)) id += ALPHABET[b % ALPHABET.length];
  return `prb_${id}`;
}

/** Whole days from the report to its resolution, or to `now` while it is open. */
export function ageDays(doc: Pick<ProblemDoc, 'createdAt' | 'resolvedAt'>, now: Date): number {
  const end = doc.resolvedAt ?? now;
  return Math.max(0, Math.floor((end.getTime() - doc.createdAt.getTime()) / DAY_MS));
}

/** Maps a stored report to the API shape, with its age as of `now`. */
export function toProblemReport(doc: ProblemDoc, now: Date): ProblemReport {
  return {
    id: doc._id,
    title: doc.title,
    description: doc.description,
    severity: doc.severity,
    status: doc.status,
    ownerId: doc.ownerId,
    department: doc.department,
    ...(doc.processKey !== undefined ? { processKey: doc.processKey } : {}),
    createdAt: doc.createdAt.toISOString(),
    createdBy: doc.createdBy,
    ...(doc.resolvedAt ? { resolvedAt: doc.resolvedAt.toISOString() } : {}),
    ...(doc.resolution !== undefined ? { resolution: doc.resolution } : {}),
    ageDays: ageDays(doc, now),
    history: doc.history.map((h) => ({
      at: h.at.toISOString(),
      actorId: h.actorId,
      from: h.from,
      to: h.to,
      ...(h.resolution !== undefined ? { resolution: h.resolution } : {}),
    })),
    version: doc.version,
    updatedAt: doc.updatedAt.toISOString(),
  };
}

/** Turns the validated query string of GET /rollout/problems into the repository's filter. */
export function toProblemFilter(
  query: Pick<ProblemReportListQuery, 'department' | 'status' | 'severity' | 'processKey' | 'ownerId'>,
): ProblemFilter {
  return {
    ...(query.department ? { departments: query.department } : {}),
    ...(query.status ? { statuses: query.status } : {}),
    ...(query.severity ? { severities: query.severity } : {}),
    ...(query.processKey !== undefined ? { processKey: query.processKey } : {}),
    ...(query.ownerId !== undefined ? { ownerId: query.ownerId } : {}),
  };
}

export interface ProblemsServiceDeps {
  repository: ProblemsRepository;
  processes: Model<ProcessDoc>;
  departments: DepartmentsRepository;
  accounts: Model<AccountDoc>;
  /** The time; tests fix it. */
  now: () => Date;
}

/**
 * Problem reports ("a problem reported early is a chance, not a failure"):
 * - a report belongs to one department: the department of its process, or, for a base process (central
 *   IT's template), the department where the problem occurs, which the reporter names; reading follows the
 *   reader's scope (a manager limited to departments sees only theirs), writing is `rollout:write` there;
 * - the owner is an active account (an id; names live in accounts only);
 * - status moves freely between open, in progress and resolved; resolving needs a resolution, reopening
 *   removes it and the resolution date; every change of status is kept in `history`;
 * - department and process never change; reports are never deleted.
 */
export class ProblemsService {
  constructor(private readonly deps: ProblemsServiceDeps) {}

  async list(scope: Scope, query: ProblemReportListQuery): Promise<ProblemReportPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const docs = await this.deps.repository.list(scope, toProblemFilter(query), query.sort ?? '-createdAt');
    const now = this.deps.now();
    const items = docs.slice((page - 1) * pageSize, page * pageSize).map((d) => toProblemReport(d, now));
    return { items, total: docs.length, page, pageSize };
  }

  /** Every report matching `filter` that the scope may see, most severe first (for exports). */
  async all(scope: Scope, filter: ProblemFilter): Promise<ProblemReport[]> {
    const now = this.deps.now();
    return (await this.deps.repository.list(scope, filter, '-severity')).map((d) => toProblemReport(d, now));
  }

  async get(scope: Scope, id: string): Promise<ProblemReport> {
    return toProblemReport(await this.deps.repository.get(scope, id), this.deps.now());
  }

  async create(scope: Scope, input: ProblemReportCreate): Promise<ProblemReport> {
    const department = await this.departmentOf(input);
    scope.check({ department }, `Department ${department}`);
    await this.checkOwner(input.ownerId);
    const now = this.deps.now();
    const doc: ProblemDoc = {
      _id: newProblemId(),
      title: input.title,
      description: input.description,
      severity: input.severity,
      status: 'open',
      ownerId: input.ownerId,
      department,
      ...(input.processKey !== undefined ? { processKey: input.processKey } : {}),
      createdAt: now,
      createdBy: scope.actorId,
      history: [],
      version: 1,
      updatedAt: now,
      updatedBy: scope.actorId,
    };
    return toProblemReport(await this.deps.repository.create(doc), now);
  }

  /** Changes the fields in `patch` if the report is still at version `expected`. */
  async update(scope: Scope, id: string, expected: number, patch: ProblemReportUpdate): Promise<ProblemReport> {
    const current = await this.deps.repository.get(scope, id);
    if (current.version !== expected) {
      throw new PreconditionFailedError(
        `Problem report ${id} was changed by someone else (now version ${current.version}, you sent ${expected}). Reload it and apply your change again.`,
        current.version,
      );
    }
    const status = patch.status ?? current.status;
    const resolving = status === 'resolved' && current.status !== 'resolved';
    const errors: FieldError[] = [];
    if (patch.resolution !== undefined && patch.resolution.trim() === '') {
      errors.push({ in: 'body', field: '/resolution', message: 'must not be blank' });
    } else if (patch.resolution !== undefined && status !== 'resolved') {
      errors.push({ in: 'body', field: '/resolution', message: 'is only given when resolving (status resolved)' });
    } else if (resolving && patch.resolution === undefined) {
      errors.push({ in: 'body', field: '/resolution', message: 'is required when resolving a problem' });
    }
    if (errors.length > 0) throw new UnprocessableError('The change is invalid.', errors);
    if (patch.ownerId !== undefined && patch.ownerId !== current.ownerId) await this.checkOwner(patch.ownerId);

    const now = this.deps.now();
    const $set: Record<string, unknown> = { updatedBy: scope.actorId };
    const $unset: Record<string, ''> = {};
    for (const field of ['title', 'description', 'severity', 'ownerId', 'resolution'] as const) {
      if (patch[field] !== undefined) $set[field] = patch[field];
    }
    if (status !== current.status) {
      const change: StatusChangeDoc = { at: now, actorId: scope.actorId, from: current.status, to: status };
      if (resolving) {
        change.resolution = patch.resolution!;
        $set.resolvedAt = now;
      }
      if (current.status === 'resolved') {
        $unset.resolvedAt = '';
        $unset.resolution = '';
      }
      $set.status = status;
      $set.history = [...current.history, change];
    }
    const updated = await this.deps.repository.update(scope, id, expected, { $set, $unset });
    return toProblemReport(updated, now);
  }

  /** The department a new report belongs to (422 when it cannot be told or does not exist). */
  private async departmentOf(input: ProblemReportCreate): Promise<string> {
    if (input.processKey !== undefined) {
      const process = await this.deps.processes
        .findOne({ _id: input.processKey }, { _id: 0, department: 1, kind: 1 })
        .lean<Pick<ProcessDoc, 'department' | 'kind'>>()
        .exec();
      if (!process) {
        throw new UnprocessableError('The problem report is invalid.', [
          { in: 'body', field: '/processKey', message: `names no existing process (${input.processKey})` },
        ]);
      }
      if (process.kind === 'department') {
        if (input.department !== undefined && input.department !== process.department) {
          throw new UnprocessableError('The problem report is invalid.', [
            {
              in: 'body',
              field: '/department',
              message: `must be the process's department (${process.department}) or left out`,
            },
          ]);
        }
        return process.department;
      }
      if (input.department === undefined) {
        throw new UnprocessableError('The problem report is invalid.', [
          {
            in: 'body',
            field: '/department',
            message: 'is required for a base process: the department where the problem occurs',
          },
        ]);
      }
    } else if (input.department === undefined) {
      throw new UnprocessableError('The problem report is invalid.', [
        { in: 'body', field: '/department', message: 'is required when no processKey is given' },
      ]);
    }
    const department = input.department;
    if (!(await this.deps.departments.find(department))) {
      throw new UnprocessableError('The problem report is invalid.', [
        { in: 'body', field: '/department', message: `names no existing department (${department})` },
      ]);
    }
    return department;
  }

  /** 422 unless `ownerId` is an active account. */
  private async checkOwner(ownerId: string): Promise<void> {
    const owner = await this.deps.accounts
      .findOne({ _id: ownerId }, { _id: 1, active: 1 })
      .lean<Pick<AccountDoc, '_id' | 'active'>>()
      .exec();
    if (!owner?.active) {
      throw new UnprocessableError('The problem report is invalid.', [
        { in: 'body', field: '/ownerId', message: `names no active account (${ownerId})` },
      ]);
    }
  }
}
