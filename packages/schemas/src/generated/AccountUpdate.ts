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
 * The body of PATCH /accounts/{id}: the fields to change; null removes the e-mail. Username and password do not change here.
 */
export interface AccountUpdate {
  displayName?: string;
  email?: string | null;
  /**
   * admin (central IT), consultant (central IT support), modeller (department), manager (read-only).
   */
  role?: 'admin' | 'consultant' | 'modeller' | 'manager';
  departments?: Departments;
  /**
   * A manager who reads city-wide rather than only their departments.
   */
  allDepartments?: boolean;
  active?: boolean;
}
