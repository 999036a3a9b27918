/**
 * Measures the import: rows per second of importing N new processes through the HTTP endpoint
 * and through importProcesses() directly, against a raw insertMany of the same documents on the
 * same database. Run by scripts/bench-imports.mjs (which starts an embedded database).
 */
import type { AddressInfo } from 'node:net';
import type { Connection } from 'mongoose';
import { createApp } from '../app.js';
import { departmentModel } from '../departments/department.model.js';
import { processModel, type ProcessDoc } from '../processes/process.model.js';
import { ImportsRepository } from './imports.repository.js';
import { importProcesses } from './imports.service.js';
import { sampleCsv } from './sampleRows.js';

export interface ImportBenchmarkResult {
  rows: number;
  /** Megabytes of CSV imported per run. */
  fileMegabytes: number;
  /** Median rows per second over the runs. */
  httpRowsPerSecond: number;
  serviceRowsPerSecond: number;
  rawInsertRowsPerSecond: number;
  /** httpRowsPerSecond ÷ rawInsertRowsPerSecond. */
  httpVsRaw: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Imports `rows` new processes `runs` times each way, emptying the processes collection before
 * every run (its other collections stay; department 32 is created if missing).
 */
export async function runImportBenchmark(
  connection: Connection,
  options: { rows?: number; runs?: number } = {},
): Promise<ImportBenchmarkResult> {
  const rows = options.rows ?? 10_000;
  const runs = options.runs ?? 3;
  const processes = processModel(connection);
  const departments = departmentModel(connection);
  const now = new Date();
  await departments.updateOne(
    { code: '32' },
    {
      $setOnInsert: {
        code: '32',
        name: 'Amt für öffentliche Ordnung',
        shortName: 'Ordnungsamt',
        version: 1,
        createdAt: now,
        updatedAt: now,
      },
    },
    { upsert: true },
  );
  const csv = Buffer.from(sampleCsv(rows), 'utf8');
  const repository = ImportsRepository.over(connection);

  const app = createApp({ connection });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/imports/processes`;

  const http: number[] = [];
  const service: number[] = [];
  const raw: number[] = [];
  let documents: ProcessDoc[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      await processes.deleteMany({});
      let start = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: csv });
      const report = (await res.json()) as { created?: number };
      if (res.status !== 200 || report.created !== rows) {
        throw new Error(`HTTP import failed: ${res.status} ${JSON.stringify(report).slice(0, 300)}`);
      }
      http.push(rows / ((performance.now() - start) / 1000));

      documents = await processes.find({}).lean<ProcessDoc[]>().exec();
      await processes.deleteMany({});
      start = performance.now();
      const outcome = await importProcesses(repository, { bytes: csv, format: 'csv' }, { mode: 'all', dryRun: false });
      if (outcome.report.created !== rows) throw new Error('service import failed');
      service.push(rows / ((performance.now() - start) / 1000));

      await processes.deleteMany({});
      const copies = documents.map((d) => ({ ...d }));
      start = performance.now();
      await processes.db
        .collection<ProcessDoc>(processes.collection.collectionName)
        .insertMany(copies, { ordered: false });
      raw.push(rows / ((performance.now() - start) / 1000));
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await processes.deleteMany({});
  }
  const httpRowsPerSecond = Math.round(median(http));
  const rawInsertRowsPerSecond = Math.round(median(raw));
  return {
    rows,
    fileMegabytes: Math.round((csv.length / 1024 / 1024) * 100) / 100,
    httpRowsPerSecond,
    serviceRowsPerSecond: Math.round(median(service)),
    rawInsertRowsPerSecond,
    httpVsRaw: Math.round((httpRowsPerSecond / rawInsertRowsPerSecond) * 100) / 100,
  };
}
