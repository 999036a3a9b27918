/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * An account id, e.g. "acc_3k9x…".
 *
 * This interface was referenced by `Account`'s JSON-Schema
 * via the `definition` "AccountId".
 */
export type AccountId = string;
/**
 * The sign-in name: lower-case letters, digits, dot, dash, underscore.
 *
 * This interface was referenced by `Account`'s JSON-Schema
 * via the `definition` "Username".
 */
export type Username = string;
/**
 * This interface was referenced by `Account`'s JSON-Schema
 * via the `definition` "DisplayName".
 */
export type DisplayName = string;
/**
 * This interface was referenced by `Account`'s JSON-Schema
 * via the `definition` "Email".
 */
export type Email = string;
/**
 * admin (central IT), consultant (central IT support), modeller (department), manager (read-only).
 *
 * This interface was referenced by `Account`'s JSON-Schema
 * via the `definition` "Role".
 */
export type Role = 'admin' | 'consultant' | 'modeller' | 'manager';
/**
 * The departments the account is assigned to (a modeller's own Ämter, a consultant's assigned ones, a manager's when not city-wide).
 *
 * @maxItems 100
 *
 * This interface was referenced by `Account`'s JSON-Schema
 * via the `definition` "Departments".
 *
 * Items: The department's number code (Amtsnummer), e.g. "32" or "36.1".
 */
export type Departments = string[];
/**
 * A manager who reads city-wide rather than only their departments.
 *
 * This interface was referenced by `Account`'s JSON-Schema
 * via the `definition` "AllDepartments".
 */
export type AllDepartments = boolean;
/**
 * At least 12 characters.
 *
 * This interface was referenced by `Account`'s JSON-Schema
 * via the `definition` "Password".
 */
export type Password = string;

/**
 * A user account: a person who signs in (locally or through the city's identity provider). Staff names live only here.
 */
export interface Account {
  id: AccountId;
  username: Username;
  displayName: DisplayName;
  email?: Email;
  role: Role;
  departments: Departments;
  allDepartments: AllDepartments;
  /**
   * False for a deactivated account: it cannot sign in and its sessions are ended.
   */
  active: boolean;
  /**
   * Where the account signs in: a local password, or the configured OIDC identity provider (role and departments then come from its claims).
   */
  source: 'local' | 'oidc';
  /**
   * An instant in UTC, ISO 8601.
   */
  lastLoginAt?: string;
  /**
   * The resource version; sent as ETag, expected back as If-Match.
   */
  version: number;
  /**
   * An instant in UTC, ISO 8601.
   */
  createdAt: string;
  /**
   * An instant in UTC, ISO 8601.
   */
  updatedAt: string;
}
