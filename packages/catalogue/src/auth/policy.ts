/**
 * The one policy: which role may do which action, on which departments. Deny by default: an action
 * a role is not granted here is forbidden, whatever the route.
 *
 * Grants:
 * - `all`: every department, base processes included;
 * - `assigned`: the principal's own departments, department processes only (base processes are central IT's);
 * - `readable`: reading, city-wide for every role except a manager limited to their departments.
 */
import type { Principal, Role } from './principal.js';

export const ACTIONS = [
  /** Anyone, signed in or not: health, API description, sign-in. */
  'public',
  /** The API description (OpenAPI document and reference page), for signed-in staff. */
  'docs:read',
  /** Reading departments (the list of Ämter is not secret to staff). */
  'department:read',
  'department:write',
  /** Reading processes, their diagrams and adoptions. */
  'process:read',
  /** Creating, changing, archiving processes; uploading diagrams and changing their status; rebasing. */
  'process:write',
  /** Adopting a base process for a department (creates the department's variant). */
  'adoption:create',
  /** Bulk import of processes. */
  'import:write',
  /** Account administration and API tokens. */
  'account:admin',
  /** Querying and exporting the audit trail. */
  'audit:read',
  /** Exports of reports (CSV, XLSX, print). */
  'report:export',
  /** Reading rollout status, waves, problems, reports (the planner). */
  'rollout:read',
  /** Changing rollout stages, problem reports and status reports of a department. */
  'rollout:write',
  /** Waves and consulting capacity (central IT planning). */
  'wave:write',
  /** Signing out and reading one's own session: any signed-in principal. */
  'self',
] as const;
export type Action = (typeof ACTIONS)[number];

export type Grant = 'all' | 'assigned' | 'readable' | 'none';

const READS: Action[] = ['docs:read', 'department:read', 'process:read', 'rollout:read', 'self'];

/** The grant table: role → action → grant. Absent means none. */
const GRANTS: Record<Role, Partial<Record<Action, Grant>>> = {
  admin: Object.fromEntries(ACTIONS.map((a) => [a, 'all'])) as Record<Action, Grant>,
  consultant: {
    ...Object.fromEntries(READS.map((a) => [a, 'readable'])),
    'process:write': 'assigned',
    'adoption:create': 'assigned',
    'import:write': 'assigned',
    'rollout:write': 'assigned',
    'report:export': 'readable',
  },
  modeller: {
    ...Object.fromEntries(READS.map((a) => [a, 'readable'])),
    'process:write': 'assigned',
    'adoption:create': 'assigned',
    'import:write': 'assigned',
    'rollout:write': 'assigned',
  },
  manager: {
    ...Object.fromEntries(READS.map((a) => [a, 'readable'])),
    'report:export': 'readable',
  },
};

/** What the policy says about a principal (or nobody) and an action, before any resource is known. */
export function grantOf(principal: Principal | undefined, action: Action): Grant {
  if (action === 'public') return 'all';
  if (!principal) return 'none';
  return GRANTS[principal.role][action] ?? 'none';
}

/** A resource as the policy sees it: the department that owns it and whether it is a base process. */
export interface ResourceRef {
  department: string;
  kind?: 'base' | 'department';
}

/** `allow`, `forbid` (403: the principal may see it but not do this) or `hide` (404: existence must not leak). */
export type Decision = 'allow' | 'forbid' | 'hide';

/**
 * May the principal see this resource at all? Base processes are central IT's templates for every
 * Amt: every signed-in principal sees them. Department data: everyone but a manager limited to
 * their departments.
 */
export function canSee(principal: Principal | undefined, resource: ResourceRef): boolean {
  if (!principal) return false;
  if (resource.kind === 'base') return true;
  if (principal.role !== 'manager' || principal.allDepartments) return true;
  return principal.departments.includes(resource.department);
}

/** The central decision: role, department scope, action and resource. */
export function decide(principal: Principal | undefined, action: Action, resource?: ResourceRef): Decision {
  const grant = grantOf(principal, action);
  if (grant === 'all') return 'allow';
  if (!principal || grant === 'none') return resource && !canSee(principal, resource) ? 'hide' : 'forbid';
  if (!resource) return 'allow';
  if (!canSee(principal, resource)) return 'hide';
  if (grant === 'readable') return 'allow';
  // assigned: own departments, and never a base process
  if (resource.kind === 'base') return 'forbid';
  return principal.departments.includes(resource.department) ? 'allow' : 'forbid';
}

/**
 * The departments whose resources the principal may see with this action: `all`, or a list.
 * List queries restrict their filter to it (base processes stay visible, see `canSee`).
 */
export function visibleDepartments(principal: Principal | undefined, action: Action): 'all' | readonly string[] {
  const grant = grantOf(principal, action);
  if (grant === 'none' || !principal) return [];
  if (grant === 'all') return 'all';
  if (principal.role === 'manager' && !principal.allDepartments) return principal.departments;
  return 'all';
}
