import type { Model } from 'mongoose';
import type { Account } from '@efile/schemas';
import { ConflictError, NotFoundError } from '../errors.js';
import { isDuplicateKey, updateVersioned, withDocumentLock, type VersionedUpdate } from '../db/versioned.js';
import type { AccountDoc } from './account.model.js';

/** Maps a stored account to the API shape (never the password hash or the external id). */
export function toAccount(doc: AccountDoc): Account {
  return {
    id: doc._id,
    username: doc.username,
    displayName: doc.displayName,
    ...(doc.email ? { email: doc.email } : {}),
    role: doc.role,
    departments: [...doc.departments],
    allDepartments: doc.allDepartments,
    active: doc.active,
    source: doc.source,
    ...(doc.lastLoginAt ? { lastLoginAt: doc.lastLoginAt.toISOString() } : {}),
    version: doc.version,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}

export class AccountsRepository {
  constructor(private readonly model: Model<AccountDoc>) {}

  /** All accounts by username (a city has hundreds, not millions). */
  async list(): Promise<AccountDoc[]> {
    const docs = await this.model.find({}).lean<AccountDoc[]>().exec();
    return docs.sort((a, b) => a.username.localeCompare(b.username));
  }

  async count(): Promise<number> {
    return this.model.countDocuments({}).exec();
  }

  async find(id: string): Promise<AccountDoc | undefined> {
    return (await this.model.findOne({ _id: id }).lean<AccountDoc>().exec()) ?? undefined;
  }

  async get(id: string): Promise<AccountDoc> {
    const doc = await this.find(id);
    if (!doc) throw new NotFoundError(`Account ${id} does not exist.`);
    return doc;
  }

  async findByUsername(username: string): Promise<AccountDoc | undefined> {
    return (await this.model.findOne({ username: username.toLowerCase() }).lean<AccountDoc>().exec()) ?? undefined;
  }

  async findByExternalId(externalId: string): Promise<AccountDoc | undefined> {
    return (await this.model.findOne({ externalId }).lean<AccountDoc>().exec()) ?? undefined;
  }

  async insert(doc: AccountDoc): Promise<AccountDoc> {
    try {
      await this.model.insertMany([doc]);
      return doc;
    } catch (err) {
      if (isDuplicateKey(err)) throw new ConflictError(`The username ${doc.username} is taken.`);
      throw err;
    }
  }

  async update(id: string, expected: number, update: VersionedUpdate): Promise<AccountDoc> {
    return updateVersioned(this.model, id, expected, update, `Account ${id}`);
  }

  /** Records a sign-in (no version bump: it is not a change of the account). */
  async touchLogin(id: string, at: Date): Promise<void> {
    await withDocumentLock(this.model, id, () =>
      this.model.updateOne({ _id: id }, { $set: { lastLoginAt: at } }).exec(),
    );
  }
}
