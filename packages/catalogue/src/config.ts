import type { OidcConfig } from './oidc/oidcConfig.js';

/** Sign-in, sessions and the audit trail. */
export interface AuthConfig {
  /** A session ends after this many minutes without a request. */
  sessionIdleMinutes: number;
  /** A session ends this many hours after sign-in, used or not. */
  sessionAbsoluteHours: number;
  /** Failed sign-ins of one username before it is locked. */
  loginMaxFailures: number;
  /** How long a username stays locked (and the window failures are counted in). */
  loginLockMinutes: number;
  /** Sign-in attempts per client address per window. */
  loginPerIpLimit: number;
  loginPerIpWindowMinutes: number;
  /** Audit records older than this many days get a pseudonym instead of the actor id (see audit/auditRetention.ts). */
  auditRetentionDays: number;
  /**
   * The key of the audit pseudonyms (HMAC-SHA256). Unset: the server uses a random one it generates once and
   * keeps in the database's `settings` collection (see audit/settingsSecret.ts).
   */
  auditPseudonymSecret?: string;
}

export const defaultAuthConfig: AuthConfig = {
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 10,
  loginMaxFailures: 5,
  loginLockMinutes: 15,
  loginPerIpLimit: 30,
  loginPerIpWindowMinutes: 10,
  auditRetentionDays: 365,
};

/** Settings of the catalogue service, with the defaults used when the environment is silent. */
export interface CatalogueConfig {
  /** Largest BPMN upload in bytes (413 above). */
  bpmnMaxBytes: number;
  /** Longest a BPMN parse may take in its worker before the upload is refused. */
  bpmnParseTimeoutMs: number;
  /** Largest JSON body in bytes. */
  jsonMaxBytes: number;
  /** Largest import upload in bytes. */
  importMaxBytes: number;
  /** Serve process listings from memory when the database is FerretDB (see processes/processListCache.ts). */
  processListCache: boolean;
  auth: AuthConfig;
  /** Express `trust proxy` (e.g. 1 or "loopback") when a TLS-terminating reverse proxy sits in front. */
  trustProxy?: boolean | number | string;
  /** Sign-in through the city's identity provider (OpenID Connect); unset means local accounts only. */
  oidc?: OidcConfig;
}

export const defaultCatalogueConfig: CatalogueConfig = {
  bpmnMaxBytes: 5 * 1024 * 1024,
  bpmnParseTimeoutMs: 5000,
  jsonMaxBytes: 1024 * 1024,
  importMaxBytes: 20 * 1024 * 1024,
  processListCache: true,
  auth: defaultAuthConfig,
};
