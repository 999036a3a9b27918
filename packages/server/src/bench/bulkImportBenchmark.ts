/**
 * Benchmark of the bulk import: rows per second of POSTing a CSV of new processes to
 * /api/v1/imports/processes next to a raw insertMany of the very documents that import wrote,
 * in the same run. The rows get keys the seeded catalogue does not hold, and exactly those keys
 * are deleted between runs, so the demo city stays as it is and distorts nothing.
 */
import { apiFetch } from './apiFetch.js';
import type { Collection, Document } from 'mongodb';
import type { Connection } from 'mongoose';
import { invalidateProcessList, sampleCsv } from '@efile/catalogue';
import { ratio, median } from './benchStats.js';

/** Sample keys are P-<department>-<6 digits>; the demo city's have 4 digits, so these never collide. */
const FIRST_ROW = 900_001;
const REQUEST_TIMEOUT_MS = 10 * 60_000;

export interface BulkImportResult {
  rows: number;
  runs: number;
  department: string;
  fileMegabytes: number;
  /** Rows per second of each run, and their medians. */
  httpRowsPerSecond: number[];
  rawRowsPerSecond: number[];
  httpMedian: number;
  rawMedian: number;
  /** httpMedian ÷ rawMedian. */
  ratio: number;
}

/** The department the rows go to: 32 when the catalogue has it, else the first one by code. */
async function importDepartment(connection: Connection): Promise<string> {
  const departments = connection.getClient().db(connection.name).collection('departments');
  const preferred = await departments.findOne({ code: '32' }, { projection: { _id: 0, code: 1 } });
  if (preferred) return '32';
  const first = await departments
    .find({}, { projection: { _id: 0, code: 1 } })
    .sort({ code: 1 })
    .limit(1)
    .next();
  if (!first) throw new Error('The catalogue has no department to import processes into.');
  return String(first.code);
}

/**
 * The rows of sampleCsv(rows, { department, start: FIRST_ROW }) as a filter: their department
 * (top-level equality, which FerretDB pushes down to SQL) and the range of their keys. Nothing
 * else lies in that range (checked before the first run), so this matches exactly those rows.
 */
export function importedRows(department: string, rows: number): Document {
  if (rows < 1 || FIRST_ROW + rows - 1 > 999_999)
    throw new RangeError(`The import benchmark takes 1 to 99 999 rows, not ${rows}.`);
  const digits = department.replace(/\D/g, '');
  const key = (n: number) => `P-${digits}-${String(n).padStart(6, '0')}`;
  return { department, key: { $gte: key(FIRST_ROW), $lte: key(FIRST_ROW + rows - 1) } };
}

async function deleteRows(processes: Collection<Document>, filter: Document): Promise<number> {
  const { deletedCount } = await processes.deleteMany(filter);
  return deletedCount;
}

/**
 * Imports `rows` new processes `runs` times over HTTP and inserts the same documents `runs` times
 * through the raw driver, alternating, and deletes them again at the end (also on failure).
 */
export async function runBulkImportBenchmark(
  connection: Connection,
  baseUrl: string,
  options: { rows: number; runs: number },
): Promise<BulkImportResult> {
  const { rows, runs } = options;
  const processes = connection.getClient().db(connection.name).collection('processes');
  const department = await importDepartment(connection);
  const filter = importedRows(department, rows);
  const clashes = await processes.countDocuments(filter);
  if (clashes > 0) throw new Error(`${clashes} of the import benchmark's keys exist already; it needs new keys.`);
  const csv = Buffer.from(sampleCsv(rows, { department, start: FIRST_ROW }), 'utf8');

  const http: number[] = [];
  const raw: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      // The raw writes below bypass the model: the server's in-memory process list must hear of them,
      // and is brought up to date (one scan) before the timed import, as a running server would be.
      invalidateProcessList(connection);
      await apiFetch(`${baseUrl}/api/v1/processes?pageSize=1`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      let started = performance.now();
      const res = await apiFetch(`${baseUrl}/api/v1/imports/processes`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
        body: csv,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const report = (await res.json()) as { created?: number };
      const httpSeconds = (performance.now() - started) / 1000;
      if (res.status !== 200 || report.created !== rows) {
        throw new Error(`The import answered ${res.status}: ${JSON.stringify(report).slice(0, 300)}`);
      }
      http.push(rows / httpSeconds);

      // Exactly what the import stored, _id included, inserted again by the bare driver.
      const documents = await processes.find(filter).toArray();
      if (documents.length !== rows) throw new Error(`The import stored ${documents.length} of ${rows} rows.`);
      if ((await deleteRows(processes, filter)) !== rows) throw new Error('Could not delete the imported rows.');
      started = performance.now();
      const inserted = await processes.insertMany(documents, { ordered: false });
      raw.push(rows / ((performance.now() - started) / 1000));
      if (inserted.insertedCount !== rows) throw new Error(`insertMany wrote ${inserted.insertedCount} of ${rows}.`);
      if ((await deleteRows(processes, filter)) !== rows) throw new Error('Could not delete the inserted rows.');
    }
  } finally {
    await deleteRows(processes, filter);
    invalidateProcessList(connection);
  }
  const httpMedian = median(http);
  const rawMedian = median(raw);
  return {
    rows,
    runs,
    department,
    fileMegabytes: csv.length / 1024 / 1024,
    httpRowsPerSecond: http,
    rawRowsPerSecond: raw,
    httpMedian,
    rawMedian,
    ratio: ratio(httpMedian, rawMedian),
  };
}
