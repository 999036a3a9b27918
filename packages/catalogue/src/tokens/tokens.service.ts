/**
 * API tokens for automation: created by an admin for a role and departments, shown once
 * (`efr_tok_<id>_<secret>`), stored as a hash, revocable, optionally expiring.
 */
import type { Model } from 'mongoose';
import type { ApiToken, ApiTokenCreate, ApiTokenCreated } from '@efile/schemas';
import { NotFoundError, UnprocessableError } from '../errors.js';
import { newId, newSecret } from '../auth/ids.js';
import type { Principal } from '../auth/principal.js';
import type { DepartmentCodes } from '../accounts/accounts.service.js';
import { hashSecret, sameSecret } from '../sessions/sessions.service.js';
import type { TokenDoc } from './token.model.js';

const FORMAT = /^efr_(tok_[a-z0-9]{8,32})_([A-Za-z0-9_-]{32,})$/;
const TOUCH_MS = 60_000;

export function toApiToken(doc: TokenDoc, now = new Date()): ApiToken {
  return {
    id: doc._id,
    name: doc.name,
    role: doc.role,
    departments: [...doc.departments],
    allDepartments: doc.allDepartments,
    createdBy: doc.createdBy,
    createdAt: doc.createdAt.toISOString(),
    ...(doc.expiresAt ? { expiresAt: doc.expiresAt.toISOString() } : {}),
    ...(doc.revokedAt ? { revokedAt: doc.revokedAt.toISOString() } : {}),
    ...(doc.lastUsedAt ? { lastUsedAt: doc.lastUsedAt.toISOString() } : {}),
    active: !doc.revokedAt && (!doc.expiresAt || doc.expiresAt > now),
  };
}

export class TokensService {
  constructor(
    private readonly model: Model<TokenDoc>,
    private readonly departments: DepartmentCodes,
  ) {}

  async create(input: ApiTokenCreate, createdBy: string, now = new Date()): Promise<ApiTokenCreated> {
    const departments = input.departments ?? [];
    if (input.expiresAt && new Date(input.expiresAt) <= now) {
      throw new UnprocessableError('The token would be expired already.', [
        { in: 'body', field: '/expiresAt', message: 'must be in the future' },
      ]);
    }
    const existing = await this.departments.existingCodes(departments);
    const missing = departments.filter((d) => !existing.has(d));
    if (missing.length > 0) {
      throw new UnprocessableError(`Department ${missing.join(', ')} does not exist.`, [
        { in: 'body', field: '/departments', message: `names departments that do not exist: ${missing.join(', ')}` },
      ]);
    }
    if ((input.role === 'modeller' || input.role === 'consultant') && departments.length === 0) {
      throw new UnprocessableError(`A ${input.role} token works for at least one department.`, [
        { in: 'body', field: '/departments', message: `must name at least one department for a ${input.role}` },
      ]);
    }
    const id = newId('tok');
    const secretPart = newSecret();
    const doc: TokenDoc = {
      _id: id,
      name: input.name,
      secretHash: hashSecret(secretPart),
      role: input.role,
      departments,
      allDepartments: input.allDepartments ?? false,
      createdBy,
      createdAt: now,
      ...(input.expiresAt ? { expiresAt: new Date(input.expiresAt) } : {}),
    };
    await this.model.insertMany([doc]);
    return { token: toApiToken(doc, now), secret: `efr_${id}_${secretPart}` };
  }

  async list(now = new Date()): Promise<ApiToken[]> {
    const docs = await this.model.find({}).lean<TokenDoc[]>().exec();
    return docs.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).map((d) => toApiToken(d, now));
  }

  async get(id: string): Promise<ApiToken> {
    const doc = await this.model.findOne({ _id: id }).lean<TokenDoc>().exec();
    if (!doc) throw new NotFoundError(`API token ${id} does not exist.`);
    return toApiToken(doc);
  }

  /** Revokes a token for good (idempotent: revoking twice keeps the first time). */
  async revoke(id: string, now = new Date()): Promise<ApiToken> {
    const doc = await this.model.findOne({ _id: id }).lean<TokenDoc>().exec();
    if (!doc) throw new NotFoundError(`API token ${id} does not exist.`);
    if (doc.revokedAt) return toApiToken(doc, now);
    await this.model.updateOne({ _id: id }, { $set: { revokedAt: now } }).exec();
    return toApiToken({ ...doc, revokedAt: now }, now);
  }

  /** The principal of a presented secret, or undefined when it is malformed, unknown, revoked or expired. */
  async resolve(secret: string, now = new Date()): Promise<Principal | undefined> {
    const match = FORMAT.exec(secret);
    if (!match) return undefined;
    const [, id, secretPart] = match as unknown as [string, string, string];
    const doc = await this.model.findOne({ _id: id }).lean<TokenDoc>().exec();
    if (!doc || !sameSecret(doc.secretHash, hashSecret(secretPart))) return undefined;
    if (doc.revokedAt || (doc.expiresAt && doc.expiresAt <= now)) return undefined;
    if (!doc.lastUsedAt || now.getTime() - doc.lastUsedAt.getTime() > TOUCH_MS) {
      await this.model.updateOne({ _id: id }, { $set: { lastUsedAt: now } }).exec();
    }
    return {
      id: doc._id,
      kind: 'token',
      role: doc.role,
      departments: doc.departments,
      allDepartments: doc.role === 'manager' ? doc.allDepartments : true,
    };
  }
}
