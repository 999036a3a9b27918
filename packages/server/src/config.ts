/**
 * Configuration from the environment (documented in the README).
 */
import { resolve } from 'node:path';
import { defaultCatalogueConfig, oidcConfigFromEnv, type CatalogueConfig } from '@efile/catalogue';
import { DEFAULT_ROLLOUT_TARGET_DATE, rolloutOptionsFromEnv } from '@efile/planner';
import { repoRoot } from './db/embeddedDatabase.js';

export interface ServerConfig {
  port: number;
  host: string;
  /** Given by MONGODB_URI; unset means the embedded database. */
  mongodbUri?: string;
  dbName: string;
  dataDir: string;
  logLevel: string;
  /** Seed the demo city into an empty database: `auto` does so only for the embedded database. */
  seed: 'auto' | 'always' | 'never';
  /** Demo accounts with documented passwords: `auto` only in demo mode (embedded database that is seeded). */
  demoAccounts: 'auto' | 'always' | 'never';
  /** The first admin, created when the database has no account (random password when unset). */
  adminUsername?: string;
  adminPassword?: string;
  catalogue: CatalogueConfig;
  /** The rollout's target date (YYYY-MM-DD) the forecasts are held against. */
  rolloutTargetDate: string;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

/** The audit pseudonym key from AUDIT_PSEUDONYM_SECRET: long enough that it cannot be guessed from pseudonyms. */
function pseudonymSecret(raw: string): string {
  if (raw.length < 32) throw new Error('AUDIT_PSEUDONYM_SECRET must be at least 32 characters long.');
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const seed = env.EFILE_SEED ?? 'auto';
  if (seed !== 'auto' && seed !== 'always' && seed !== 'never') {
    throw new Error(`EFILE_SEED must be auto, always or never, not "${seed}".`);
  }
  // OIDC_* settings; none without OIDC_ISSUER (local accounts only).
  const oidc = oidcConfigFromEnv(env);
  const demoAccounts = env.EFILE_DEMO_ACCOUNTS ?? 'auto';
  if (demoAccounts !== 'auto' && demoAccounts !== 'always' && demoAccounts !== 'never') {
    throw new Error(`EFILE_DEMO_ACCOUNTS must be auto, always or never, not "${demoAccounts}".`);
  }
  return {
    port: int(env, 'PORT', 8080, 0, 65535),
    host: env.HOST ?? '127.0.0.1',
    ...(env.MONGODB_URI ? { mongodbUri: env.MONGODB_URI } : {}),
    dbName: env.EFILE_DB_NAME ?? 'efile',
    dataDir: resolve(repoRoot, env.EFILE_DATA_DIR ?? '.data'),
    logLevel: env.LOG_LEVEL ?? 'info',
    seed,
    demoAccounts,
    rolloutTargetDate: rolloutOptionsFromEnv(env).targetDate ?? DEFAULT_ROLLOUT_TARGET_DATE,
    ...(env.ADMIN_USERNAME ? { adminUsername: env.ADMIN_USERNAME } : {}),
    ...(env.ADMIN_PASSWORD ? { adminPassword: env.ADMIN_PASSWORD } : {}),
    catalogue: {
      ...defaultCatalogueConfig,
      bpmnMaxBytes: int(env, 'BPMN_MAX_BYTES', defaultCatalogueConfig.bpmnMaxBytes, 1024, 100 * 1024 * 1024),
      bpmnParseTimeoutMs: int(env, 'BPMN_PARSE_TIMEOUT_MS', defaultCatalogueConfig.bpmnParseTimeoutMs, 100, 120_000),
      importMaxBytes: int(env, 'IMPORT_MAX_BYTES', defaultCatalogueConfig.importMaxBytes, 1024, 200 * 1024 * 1024),
      auth: {
        ...defaultCatalogueConfig.auth,
        sessionIdleMinutes: int(
          env,
          'SESSION_IDLE_MINUTES',
          defaultCatalogueConfig.auth.sessionIdleMinutes,
          1,
          24 * 60,
        ),
        sessionAbsoluteHours: int(
          env,
          'SESSION_MAX_HOURS',
          defaultCatalogueConfig.auth.sessionAbsoluteHours,
          1,
          24 * 30,
        ),
        auditRetentionDays: int(env, 'AUDIT_RETENTION_DAYS', defaultCatalogueConfig.auth.auditRetentionDays, 1, 36_500),
        ...(env.AUDIT_PSEUDONYM_SECRET ? { auditPseudonymSecret: pseudonymSecret(env.AUDIT_PSEUDONYM_SECRET) } : {}),
      },
      ...(oidc ? { oidc } : {}),
      ...(env.TRUST_PROXY ? { trustProxy: trustProxy(env.TRUST_PROXY) } : {}),
    },
  };
}

/**
 * TRUST_PROXY for a TLS-terminating reverse proxy: `true`, a hop count, or addresses/subnets as Express
 * takes them (`loopback`, `10.0.0.0/8`, …). With it, requests that came over https get Secure cookies and HSTS.
 */
function trustProxy(raw: string): boolean | number | string {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (/^[0-9]+$/.test(raw)) return Number(raw);
  return raw;
}
