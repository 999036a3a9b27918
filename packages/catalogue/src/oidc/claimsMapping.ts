/**
 * From the identity provider's claims to an account's identity: username, name, e-mail, role, departments.
 * Pure functions; a refusal carries the message the person signing in is shown.
 *
 * - The role is the strongest one the user's IdP roles/groups map to (admin > consultant > modeller > manager);
 *   none mapped means no access.
 * - Departments are department codes (`32`, `36.1`); other values are ignored, and so (later) are codes this
 *   catalogue does not know. A modeller needs one; a manager needs one or the city-wide marker.
 */
import { ROLES, type Role } from '../auth/principal.js';
import type { ExternalIdentity } from '../accounts/accounts.service.js';
import type { OidcConfig } from './oidcConfig.js';

export type Claims = Record<string, unknown>;

export type ClaimsMapping = { ok: true; identity: ExternalIdentity } | { ok: false; reason: string };

export type MappingSettings = Pick<OidcConfig, 'claims' | 'roleMap' | 'allDepartmentsValues'>;

const DEPARTMENT_CODE = /^[0-9]{1,3}([.-][0-9]{1,2})?$/;
/** As the account schema (Username) demands. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
/** The `email` format of the account schema (ajv-formats). */
const EMAIL =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const MAX_DEPARTMENTS = 100;
const MAX_DISPLAY_NAME = 120;

/**
 * The value of a claim by name; a name with dots that is not itself a claim is a path into nested objects
 * (`realm_access.roles`). Claim names that are URLs with dots stay reachable by their full name.
 */
export function claimAt(claims: Claims, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  let node: unknown = claims;
  for (const part of name.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** The strings of a claim: an array's strings, or a single string. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim()].filter((s) => s !== '');
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
}

function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Why an account with this role and departments cannot work, or undefined when it can. */
function scopeRefusal(role: Role, departments: string[], allDepartments: boolean, claim: string): string | undefined {
  if (role === 'modeller' && departments.length === 0) {
    return `A modeller works for at least one department, but the identity provider sent none that this catalogue knows (claim ${claim}). Ask central IT to assign your department.`;
  }
  if (role === 'manager' && departments.length === 0 && !allDepartments) {
    return `A manager reads either named departments or city-wide, but the identity provider sent no department that this catalogue knows (claim ${claim}). Ask central IT to assign your department.`;
  }
  return undefined;
}

/** Maps claims to the identity of an account, or refuses the sign-in with the reason. */
export function mapClaims(claims: Claims, issuer: string, settings: MappingSettings): ClaimsMapping {
  const names = settings.claims;
  const subject = claims.sub;
  if (typeof subject !== 'string' || subject === '') {
    return { ok: false, reason: 'The identity provider sent no subject (sub) for your account.' };
  }

  const rawUsername = claimAt(claims, names.username);
  const username = typeof rawUsername === 'string' ? rawUsername.trim().toLowerCase() : '';
  if (!USERNAME.test(username)) {
    return {
      ok: false,
      reason:
        username === ''
          ? `The identity provider sent no username (claim ${names.username}).`
          : `The username "${username}" from the identity provider (claim ${names.username}) is not usable here: 2 to 64 lower-case letters, digits, dots, dashes or underscores.`,
    };
  }

  const values = strings(claimAt(claims, names.roles));
  const mapped = new Set<Role>();
  for (const value of values) {
    const role = Object.hasOwn(settings.roleMap, value) ? settings.roleMap[value] : undefined;
    if (role) mapped.add(role);
    if (settings.allDepartmentsValues.includes(value)) mapped.add('manager');
  }
  const role = ROLES.find((r) => mapped.has(r));
  if (!role) {
    return {
      ok: false,
      reason: `Your account at the identity provider has no role that gives access to this application (claim ${names.roles}). Ask central IT to assign one.`,
    };
  }
  const allDepartments = role === 'manager' && values.some((v) => settings.allDepartmentsValues.includes(v));

  const codes = strings(claimAt(claims, names.departments)).flatMap((v) => v.split(',').map((c) => c.trim()));
  const departments = [...new Set(codes.filter((c) => DEPARTMENT_CODE.test(c)))]
    .sort(compareCodes)
    .slice(0, MAX_DEPARTMENTS);
  const refusal = scopeRefusal(role, departments, allDepartments, names.departments);
  if (refusal) return { ok: false, reason: refusal };

  const rawName = claimAt(claims, names.displayName);
  const displayName = (typeof rawName === 'string' ? rawName.trim().slice(0, MAX_DISPLAY_NAME).trim() : '') || username;
  const rawEmail = claimAt(claims, names.email);
  const email = typeof rawEmail === 'string' && rawEmail.length <= 200 && EMAIL.test(rawEmail) ? rawEmail : undefined;

  return {
    ok: true,
    identity: {
      issuer,
      subject,
      username,
      displayName,
      ...(email ? { email } : {}),
      role,
      departments,
      allDepartments,
    },
  };
}

/**
 * Drops departments this catalogue does not know from a mapped identity; refuses when the role then has
 * no department left to work for. `claim` names the departments claim for the message.
 */
export function keepKnownDepartments(
  identity: ExternalIdentity,
  known: ReadonlySet<string>,
  claim: string,
): ClaimsMapping {
  const departments = identity.departments.filter((d) => known.has(d));
  const refusal = scopeRefusal(identity.role, departments, identity.allDepartments, claim);
  if (refusal) return { ok: false, reason: refusal };
  return { ok: true, identity: { ...identity, departments } };
}
