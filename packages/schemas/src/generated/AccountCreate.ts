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
 * The body of POST /accounts: a new local account.
 */
export interface AccountCreate {
  /**
   * The sign-in name: lower-case letters, digits, dot, dash, underscore.
   */
  username: string;
  displayName: string;
  email?: string;
  /**
   * admin (central IT), consultant (central IT support), modeller (department), manager (read-only).
   */
  role: 'admin' | 'consultant' | 'modeller' | 'manager';
  departments?: Departments;
  /**
   * A manager who reads city-wide rather than only their departments.
   */
  allDepartments?: boolean;
  /**
   * At least 12 characters.
   */
  password: string;
}
