/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */

/**
 * The departments the account is assigned to (a modeller's own Ämter, a consultant's assigned ones, a manager's when not city-wide).
 *
 * @maxItems 100
 *
 * Items: The department's number code (Amtsnummer), e.g. "32" or "36.1".
 */
export type Departments = string[];

/**
 * The answer to POST /tokens: the token and, this once, its secret (send it as Authorization: Bearer).
 */
export interface ApiTokenCreated {
  token: ApiToken;
  secret: string;
}
/**
 * An API token of a service account (automation, e.g. an import from another system). The secret is shown once, at creation.
 */
export interface ApiToken {
  /**
   * This interface was referenced by `ApiToken`'s JSON-Schema
   * via the `definition` "TokenId".
   */
  id: string;
  /**
   * What the token is for, e.g. "Import aus dem Fachverfahren".
   *
   * This interface was referenced by `ApiToken`'s JSON-Schema
   * via the `definition` "Name".
   */
  name: string;
  /**
   * admin (central IT), consultant (central IT support), modeller (department), manager (read-only).
   */
  role: 'admin' | 'consultant' | 'modeller' | 'manager';
  departments: Departments;
  /**
   * A manager who reads city-wide rather than only their departments.
   */
  allDepartments: boolean;
  /**
   * The id of the account that acted (never a person's name).
   */
  createdBy: string;
  /**
   * An instant in UTC, ISO 8601.
   */
  createdAt: string;
  /**
   * An instant in UTC, ISO 8601.
   */
  expiresAt?: string;
  /**
   * An instant in UTC, ISO 8601.
   */
  revokedAt?: string;
  /**
   * An instant in UTC, ISO 8601.
   */
  lastUsedAt?: string;
  /**
   * Neither revoked nor expired.
   */
  active: boolean;
}
