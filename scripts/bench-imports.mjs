// Benchmark of the process import (see packages/catalogue/src/imports/importBenchmark.ts):
// 10 000 new rows through POST /api/v1/imports/processes vs a raw insertMany, on a fresh
// embedded FerretDB (or the database at MONGODB_URI). Usage: node scripts/bench-imports.mjs [rows] [runs]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { ensureIndexes, runImportBenchmark } from '../packages/catalogue/dist/index.js';
import { startEmbeddedDatabase } from '../packages/server/dist/index.js';

const rows = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 3);
let embedded;
let dataDir;
let uri = process.env.MONGODB_URI;
if (!uri) {
  dataDir = mkdtempSync(join(tmpdir(), 'efile-bench-'));
  embedded = await startEmbeddedDatabase({ dataDir });
  uri = embedded.uri;
}
const dbName = `efile_bench_${randomBytes(4).toString('hex')}`;
const connection = await mongoose.createConnection(uri, { dbName, autoIndex: false }).asPromise();
try {
  await ensureIndexes(connection);
  const result = await runImportBenchmark(connection, { rows, runs });
  console.log(JSON.stringify(result, null, 2));
} finally {
  await connection.dropDatabase().catch(() => undefined);
  await connection.close();
  if (embedded) {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
