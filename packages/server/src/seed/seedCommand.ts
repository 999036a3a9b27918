/**
 * The seed's command-line side: `seed [--scale N] [--seed S] [--replace]`, and seeding an empty
 * database when the server starts (EFILE_SEED).
 */
import { parseArgs } from 'node:util';
import { ensureIndexes } from '@efile/catalogue';
import type { ServerConfig } from '../config.js';
import { openDatabase, type OpenDatabase } from '../db/database.js';
import { DEFAULT_SCALE, MAX_SCALE } from './buildDemoCity.js';
import { describeInitialAdmin, ensureInitialAdmin, seedDemoAccounts } from '../accounts/initialAccounts.js';
import { describeSeed, isDatabaseEmpty, seedDatabase, seedDemoCity, type SeedSummary } from './seedDemoCity.js';

export interface SeedArgs {
  scale: number;
  seed: number;
  replace: boolean;
  /** Add the demo accounts; unset means: only for the embedded database. */
  demoAccounts?: boolean;
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
      'demo-accounts': { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    scale: wholeNumber('scale', values.scale, DEFAULT_SCALE, MAX_SCALE),
    seed: wholeNumber('seed', values.seed, 1, 0xffffffff),
    replace: values.replace ?? false,
    ...(values['demo-accounts'] !== undefined ? { demoAccounts: values['demo-accounts'] } : {}),
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
    if (args.demoAccounts ?? database.embedded) {
      const added = await seedDemoAccounts(database.connection);
      if (added > 0) process.stdout.write(`${describeDemoAccounts(added)}\n`);
    }
    return summary;
  } finally {
    await database.close();
  }
}

/** Whether the server seeds an empty database on start: always, or with `auto` only the embedded one. */
export function seedsOnStart(config: Pick<ServerConfig, 'seed'>, database: Pick<OpenDatabase, 'embedded'>): boolean {
  return config.seed === 'always' || (config.seed === 'auto' && database.embedded);
}

/** Whether the demo accounts are added on start: always, or with `auto` in demo mode (embedded and seeded). */
export function demoAccountsOnStart(
  config: Pick<ServerConfig, 'seed' | 'demoAccounts'>,
  database: Pick<OpenDatabase, 'embedded'>,
): boolean {
  return (
    config.demoAccounts === 'always' ||
    (config.demoAccounts === 'auto' && database.embedded && seedsOnStart(config, database))
  );
}

function describeDemoAccounts(added: number): string {
  return `Added ${added} demo accounts (demo.admin, demo.beratung, demo.lotse, demo.leitung; passwords in the README).`;
}

/**
 * The `prepare` hook of serve(): seeds the demo city at the default scale into an empty database,
 * creates the first admin when there is no account, and adds the demo accounts in demo mode.
 */
export function seedOnStart(config: ServerConfig): (database: OpenDatabase) => Promise<void> {
  return async (database) => {
    if (seedsOnStart(config, database) && (await isDatabaseEmpty(database.connection))) {
      const summary = await seedDemoCity(database.connection);
      process.stdout.write(`${describeSeed(summary)}\n`);
    }
    const admin = await ensureInitialAdmin(database.connection, {
      ...(config.adminUsername ? { ADMIN_USERNAME: config.adminUsername } : {}),
      ...(config.adminPassword ? { ADMIN_PASSWORD: config.adminPassword } : {}),
    });
    if (admin) process.stdout.write(`${describeInitialAdmin(admin)}\n`);
    if (demoAccountsOnStart(config, database)) {
      const added = await seedDemoAccounts(database.connection);
      if (added > 0) process.stdout.write(`${describeDemoAccounts(added)}\n`);
    }
  };
}
