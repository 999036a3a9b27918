/**
 * The database a benchmark run measures against: a fresh embedded FerretDB in a temporary
 * directory, or, when MONGODB_URI is set, a new database with a random name on that server,
 * dropped again at the end. Either way nothing of an existing catalogue is touched.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose, { type Connection } from 'mongoose';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../db/embeddedDatabase.js';

export interface BenchDatabase {
  connection: Connection;
  dbName: string;
  /** E.g. "FerretDB 1.24.2 (SQLite backend, embedded)" or "MongoDB 7.0.14 at db.example:27017". */
  description: string;
  /** Closes the connection, then stops and deletes the embedded database or drops the random one. */
  close(): Promise<void>;
}

/** The host part of a MongoDB URI, never its credentials or options. */
export function uriHosts(uri: string): string {
  const withoutScheme = uri.replace(/^[a-z+]+:\/\//i, '');
  const afterCredentials = withoutScheme.slice(withoutScheme.lastIndexOf('@', withoutScheme.search(/[/?]|$/)) + 1);
  return afterCredentials.split(/[/?]/)[0] ?? '';
}

async function describeServer(connection: Connection, uri: string | undefined): Promise<string> {
  const info = (await connection.getClient().db('admin').command({ buildInfo: 1 })) as {
    version?: string;
    ferretdbVersion?: string;
    ferretdb?: { version?: string; backend?: string };
  };
  const ferret = info.ferretdbVersion ?? info.ferretdb?.version;
  const where = uri ? `at ${uriHosts(uri)}` : 'embedded, on 127.0.0.1';
  if (ferret) return `FerretDB ${ferret.replace(/^v/, '')} (SQLite backend, ${where})`;
  return `MongoDB ${info.version ?? '(unknown version)'} ${where}`;
}

/** Opens the benchmark database (see the module comment). */
export async function openBenchDatabase(env: NodeJS.ProcessEnv = process.env): Promise<BenchDatabase> {
  const uri = env.MONGODB_URI || undefined;
  const dbName = `efile_bench_${randomBytes(4).toString('hex')}`;
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  const removeDataDir = () => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  if (!uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'efile-bench-'));
    // Ctrl-C: the launcher kills FerretDB on exit; its files go with it.
    process.once('exit', removeDataDir);
    try {
      embedded = await startEmbeddedDatabase({ dataDir });
    } catch (err) {
      removeDataDir();
      throw err;
    }
  }
  const stopEmbedded = async () => {
    await embedded?.stop();
    removeDataDir();
    process.removeListener('exit', removeDataDir);
  };
  let connection: Connection;
  try {
    connection = await mongoose
      .createConnection(uri ?? embedded!.uri, { dbName, autoIndex: false, serverSelectionTimeoutMS: 10_000 })
      .asPromise();
  } catch (err) {
    await stopEmbedded();
    throw err;
  }
  const close = async () => {
    try {
      if (uri) await connection.getClient().db(dbName).dropDatabase();
    } finally {
      await connection.close();
      await stopEmbedded();
    }
  };
  try {
    return { connection, dbName, description: await describeServer(connection, uri), close };
  } catch (err) {
    await close();
    throw err;
  }
}
