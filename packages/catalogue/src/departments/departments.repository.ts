import type { Model } from 'mongoose';
import type { Department, DepartmentCreate } from '@efile/schemas';
import { ConflictError, NotFoundError } from '../errors.js';
import { isDuplicateKey, updateVersioned, type VersionedUpdate } from '../db/versioned.js';
import type { DepartmentDoc } from './department.model.js';

const PROJECTION = { _id: 0 } as const;

/** Maps a stored document to the API shape. */
export function toDepartment(doc: DepartmentDoc): Department {
  return {
    code: doc.code,
    name: doc.name,
    shortName: doc.shortName,
    ...(doc.parentUnit ? { parentUnit: doc.parentUnit as Department['parentUnit'] } : {}),
    ...(doc.coordinator ? { coordinator: doc.coordinator } : {}),
    version: doc.version,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}

export class DepartmentsRepository {
  constructor(private readonly model: Model<DepartmentDoc>) {}

  /** All departments, ordered by code (there are about fifty). */
  async list(): Promise<Department[]> {
    const docs = await this.model.find({}, PROJECTION).lean<DepartmentDoc[]>().exec();
    return docs.map(toDepartment).sort((a, b) => a.code.localeCompare(b.code, 'de', { numeric: true }));
  }

  async find(code: string): Promise<Department | undefined> {
    const doc = await this.model.findOne({ _id: code }, PROJECTION).lean<DepartmentDoc>().exec();
    return doc ? toDepartment(doc) : undefined;
  }

  async get(code: string): Promise<Department> {
    const found = await this.find(code);
    if (!found) throw new NotFoundError(`Department ${code} does not exist.`);
    return found;
  }

  /** The codes of all departments that exist, of those asked for. */
  async existingCodes(codes: readonly string[]): Promise<Set<string>> {
    const docs = await this.model.find({}, { code: 1, _id: 0 }).lean<{ code: string }[]>().exec();
    const wanted = new Set(codes);
    return new Set(docs.map((d) => d.code).filter((c) => wanted.has(c)));
  }

  async create(input: DepartmentCreate): Promise<Department> {
    const now = new Date();
    try {
      const [created] = await this.model.insertMany(
        [{ _id: input.code, ...input, version: 1, createdAt: now, updatedAt: now }],
        {
          lean: true,
        },
      );
      return toDepartment(created as unknown as DepartmentDoc);
    } catch (err) {
      if (isDuplicateKey(err)) throw new ConflictError(`Department ${input.code} exists already.`);
      throw err;
    }
  }

  async update(code: string, expected: number, update: VersionedUpdate): Promise<Department> {
    const doc = await updateVersioned(this.model, code, expected, update, `Department ${code}`);
    return toDepartment(doc);
  }
}
