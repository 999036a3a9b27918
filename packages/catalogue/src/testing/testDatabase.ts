/**
 * Integration tests run on the real database that scripts/mocha-setup.mjs started for this run:
 * one connection for all tests, each test starting from collections it cleaned.
 */
import mongoose, { type Connection } from 'mongoose';
import type { Express } from 'express';
import request from 'supertest';
import { tokenModel, type TokenDoc } from '../tokens/token.model.js';
import { hashSecret } from '../sessions/sessions.service.js';
import { isDuplicateKey } from '../db/versioned.js';
import type { AuditWriter } from '../audit/auditTrail.js';
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

const TEST_ADMIN_ID = 'tok_testadmin';
const TEST_ADMIN_SECRET_PART = 'test-admin-secret-0123456789-abcdefghijklmnop';
/** A real API token of an admin that every test database has; `api(app)` sends it. */
export const TEST_ADMIN_TOKEN = `efr_${TEST_ADMIN_ID}_${TEST_ADMIN_SECRET_PART}`;

/** Stores the test admin's API token (the real token check then admits it). */
async function ensureTestAdminToken(conn: Connection): Promise<void> {
  const doc: TokenDoc = {
    _id: TEST_ADMIN_ID,
    name: 'Test admin',
    secretHash: hashSecret(TEST_ADMIN_SECRET_PART),
    role: 'admin',
    departments: [],
    allDepartments: true,
    createdBy: 'system',
    createdAt: new Date(),
  };
  try {
    await tokenModel(conn).insertMany([doc]);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}

/** Empties every collection (keeps them and their indexes), then stores the test admin's token again. */
export async function cleanDatabase(): Promise<void> {
  const conn = await testConnection();
  const collections = await conn.db!.listCollections({}, { nameOnly: true }).toArray();
  await Promise.all(collections.map((c) => conn.db!.collection(c.name).deleteMany({})));
  invalidateProcessList(conn);
  await ensureTestAdminToken(conn);
}

/** A catalogue app over the test database; `more` adds modules (the planner's API) or a UI. */
export async function testApp(
  config?: CatalogueDeps['config'],
  more?: Pick<CatalogueDeps, 'modules' | 'ui' | 'logger'>,
): Promise<Express> {
  const connection = await testConnection();
  await ensureTestAdminToken(connection);
  return createApp({ connection, logger: testLogger, ...(config ? { config } : {}), ...more });
}

/** Requests to `app` as the test admin (a real API token); `request(app)` sends them anonymously. */
export function api(app: Express) {
  return request.agent(app).set('Authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
}

/** Resolves when every audit record the app started writing is stored. */
export function auditSettled(app: Express): Promise<void> {
  return (app.locals.audit as AuditWriter).settled();
}
