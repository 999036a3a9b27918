/**
 * Configuration from the environment (documented in the README).
 */
import { resolve } from 'node:path';
import { defaultCatalogueConfig, type CatalogueConfig } from '@efile/catalogue';
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
  catalogue: CatalogueConfig;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const seed = env.EFILE_SEED ?? 'auto';
  if (seed !== 'auto' && seed !== 'always' && seed !== 'never') {
    throw new Error(`EFILE_SEED must be auto, always or never, not "${seed}".`);
  }
  return {
    port: int(env, 'PORT', 8080, 0, 65535),
    host: env.HOST ?? '127.0.0.1',
    ...(env.MONGODB_URI ? { mongodbUri: env.MONGODB_URI } : {}),
    dbName: env.EFILE_DB_NAME ?? 'efile',
    dataDir: resolve(repoRoot, env.EFILE_DATA_DIR ?? '.data'),
    logLevel: env.LOG_LEVEL ?? 'info',
    seed,
    catalogue: {
      ...defaultCatalogueConfig,
      bpmnMaxBytes: int(env, 'BPMN_MAX_BYTES', defaultCatalogueConfig.bpmnMaxBytes, 1024, 100 * 1024 * 1024),
      bpmnParseTimeoutMs: int(env, 'BPMN_PARSE_TIMEOUT_MS', defaultCatalogueConfig.bpmnParseTimeoutMs, 100, 120_000),
      importMaxBytes: int(env, 'IMPORT_MAX_BYTES', defaultCatalogueConfig.importMaxBytes, 1024, 200 * 1024 * 1024),
    },
  };
}
