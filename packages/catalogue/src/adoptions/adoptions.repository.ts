import type { Model } from 'mongoose';
import type { Process } from '@efile/schemas';
import { updateVersioned, withDocumentLock } from '../db/versioned.js';
import type { DepartmentDoc } from '../departments/department.model.js';
import type { ProcessDoc } from '../processes/process.model.js';
import { toProcess } from '../processes/processes.repository.js';
import { findProcesses } from '../processes/processListCache.js';
import type { Scope } from '../auth/scope.js';
import { NotFoundError } from '../errors.js';

const PROJECTION = { _id: 0, search: 0, sortName: 0, adoptionSlot: 0 } as const;

/** Most variants one base process can have listed: one per department, with room to spare. */
const MAX_VARIANTS = 1000;

/** The fields of a variant the adoption overview shows. */
export interface VariantSummary {
  key: string;
  department: string;
  baseVersion?: number;
  archived: boolean;
}

/** Processes and departments as the adoption rules need them. */
export class AdoptionsRepository {
  constructor(
    private readonly processes: Model<ProcessDoc>,
    private readonly departments: Model<DepartmentDoc>,
  ) {}

  /** The process `key`, checked against the caller's scope (404 when missing or hidden, 403 when not allowed). */
  async getProcess(scope: Scope, key: string): Promise<ProcessDoc> {
    const doc = await this.processes.findOne({ _id: key }, PROJECTION).lean<ProcessDoc>().exec();
    if (!doc) throw new NotFoundError(`Process ${key} does not exist.`);
    scope.check(doc, `Process ${key}`);
    return doc;
  }

  /** The process holding an adoption slot (the variant of a base process in a department). */
  async findBySlot(slot: string): Promise<ProcessDoc | undefined> {
    const doc = await this.processes.findOne({ adoptionSlot: slot }, PROJECTION).lean<ProcessDoc>().exec();
    return doc ?? undefined;
  }

  async departmentExists(code: string): Promise<boolean> {
    return (await this.departments.exists({ _id: code }).exec()) !== null;
  }

  /** The codes of all departments. */
  async departmentCodes(): Promise<string[]> {
    const docs = await this.departments.find({}, { _id: 0, code: 1 }).lean<{ code: string }[]>().exec();
    return docs.map((d) => d.code);
  }

  /** The variants of a base process in the departments the scope may see. */
  async variants(scope: Scope, baseKey: string): Promise<VariantSummary[]> {
    const visible = scope.visibleDepartments();
    const docs = await findProcesses(this.processes, { baseProcess: baseKey });
    return docs
      .filter((d) => visible === 'all' || visible.includes(d.department))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, MAX_VARIANTS)
      .map((d) => ({
        key: d.key,
        department: d.department,
        ...(d.baseVersion !== undefined ? { baseVersion: d.baseVersion } : {}),
        archived: d.archived,
      }));
  }

  /** Inserts a process document as given (duplicate key errors propagate). */
  async insert(doc: ProcessDoc): Promise<ProcessDoc> {
    const [created] = await this.processes.insertMany([doc], { lean: true });
    return created as unknown as ProcessDoc;
  }

  /** Removes a process that was just inserted, if it still holds the given slot (undoing a half adoption). */
  async removeVariant(key: string, slot: string): Promise<void> {
    await withDocumentLock(this.processes, key, async () => {
      const doc = await this.processes
        .findOne({ _id: key }, { adoptionSlot: 1 })
        .lean<{ adoptionSlot: string }>()
        .exec();
      if (doc?.adoptionSlot === slot) await this.processes.deleteOne({ _id: key }).exec();
    });
  }

  /** Sets a variant's baseVersion if the scope covers it and its version is still `expected` (403/404/412 otherwise). */
  async rebase(scope: Scope, key: string, expected: number, baseVersion: number): Promise<Process> {
    const doc = await updateVersioned(this.processes, key, expected, { $set: { baseVersion } }, `Process ${key}`, (c) =>
      scope.check({ department: c.department!, kind: c.kind! }, `Process ${key}`),
    );
    return toProcess(doc);
  }
}
