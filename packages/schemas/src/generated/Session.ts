/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

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
 * Who is signed in, and the CSRF token to send back as X-CSRF-Token on every change.
 */
export interface Session {
  account: Account;
  csrfToken: string;
  /**
   * An instant in UTC, ISO 8601.
   */
  expiresAt: string;
  /**
   * An instant in UTC, ISO 8601.
   */
  idleExpiresAt: string;
}
/**
 * A user account: a person who signs in (locally or through the city's identity provider). Staff names live only here.
 */
export interface Account {
  /**
   * An account id, e.g. "acc_3k9x…".
   *
   * This interface was referenced by `Account`'s JSON-Schema
   * via the `definition` "AccountId".
   */
  id: string;
  /**
   * The sign-in name: lower-case letters, digits, dot, dash, underscore.
   *
   * This interface was referenced by `Account`'s JSON-Schema
   * via the `definition` "Username".
   */
  username: string;
  /**
   * This interface was referenced by `Account`'s JSON-Schema
   * via the `definition` "DisplayName".
   */
  displayName: string;
  /**
   * This interface was referenced by `Account`'s JSON-Schema
   * via the `definition` "Email".
   */
  email?: string;
  /**
   * admin (central IT), consultant (central IT support), modeller (department), manager (read-only).
   *
   * This interface was referenced by `Account`'s JSON-Schema
   * via the `definition` "Role".
   */
  role: 'admin' | 'consultant' | 'modeller' | 'manager';
  departments: Departments;
  /**
   * A manager who reads city-wide rather than only their departments.
   *
   * This interface was referenced by `Account`'s JSON-Schema
   * via the `definition` "AllDepartments".
   */
  allDepartments: boolean;
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
