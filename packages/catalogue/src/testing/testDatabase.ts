/**
 * Integration tests run on the real database that scripts/mocha-setup.mjs started for this run:
 * one connection for all tests, each test starting from collections it cleaned.
 */
import mongoose, { type Connection } from 'mongoose';
import type { Express } from 'express';
import { createApp, type CatalogueDeps } from '../app.js';
import { ensureIndexes } from '../db/indexes.js';
import type { Logger } from '../logger.js';
import { invalidateProcessList } from '../processes/processListCache.js';

let connection: Connection | undefined;

/** Shows what the app logs as an error, so an unexpected 500 explains itself in the test output. */
export const testLogger: Logger = {
  info() {},
  warn() {},
  error: (obj: unknown, msg?: string) => console.error('app error:', msg ?? '', obj),
};

/** The shared connection to this run's test database, with indexes created. */
export async function testConnection(): Promise<Connection> {
  if (!connection) {
    const uri = process.env.EFILE_TEST_MONGODB_URI;
    const dbName = process.env.EFILE_TEST_DB_NAME;
    if (!uri || !dbName) throw new Error('No test database: run the tests through "npm test".');
    connection = await mongoose.createConnection(uri, { dbName, autoIndex: false }).asPromise();
    await ensureIndexes(connection);
  }
  return connection;
}

/** Empties every collection (keeps them and their indexes). */
export async function cleanDatabase(): Promise<void> {
  const conn = await testConnection();
  const collections = await conn.db!.listCollections({}, { nameOnly: true }).toArray();
  await Promise.all(collections.map((c) => conn.db!.collection(c.name).deleteMany({})));
  invalidateProcessList(conn);
}

/** A catalogue app over the test database. */
export async function testApp(config?: CatalogueDeps['config']): Promise<Express> {
  return createApp({ connection: await testConnection(), logger: testLogger, ...(config ? { config } : {}) });
}
