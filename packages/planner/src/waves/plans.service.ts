import type { Model } from 'mongoose';
import type { WavePlan, WavePlanListQuery, WavePlanPage, WavePlanUpdate } from '@efile/schemas';
import {
  NotFoundError,
  PreconditionFailedError,
  PreconditionRequiredError,
  type ProcessDoc,
  type Scope,
} from '@efile/catalogue';
import type { PlanDoc } from './plan.model.js';
import type { PlansRepository } from './plans.repository.js';

/** Maps a stored planning entry to the API shape. */
export function toWavePlan(doc: PlanDoc): WavePlan {
  return {
    processKey: doc._id,
    department: doc.department,
    complexity: doc.complexity,
    support: doc.support,
    ...(doc.note !== undefined ? { note: doc.note } : {}),
    version: doc.version,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    updatedBy: doc.updatedBy,
  };
}

/**
 * The planning attributes of processes (complexity class and planned support level):
 * - an entry belongs to the process's department, read from the catalogue; writing it is `rollout:write`
 *   in that department (base processes: central IT only), reading it follows the reader's scope;
 * - PUT without If-Match creates the first entry; an existing one is replaced only with If-Match (428
 *   without, 412 when outdated).
 */
export class PlansService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly processes: Model<ProcessDoc>,
  ) {}

  /** One page of the entries the scope may see, by process key. */
  async list(scope: Scope, query: WavePlanListQuery): Promise<WavePlanPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const visible = scope.visibleDepartments();
    let departments: 'all' | readonly string[] = visible;
    if (query.department) {
      departments = visible === 'all' ? query.department : query.department.filter((d) => visible.includes(d));
    }
    const docs = await this.plans.list(departments);
    const items = docs.slice((page - 1) * pageSize, page * pageSize).map(toWavePlan);
    return { items, total: docs.length, page, pageSize };
  }

  /** The entry of process `key` (404 when there is none, or the scope may not see its department). */
  async get(scope: Scope, key: string): Promise<WavePlan> {
    const doc = await this.plans.find(key);
    if (!doc) throw new NotFoundError(`Process ${key} has no planning entry.`);
    scope.check({ department: doc.department }, `The planning of process ${key}`);
    return toWavePlan(doc);
  }

  /** Creates (`expected` undefined) or replaces the entry of process `key`; `created` tells which. */
  async put(
    scope: Scope,
    key: string,
    expected: number | undefined,
    input: WavePlanUpdate,
  ): Promise<{ plan: WavePlan; created: boolean }> {
    const process = await this.processes
      .findOne({ _id: key }, { _id: 0, department: 1, kind: 1 })
      .lean<Pick<ProcessDoc, 'department' | 'kind'>>()
      .exec();
    if (!process) throw new NotFoundError(`Process ${key} does not exist.`);
    scope.check({ department: process.department, kind: process.kind }, `Process ${key}`);
    const current = await this.plans.find(key);
    if (!current) {
      if (expected !== undefined) {
        throw new PreconditionFailedError(
          `Process ${key} has no planning entry yet, so If-Match cannot match; send the first one without If-Match.`,
        );
      }
      const now = new Date();
      const doc: PlanDoc = {
        _id: key,
        department: process.department,
        complexity: input.complexity,
        support: input.support,
        ...(input.note !== undefined ? { note: input.note } : {}),
        version: 1,
        createdAt: now,
        updatedAt: now,
        updatedBy: scope.actorId,
      };
      return { plan: toWavePlan(await this.plans.create(doc)), created: true };
    }
    if (expected === undefined) {
      throw new PreconditionRequiredError(
        `Process ${key} has a planning entry already; send If-Match with its ETag to replace it.`,
      );
    }
    const replaced = await this.plans.replace(key, expected, {
      $set: {
        department: process.department,
        complexity: input.complexity,
        support: input.support,
        updatedBy: scope.actorId,
        ...(input.note !== undefined ? { note: input.note } : {}),
      },
      ...(input.note === undefined ? { $unset: { note: '' as const } } : {}),
    });
    return { plan: toWavePlan(replaced), created: false };
  }
}
