/**
 * A Scope is the caller's permission for one action, handed to services and repositories. Queries of
 * department-scoped data take one as a required parameter, so they cannot be written without it, and only
 * `authorize()` (or a test through `scopeFor`) makes one.
 */
import { ForbiddenError, NotFoundError } from '../errors.js';
import { decide, visibleDepartments, type Action, type ResourceRef } from './policy.js';
import type { Principal } from './principal.js';

/** Why a Scope refused: the audit trail records each refusal as a denied attempt. */
export interface Denial {
  decision: 'forbid' | 'hide';
  resource: ResourceRef;
}

export class Scope {
  /** Refusals made through this scope (one per request in practice). */
  readonly denials: Denial[] = [];

  private constructor(
    readonly principal: Principal,
    readonly action: Action,
  ) {}

  /** The account or token id that acts; authors and audit records hold this. */
  get actorId(): string {
    return this.principal.id;
  }

  /** Builds a scope for a principal the policy has already admitted to the action. */
  static grant(principal: Principal, action: Action): Scope {
    return new Scope(principal, action);
  }

  /** The same principal, for another action (a write that also reads, an adoption that reads the base). */
  for(action: Action): Scope {
    const scope = new Scope(this.principal, action);
    (scope as { denials: Denial[] }).denials = this.denials;
    return scope;
  }

  /** Departments whose data this scope may see: `all` or a list to filter by. */
  visibleDepartments(): 'all' | readonly string[] {
    return visibleDepartments(this.principal, this.action);
  }

  /** Whether the scope covers the resource, without throwing. */
  allows(resource: ResourceRef): boolean {
    return decide(this.principal, this.action, resource) === 'allow';
  }

  /**
   * Throws unless the scope covers the resource: 404 where the principal may not even know it exists,
   * 403 where they may see it but not do this. `what` names the resource in the message.
   */
  check(resource: ResourceRef, what: string): void {
    const decision = decide(this.principal, this.action, resource);
    if (decision === 'allow') return;
    this.denials.push({ decision, resource });
    if (decision === 'hide') throw new NotFoundError(`${what} does not exist.`);
    throw new ForbiddenError(
      resource.kind === 'base'
        ? `${what} is a base process; only central IT (admin) may change it.`
        : `${what} belongs to department ${resource.department}, which your account is not assigned to for this.`,
    );
  }
}

/** A scope for tests and trusted internal callers (seed, import scripts) acting as the given principal. */
export function scopeFor(principal: Principal, action: Action): Scope {
  return Scope.grant(principal, action);
}

/** The system itself (seed, migrations): an admin principal with id `system`. */
export const SYSTEM_PRINCIPAL: Principal = {
  id: 'system',
  kind: 'account',
  role: 'admin',
  departments: [],
  allDepartments: true,
};
