import type { Model } from 'mongoose';
import { NotFoundError, updateVersioned, type Scope } from '@efile/catalogue';
import type { ProblemDoc, ProblemStatus, Severity } from './problem.model.js';

/** A versioned change: fields to set and to remove. */
type VersionedUpdate = Parameters<typeof updateVersioned>[3];

/** What a listing filters on; every given filter must match, a list matches any of its values. */
export interface ProblemFilter {
  departments?: readonly string[];
  statuses?: readonly ProblemStatus[];
  severities?: readonly Severity[];
  processKey?: string;
  ownerId?: string;
}

export type ProblemSort = '-createdAt' | 'createdAt' | '-severity';

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };

function byCreated(a: ProblemDoc, b: ProblemDoc): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);
}

const COMPARATORS: Record<ProblemSort, (a: ProblemDoc, b: ProblemDoc) => number> = {
  createdAt: byCreated,
  '-createdAt': (a, b) => byCreated(b, a),
  '-severity': (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || byCreated(b, a),
};

/**
 * The problem reports. Listings take the caller's scope and return only departments it may see; they
 * filter in the database and sort in memory (a city has hundreds of reports, not millions).
 */
export class ProblemsRepository {
  constructor(private readonly model: Model<ProblemDoc>) {}

  /** Every report matching `filter` that `scope` may see, in `sort` order. */
  async list(scope: Scope, filter: ProblemFilter, sort: ProblemSort = '-createdAt'): Promise<ProblemDoc[]> {
    const visible = scope.visibleDepartments();
    let departments = filter.departments;
    if (visible !== 'all') departments = departments ? departments.filter((d) => visible.includes(d)) : visible;
    if (departments && departments.length === 0) return [];
    const query: Record<string, unknown> = {};
    if (departments) query.department = { $in: [...departments] };
    if (filter.statuses) query.status = { $in: [...filter.statuses] };
    if (filter.severities) query.severity = { $in: [...filter.severities] };
    if (filter.processKey !== undefined) query.processKey = filter.processKey;
    if (filter.ownerId !== undefined) query.ownerId = filter.ownerId;
    const docs = await this.model.find(query).lean<ProblemDoc[]>().exec();
    return docs.sort(COMPARATORS[sort]);
  }

  /** The report `id` if `scope` covers its department (404 when missing or hidden, 403 when it may not act). */
  async get(scope: Scope, id: string): Promise<ProblemDoc> {
    const doc = await this.model.findOne({ _id: id }).lean<ProblemDoc>().exec();
    if (!doc) throw new NotFoundError(`Problem report ${id} does not exist.`);
    scope.check({ department: doc.department }, `Problem report ${id}`);
    return doc;
  }

  async create(doc: ProblemDoc): Promise<ProblemDoc> {
    await this.model.insertMany([doc]);
    return doc;
  }

  /** Applies `update` if `scope` covers the report and it is still at version `expected` (403/404/412 otherwise). */
  update(scope: Scope, id: string, expected: number, update: VersionedUpdate): Promise<ProblemDoc> {
    return updateVersioned(this.model, id, expected, update, `Problem report ${id}`, (current) =>
      scope.check({ department: current.department! }, `Problem report ${id}`),
    );
  }
}
