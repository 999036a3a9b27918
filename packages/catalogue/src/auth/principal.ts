/**
 * Who is acting: a signed-in account (session cookie or OIDC) or an API token of a service account.
 * Staff names never travel in a principal; only ids, the role and the department scope.
 */

export const ROLES = ['admin', 'consultant', 'modeller', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** The account id (`acc_…`) or the API token id (`tok_…`); this is what audit records and authors hold. */
  id: string;
  kind: 'account' | 'token';
  role: Role;
  /** The departments (Ämter) the principal is assigned to. */
  departments: readonly string[];
  /** A manager (or token) who reads city-wide rather than only their departments. */
  allDepartments: boolean;
}

/** How a request proved who it is; CSRF protection applies to `session` only. */
export type AuthMethod = 'session' | 'token';

export interface Authentication {
  principal: Principal;
  method: AuthMethod;
  /** The session id (hashed token) for session sign-ins; used to sign out. */
  sessionId?: string;
}
