import type { Model } from 'mongoose';
import { isDuplicateKey, PreconditionFailedError, updateVersioned } from '@efile/catalogue';
import type { PlanDoc } from './plan.model.js';
import type { VersionedUpdate } from './waves.repository.js';

/** The planning entries of processes, one per process key (`_id`). */
export class PlansRepository {
  constructor(private readonly model: Model<PlanDoc>) {}

  /** Every planning entry (capacity planning needs them all). */
  all(): Promise<PlanDoc[]> {
    return this.model.find({}).lean<PlanDoc[]>().exec();
  }

  /**
   * The entries of processes of `departments` (`all` for every one), by process key. The caller
   * passes what its scope may see, so an unscoped listing cannot be written by accident.
   */
  async list(departments: 'all' | readonly string[]): Promise<PlanDoc[]> {
    if (departments !== 'all' && departments.length === 0) return [];
    const filter = departments === 'all' ? {} : { department: { $in: [...departments] } };
    const docs = await this.model.find(filter).lean<PlanDoc[]>().exec();
    return docs.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  }

  async find(key: string): Promise<PlanDoc | undefined> {
    return (await this.model.findOne({ _id: key }).lean<PlanDoc>().exec()) ?? undefined;
  }

  /** Stores the first entry of a process; 412 when someone else stored one meanwhile. */
  async create(doc: PlanDoc): Promise<PlanDoc> {
    try {
      await this.model.insertMany([doc]);
      return doc;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const current = await this.find(doc._id);
      throw new PreconditionFailedError(
        `The planning of process ${doc._id} was just created by someone else. Reload it and apply your change again.`,
        current?.version,
      );
    }
  }

  /** Replaces the entry if it is still at version `expected` (404/412 otherwise). */
  replace(key: string, expected: number, update: VersionedUpdate): Promise<PlanDoc> {
    return updateVersioned(this.model, key, expected, update, `The planning of process ${key}`);
  }
}
