/**
 * The seed's command-line side: `seed [--scale N] [--seed S] [--replace]`, and seeding an empty
 * database when the server starts (EFILE_SEED).
 */
import { parseArgs } from 'node:util';
import { ensureIndexes } from '@efile/catalogue';
import type { ServerConfig } from '../config.js';
import { openDatabase, type OpenDatabase } from '../db/database.js';
import { DEFAULT_SCALE, MAX_SCALE } from './buildDemoCity.js';
import { describeSeed, isDatabaseEmpty, seedDatabase, seedDemoCity, type SeedSummary } from './seedDemoCity.js';

export interface SeedArgs {
  scale: number;
  seed: number;
  replace: boolean;
}

function wholeNumber(option: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^[0-9]+$/.test(raw) || !Number.isSafeInteger(value) || value > max) {
    throw new Error(`--${option} must be a whole number from 0 to ${max}, not "${raw}".`);
  }
  return value;
}

/** Reads the options of the seed command; unknown options are an error. */
export function parseSeedArgs(argv: string[]): SeedArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      seed: { type: 'string' },
      replace: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    scale: wholeNumber('scale', values.scale, DEFAULT_SCALE, MAX_SCALE),
    seed: wholeNumber('seed', values.seed, 1, 0xffffffff),
    replace: values.replace ?? false,
  };
}

/** Runs `seed`: opens the configured database, seeds it (refusing one that holds data unless --replace). */
export async function runSeedCommand(config: ServerConfig, argv: string[]): Promise<SeedSummary> {
  const args = parseSeedArgs(argv);
  const database = await openDatabase({
    mongodbUri: config.mongodbUri,
    dbName: config.dbName,
    dataDir: config.dataDir,
  });
  try {
    await ensureIndexes(database.connection);
    const summary = await seedDatabase(database.connection, args);
    process.stdout.write(`${describeSeed(summary)}\n`);
    return summary;
  } finally {
    await database.close();
  }
}

/** Whether the server seeds an empty database on start: always, or with `auto` only the embedded one. */
export function seedsOnStart(config: Pick<ServerConfig, 'seed'>, database: Pick<OpenDatabase, 'embedded'>): boolean {
  return config.seed === 'always' || (config.seed === 'auto' && database.embedded);
}

/** The `prepare` hook of serve(): seeds the demo city at the default scale into an empty database. */
export function seedOnStart(config: ServerConfig): (database: OpenDatabase) => Promise<void> {
  return async (database) => {
    if (!seedsOnStart(config, database) || !(await isDatabaseEmpty(database.connection))) return;
    const summary = await seedDemoCity(database.connection);
    process.stdout.write(`${describeSeed(summary)}\n`);
  };
}
