// Mocha global fixture: one fresh database for the whole run. Without MONGODB_URI an embedded
// FerretDB is started in a new temporary directory; with it, a new database with a random name
// is used and dropped afterwards. Tests find it in EFILE_TEST_MONGODB_URI / EFILE_TEST_DB_NAME.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { startEmbeddedDatabase } from '../packages/server/dist/index.js';

let embedded;
let dataDir;

export async function mochaGlobalSetup() {
  const dbName = `efile_test_${randomBytes(4).toString('hex')}`;
  if (process.env.MONGODB_URI) {
    process.env.EFILE_TEST_MONGODB_URI = process.env.MONGODB_URI;
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'efile-test-'));
    embedded = await startEmbeddedDatabase({ dataDir });
    process.env.EFILE_TEST_MONGODB_URI = embedded.uri;
    // A killed test run still stops its database: exiting runs the hook that kills it.
    process.once('SIGTERM', () => process.exit(143));
  }
  process.env.EFILE_TEST_DB_NAME = dbName;
}

export async function mochaGlobalTeardown() {
  if (embedded) {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  } else if (process.env.EFILE_TEST_MONGODB_URI) {
    const client = new MongoClient(process.env.EFILE_TEST_MONGODB_URI);
    await client.connect();
    await client.db(process.env.EFILE_TEST_DB_NAME).dropDatabase();
    await client.close();
  }
}
