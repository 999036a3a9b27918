/**
 * `npm run bench`: seeds the demo city into a fresh database and measures the list endpoint, the
 * bulk import, the BPMN upload and the rollout dashboard, each next to its baseline in the same run;
 * then, with that database closed, opening a large diagram in the web interface's modeler in Chromium
 * next to a bare bpmn-js (a Playwright run with a server of its own) and the web interface's initial
 * JavaScript. Writes docs/benchmarks.md (or --out) and prints a summary. Exits 0 whatever the figures
 * (benchmarks inform; they are not tests) and non-zero only when the run itself fails; a browser or
 * bundle figure that cannot be measured is reported as not measured.
 * Options: see benchOptions.ts. With MONGODB_URI a database with a random name is used and dropped.
 */
import { signInForBenchmarks } from './apiFetch.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { BpmnParserPool, createApp, ensureIndexes } from '@efile/catalogue';
import { rolloutModule } from '@efile/planner';
import { repoRoot } from '../db/embeddedDatabase.js';
import { seedDemoCity } from '../seed/seedDemoCity.js';
import { openBenchDatabase } from './benchDatabase.js';
import { parseBenchOptions, type BenchOptions } from './benchOptions.js';
import { renderBenchReport, summaryLines, type BenchReport, type MachineInfo } from './benchReport.js';
import { outcomeOf } from './benchStats.js';
import { runBpmnUploadBenchmark } from './bpmnUploadBenchmark.js';
import { runBulkImportBenchmark } from './bulkImportBenchmark.js';
import { runBundleBenchmark } from './bundleBenchmark.js';
import { runListBenchmark } from './listBenchmark.js';
import { runModelerBenchmark } from './modelerBenchmark.js';
import { runRolloutBenchmark } from './rolloutBenchmark.js';

function step(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function machine(loadStart: number[]): MachineInfo {
  const cpuList = cpus();
  return {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.versions.node,
    platform: `${platform()} ${release()}`,
    loadStart,
    loadEnd: loadavg(),
  };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolveListen, reject) => {
    server.once('listening', resolveListen);
    server.once('error', reject);
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Runs the benchmarks of the server on a fresh database and returns their results. */
async function runServerBenchmarks(
  options: BenchOptions,
): Promise<Pick<BenchReport, 'database' | 'seed' | 'list' | 'bulkImport' | 'bpmn' | 'rollout'>> {
  step('starting the database ...');
  const database = await openBenchDatabase();
  let server: Server | undefined;
  try {
    const { connection } = database;
    await ensureIndexes(connection);
    step(`seeding the demo city at scale ${options.scale} ...`);
    // A rollout history of about 10 stage events per process (100 000 at scale 10 000).
    const seed = await seedDemoCity(connection, { scale: options.scale, seed: 1, eventsPerProcess: 10 });
    step(
      `seeded ${seed.processes} processes, ${seed.diagrams} diagrams and ${seed.stageEvents} stage events in ${(seed.ms / 1000).toFixed(1)} s`,
    );

    await signInForBenchmarks(connection);
    server = createApp({ connection, modules: [rolloutModule({ connection })] }).listen(0, '127.0.0.1');
    const baseUrl = await listen(server);

    step(`list endpoint: 10 queries × (${options.warmup} + ${options.listRuns}) runs, endpoint and raw ...`);
    const list = await runListBenchmark(connection, baseUrl, {
      warmup: options.warmup,
      runs: options.listRuns,
      progress: step,
    });
    step(`bulk import: ${options.importRows} rows × ${options.importRuns} runs, HTTP and raw ...`);
    const bulkImport = await runBulkImportBenchmark(connection, baseUrl, {
      rows: options.importRows,
      runs: options.importRuns,
    });
    step(`BPMN upload: ${options.diagramFlowNodes} flow nodes × (${options.warmup} + ${options.parseRuns}) runs ...`);
    const bpmn = await runBpmnUploadBenchmark(connection, baseUrl, {
      flowNodes: options.diagramFlowNodes,
      warmup: options.warmup,
      runs: options.parseRuns,
    });
    // At most 9 measured runs: the raw side reads every event from the database (about 18 s for 100 000 on FerretDB).
    const dashboardRuns = Math.min(options.listRuns, 9);
    step(
      `rollout dashboard: ${seed.stageEvents} events × (${options.warmup} + ${dashboardRuns}) runs, endpoint and raw ...`,
    );
    const rollout = await runRolloutBenchmark(connection, baseUrl, { warmup: options.warmup, runs: dashboardRuns });
    return {
      database: database.description,
      seed: { processes: seed.processes, diagrams: seed.diagrams, stageEvents: seed.stageEvents, ms: seed.ms },
      list,
      bulkImport,
      bpmn,
      rollout,
    };
  } finally {
    if (server) {
      const closing = server;
      await new Promise<void>((resolveClose) => closing.close(() => resolveClose()));
      closing.closeAllConnections();
    }
    await BpmnParserPool.shared().close();
    await database.close();
  }
}

/** Runs all benchmarks and returns their results. */
async function runBenchmarks(options: BenchOptions): Promise<BenchReport> {
  const started = performance.now();
  const date = new Date();
  const loadStart = loadavg();
  const server = await runServerBenchmarks(options);
  step(`modeler in Chromium: open a 1000-flow-node diagram × (${options.warmup} + ${options.modelerRuns}) rounds ...`);
  const modeler = await outcomeOf(() => runModelerBenchmark({ warmup: options.warmup, runs: options.modelerRuns }));
  if ('error' in modeler) step(`the modeler benchmark failed: ${modeler.error}`);
  const bundle = await outcomeOf(runBundleBenchmark);
  return {
    date,
    machine: machine(loadStart),
    scale: options.scale,
    quick: options.quick,
    durationMs: performance.now() - started,
    ...server,
    modeler,
    bundle,
  };
}

async function main(argv: string[]): Promise<void> {
  const options = parseBenchOptions(argv);
  const report = await runBenchmarks(options);
  const out = resolve(repoRoot, options.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderBenchReport(report));
  process.stdout.write(`\n${summaryLines(report).join('\n')}\n\nWritten to ${out}\n`);
}

// Ctrl-C or kill: exit, so the exit hooks stop the embedded database and remove its files.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));
main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`The benchmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
