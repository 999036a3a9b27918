/**
 * Settings of the OIDC sign-in through the city's identity provider (Active Directory behind Keycloak, or any
 * OpenID Connect provider), and reading them from the environment. Without OIDC_ISSUER there is no OIDC
 * sign-in; with it, every other required setting must be there too, or the server does not start.
 */
import { ROLES, type Role } from '../auth/principal.js';

/** Which claims of the ID token (or the userinfo answer) carry what. A name may be a dotted path. */
export interface OidcClaimNames {
  /** The sign-in name; default `preferred_username`. */
  username: string;
  /** The name shown in the UI; default `name`. */
  displayName: string;
  /** Default `email`. */
  email: string;
  /** The IdP's roles or groups of the user; default `roles` (Keycloak realm roles: `realm_access.roles`). */
  roles: string;
  /** The department codes (Amtsnummern) of the user; default `departments`. */
  departments: string;
}

export interface OidcConfig {
  /** The issuer URL; its `/.well-known/openid-configuration` is read on the first sign-in. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Our callback as the IdP knows it, e.g. `https://efile.stadt.example/api/v1/session/oidc/callback`. */
  redirectUri: string;
  /** Requested scopes; `openid` is always among them. */
  scopes: string[];
  claims: OidcClaimNames;
  /**
   * IdP role or group value → our role. A user with several mapped values gets the strongest role
   * (admin > consultant > modeller > manager); a user with none cannot sign in.
   */
  roleMap: Record<string, Role>;
  /** IdP values that make a manager read city-wide; each also maps to the manager role by itself. */
  allDepartmentsValues: string[];
  /** Allows an `http:` issuer: for a local test provider only, never in production. */
  allowInsecureRequests: boolean;
}

export const defaultOidcScopes = ['openid', 'profile', 'email'];

export const defaultOidcClaimNames: OidcClaimNames = {
  username: 'preferred_username',
  displayName: 'name',
  email: 'email',
  roles: 'roles',
  departments: 'departments',
};

/** Parses `value=role,value=role` (OIDC_ROLE_MAP) into the role map; collects what is wrong in `problems`. */
export function parseRoleMap(raw: string, problems: string[]): Record<string, Role> {
  const map: Record<string, Role> = {};
  for (const entry of raw.split(',').map((e) => e.trim())) {
    if (entry === '') continue;
    const at = entry.lastIndexOf('=');
    const value = at > 0 ? entry.slice(0, at).trim() : '';
    const role = at > 0 ? entry.slice(at + 1).trim() : '';
    if (!value || !(ROLES as readonly string[]).includes(role)) {
      problems.push(`OIDC_ROLE_MAP entry "${entry}" must be value=role with role one of ${ROLES.join(', ')}`);
      continue;
    }
    if (map[value] !== undefined && map[value] !== role) {
      problems.push(`OIDC_ROLE_MAP maps "${value}" to both ${map[value]} and ${role}`);
      continue;
    }
    map[value] = role as Role;
  }
  return map;
}

function list(raw: string): string[] {
  return raw
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function absoluteUrl(name: string, raw: string | undefined, insecureAllowed: boolean, problems: string[]): string {
  if (!raw) {
    problems.push(`${name} is not set`);
    return '';
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`${name} must be an absolute URL, not "${raw}"`);
    return raw;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && insecureAllowed)) {
    problems.push(
      `${name} must be an https: URL ("${raw}"); OIDC_ALLOW_INSECURE_REQUESTS=true allows http: for a local test provider only`,
    );
  }
  return raw;
}

/**
 * The OIDC settings from the environment, or undefined when OIDC_ISSUER is unset (no OIDC sign-in).
 * Throws one error naming every missing or invalid setting.
 *
 * OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI and OIDC_ROLE_MAP are required;
 * OIDC_SCOPES, OIDC_USERNAME_CLAIM, OIDC_NAME_CLAIM, OIDC_EMAIL_CLAIM, OIDC_ROLE_CLAIM, OIDC_DEPARTMENTS_CLAIM,
 * OIDC_ALL_DEPARTMENTS_ROLES and OIDC_ALLOW_INSECURE_REQUESTS are optional.
 */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv = process.env): OidcConfig | undefined {
  const issuerRaw = env.OIDC_ISSUER?.trim();
  if (!issuerRaw) return undefined;
  const problems: string[] = [];
  const insecureRaw = (env.OIDC_ALLOW_INSECURE_REQUESTS ?? '').trim().toLowerCase();
  if (!['', 'true', 'false'].includes(insecureRaw)) {
    problems.push(`OIDC_ALLOW_INSECURE_REQUESTS must be true or false, not "${env.OIDC_ALLOW_INSECURE_REQUESTS}"`);
  }
  const allowInsecureRequests = insecureRaw === 'true';
  const issuer = absoluteUrl('OIDC_ISSUER', issuerRaw, allowInsecureRequests, problems);
  const redirectUri = absoluteUrl('OIDC_REDIRECT_URI', env.OIDC_REDIRECT_URI?.trim(), true, problems);
  const clientId = env.OIDC_CLIENT_ID?.trim() ?? '';
  if (!clientId) problems.push('OIDC_CLIENT_ID is not set');
  const clientSecret = env.OIDC_CLIENT_SECRET ?? '';
  if (!clientSecret) problems.push('OIDC_CLIENT_SECRET is not set');
  else if (clientSecret.length < 16) problems.push('OIDC_CLIENT_SECRET is shorter than 16 characters');

  const scopes = env.OIDC_SCOPES?.trim() ? list(env.OIDC_SCOPES) : defaultOidcScopes;
  if (!scopes.includes('openid')) problems.push(`OIDC_SCOPES must include openid, not "${env.OIDC_SCOPES}"`);

  const claim = (name: string, fallback: string): string => env[name]?.trim() || fallback;
  const claims: OidcClaimNames = {
    username: claim('OIDC_USERNAME_CLAIM', defaultOidcClaimNames.username),
    displayName: claim('OIDC_NAME_CLAIM', defaultOidcClaimNames.displayName),
    email: claim('OIDC_EMAIL_CLAIM', defaultOidcClaimNames.email),
    roles: claim('OIDC_ROLE_CLAIM', defaultOidcClaimNames.roles),
    departments: claim('OIDC_DEPARTMENTS_CLAIM', defaultOidcClaimNames.departments),
  };

  const roleMapRaw = env.OIDC_ROLE_MAP?.trim() ?? '';
  const roleMap = parseRoleMap(roleMapRaw, problems);
  const allDepartmentsValues = list(env.OIDC_ALL_DEPARTMENTS_ROLES ?? '');
  if (roleMapRaw === '' && allDepartmentsValues.length === 0) {
    problems.push('OIDC_ROLE_MAP is not set (e.g. "efile-admin=admin,efile-berater=consultant"); nobody could sign in');
  }
  for (const value of allDepartmentsValues) {
    if (roleMap[value] !== undefined && roleMap[value] !== 'manager') {
      problems.push(`OIDC_ALL_DEPARTMENTS_ROLES names "${value}", which OIDC_ROLE_MAP maps to ${roleMap[value]}`);
    }
  }

  if (problems.length > 0) throw new Error(`The OIDC settings are incomplete: ${problems.join('; ')}.`);
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri,
    scopes,
    claims,
    roleMap,
    allDepartmentsValues,
    allowInsecureRequests,
  };
}
