import type { Account, AccountCreate, AccountUpdate } from '@efile/schemas';
import { ConflictError, UnprocessableError } from '../errors.js';
import { patchToUpdate } from '../db/versioned.js';
import { newId } from '../auth/ids.js';
import type { Principal, Role } from '../auth/principal.js';
import type { AccountDoc } from './account.model.js';
import { toAccount, type AccountsRepository } from './accounts.repository.js';
import { hashPassword } from './passwords.js';

/** What accounts need of departments: which codes exist. */
export interface DepartmentCodes {
  existingCodes(codes: readonly string[]): Promise<Set<string>>;
}

/** Told when an account's sessions must end (deactivated, password reset, role or departments changed). */
export interface SessionEnder {
  endAllFor(accountId: string): Promise<void>;
}

/** The principal an account acts as. */
export function principalOf(doc: AccountDoc): Principal {
  return {
    id: doc._id,
    kind: 'account',
    role: doc.role,
    departments: doc.departments,
    allDepartments: doc.role === 'manager' ? doc.allDepartments : true,
  };
}

/** An external identity, as the OIDC sign-in maps it from the ID token's claims. */
export interface ExternalIdentity {
  issuer: string;
  subject: string;
  username: string;
  displayName: string;
  email?: string;
  role: Role;
  departments: string[];
  allDepartments: boolean;
}

/**
 * The rules for accounts:
 * - usernames are unique, lower-case;
 * - a modeller has at least one department, a manager either departments or city-wide reading;
 * - every named department exists;
 * - deactivation, a password reset or a change of role or departments ends the account's sessions.
 */
export class AccountsService {
  constructor(
    private readonly repository: AccountsRepository,
    private readonly departments: DepartmentCodes,
    private readonly sessions: SessionEnder,
  ) {}

  async list(): Promise<Account[]> {
    return (await this.repository.list()).map(toAccount);
  }

  async get(id: string): Promise<Account> {
    return toAccount(await this.repository.get(id));
  }

  async create(input: AccountCreate, now = new Date()): Promise<Account> {
    const departments = input.departments ?? [];
    const allDepartments = input.allDepartments ?? false;
    await this.checkScope(input.role, departments, allDepartments);
    const doc: AccountDoc = {
      _id: newId('acc'),
      username: input.username.toLowerCase(),
      displayName: input.displayName,
      ...(input.email ? { email: input.email } : {}),
      role: input.role,
      departments,
      allDepartments,
      active: true,
      source: 'local',
      passwordHash: await hashPassword(input.password),
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    return toAccount(await this.repository.insert(doc));
  }

  /** Changes an account; `actorId` is the admin acting, who cannot deactivate or demote themselves. */
  async update(id: string, expectedVersion: number, patch: AccountUpdate, actorId?: string): Promise<Account> {
    const current = await this.repository.get(id);
    if (actorId === id && (patch.active === false || (patch.role !== undefined && patch.role !== 'admin'))) {
      throw new ConflictError('You cannot deactivate your own account or take away your own admin role.');
    }
    const role = patch.role ?? current.role;
    const departments = patch.departments ?? current.departments;
    const allDepartments = patch.allDepartments ?? current.allDepartments;
    await this.checkScope(role, departments, allDepartments);
    const updated = await this.repository.update(id, expectedVersion, patchToUpdate({ ...patch }));
    const scopeChanged =
      patch.active === false ||
      role !== current.role ||
      allDepartments !== current.allDepartments ||
      departments.join() !== current.departments.join();
    if (scopeChanged) await this.sessions.endAllFor(id);
    return toAccount(updated);
  }

  /** Sets a new password (admin reset); the account's sessions end. */
  async resetPassword(id: string, password: string): Promise<Account> {
    const current = await this.repository.get(id);
    if (current.source !== 'local') {
      throw new UnprocessableError(`Account ${id} signs in through the identity provider; it has no password here.`, [
        { in: 'path', field: 'id', message: 'is an OIDC account' },
      ]);
    }
    const updated = await this.repository.update(id, current.version, {
      $set: { passwordHash: await hashPassword(password) },
    });
    await this.sessions.endAllFor(id);
    return toAccount(updated);
  }

  /**
   * The account of an OIDC identity: created on its first sign-in, its role, departments and name
   * refreshed from the claims on every later one. A deactivated account stays deactivated.
   */
  async upsertExternal(identity: ExternalIdentity, now = new Date()): Promise<AccountDoc> {
    const externalId = `${identity.issuer}|${identity.subject}`;
    const existing = await this.repository.findByExternalId(externalId);
    const fields = {
      displayName: identity.displayName,
      role: identity.role,
      departments: identity.departments,
      allDepartments: identity.allDepartments,
      ...(identity.email ? { email: identity.email } : {}),
    };
    if (!existing) {
      return this.repository.insert({
        _id: newId('acc'),
        username: identity.username.toLowerCase(),
        ...fields,
        active: true,
        source: 'oidc',
        externalId,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    }
    const unchanged =
      existing.displayName === fields.displayName &&
      existing.role === fields.role &&
      existing.allDepartments === fields.allDepartments &&
      existing.departments.join() === fields.departments.join() &&
      (existing.email ?? '') === (fields.email ?? '');
    if (unchanged) return existing;
    return this.repository.update(existing._id, existing.version, { $set: fields });
  }

  private async checkScope(role: Role, departments: string[], allDepartments: boolean): Promise<void> {
    if (role === 'modeller' && departments.length === 0) {
      throw new UnprocessableError('A modeller works for at least one department.', [
        { in: 'body', field: '/departments', message: 'must name at least one department for a modeller' },
      ]);
    }
    if (role === 'manager' && departments.length === 0 && !allDepartments) {
      throw new UnprocessableError('A manager reads either city-wide (allDepartments) or named departments.', [
        { in: 'body', field: '/departments', message: 'must name a department, or set allDepartments' },
      ]);
    }
    const existing = await this.departments.existingCodes(departments);
    const missing = departments.filter((d) => !existing.has(d));
    if (missing.length > 0) {
      throw new UnprocessableError(`Department ${missing.join(', ')} does not exist.`, [
        { in: 'body', field: '/departments', message: `names departments that do not exist: ${missing.join(', ')}` },
      ]);
    }
  }
}
