/**
 * Starts the real server for the end-to-end tests: a fresh embedded database in a temporary
 * directory, the demo city at a small scale, the demo accounts, and the built web interface.
 * Its address reaches the tests as EFILE_E2E_URL; the returned function stops it again.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, loadConfig, repoRoot, seedDemoAccounts, seedDemoCity, serve } from '@efile/server';

/** Department processes in the test city: enough for several pages, quick to seed. */
const SCALE = 300;

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(repoRoot, 'packages', 'modeler', 'dist', 'index.html'))) {
    throw new Error('The web interface is not built: run `npm test` (or `node scripts/ensure.mjs`) first.');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'efile-e2e-'));
  const config = loadConfig({ PORT: '0', EFILE_DATA_DIR: dataDir, EFILE_SEED: 'never', LOG_LEVEL: 'silent' });
  // Every test signs in; the per-address sign-in limit is for attackers, not for this one browser.
  config.catalogue.auth = { ...config.catalogue.auth, loginPerIpLimit: 100_000 };
  const running = await serve(config, createLogger('silent'), async (database) => {
    await seedDemoCity(database.connection, { scale: SCALE, seed: 4 });
    await seedDemoAccounts(database.connection);
  });
  process.env.EFILE_E2E_URL = running.url.replace('localhost', '127.0.0.1');
  return async () => {
    await running.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
