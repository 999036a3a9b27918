/**
 * Benchmark of opening a large diagram in the web interface's modeler, next to a plain bpmn-js
 * Modeler importing the same XML in the same browser run (packages/modeler/e2e/bench/openLargeDiagram.ts).
 * That measurement is TypeScript for Playwright's runner, so it runs as a child process with
 * packages/modeler/playwright.bench.config.ts, whose global setup starts a server of its own (a fresh
 * embedded database, the small demo city of the end-to-end tests, the demo accounts, the built web
 * interface); its spec writes the figures as JSON to a temporary file, read here.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../db/embeddedDatabase.js';
import {
  formatMs,
  formatRatio,
  ratio,
  summarize,
  verdict,
  type Outcome,
  type Summary,
  type Target,
} from './benchStats.js';

type Table = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[],
) => string[];

/** The issue's targets, as it states them. */
export const MODELER_TARGETS = {
  /** The app's opening median ÷ the bare page's importXML median. */
  ratio: { kind: 'max', limit: 1.3 },
  /** The app's opening median in milliseconds. */
  openMs: { kind: 'max', limit: 1000 },
} as const satisfies Record<string, Target>;

export interface ModelerBenchmarkResult {
  flowNodes: number;
  bytes: number;
  warmup: number;
  runs: number;
  browserVersion: string;
  /** The app: navigation start → diagram on the canvas. */
  app: Summary;
  /** importXML alone in the app's modeler. */
  appImport: Summary;
  /** The app's opening without its importXML (per run: app − appImport). */
  appRest: Summary;
  /** The bare page: navigation start → diagram on the canvas. */
  bare: Summary;
  /** importXML alone on the bare page. */
  bareImport: Summary;
  /** The bare page's opening without its importXML (per run). */
  bareRest: Summary;
  /** What the issue names: the app's opening median ÷ the bare importXML median. */
  ratio: number;
}

export interface ModelerBenchmarkOptions {
  warmup: number;
  runs: number;
}

const SERIES = ['app', 'appImport', 'bare', 'bareImport'] as const;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Checks the JSON the spec wrote (openLargeDiagram's result) and derives the report's figures from its samples. */
export function readModelerFigures(json: unknown): ModelerBenchmarkResult {
  const data = json as {
    flowNodes?: unknown;
    bytes?: unknown;
    warmup?: unknown;
    browserVersion?: unknown;
    samples?: Record<string, unknown>;
  } | null;
  const samples = data?.samples;
  const lists = SERIES.map((name) => samples?.[name]);
  const valid =
    data !== null &&
    isCount(data.flowNodes) &&
    isCount(data.bytes) &&
    isCount(data.warmup) &&
    typeof data.browserVersion === 'string' &&
    lists.every(
      (list) =>
        Array.isArray(list) &&
        list.length > 0 &&
        list.length === (lists[0] as unknown[]).length &&
        list.every((ms) => typeof ms === 'number' && Number.isFinite(ms) && ms >= 0),
    );
  if (!valid) throw new Error(`The modeler benchmark wrote no usable figures: ${JSON.stringify(json).slice(0, 300)}`);
  const [app, appImport, bare, bareImport] = lists as number[][] as [number[], number[], number[], number[]];
  const rest = (total: number[], part: number[]) => total.map((ms, i) => ms - part[i]!);
  const result = {
    flowNodes: data.flowNodes as number,
    bytes: data.bytes as number,
    warmup: data.warmup as number,
    runs: app.length,
    browserVersion: data.browserVersion as string,
    app: summarize(app),
    appImport: summarize(appImport),
    appRest: summarize(rest(app, appImport)),
    bare: summarize(bare),
    bareImport: summarize(bareImport),
    bareRest: summarize(rest(bare, bareImport)),
  };
  return { ...result, ratio: ratio(result.app.median, result.bareImport.median) };
}

/** Runs `node <Playwright's CLI> test -c <config>`; its output goes to stderr, beside the run's progress. */
async function runPlaywright(config: string, env: NodeJS.ProcessEnv): Promise<void> {
  const cli = join(repoRoot, 'node_modules', '@playwright', 'test', 'cli.js');
  const child = spawn(process.execPath, [cli, 'test', '-c', config], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 2, 2],
  });
  // The benchmark ended (Ctrl-C, kill): the browser run ends with it.
  const stop = () => child.kill('SIGTERM');
  process.once('exit', stop);
  try {
    await new Promise<void>((resolveRun, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        if (code === 0) resolveRun();
        else
          reject(new Error(`Playwright (${config}) ended with ${signal ?? `exit code ${code}`}; its output is above.`));
      });
    });
  } finally {
    process.removeListener('exit', stop);
  }
}

/** Runs the browser benchmark in a child process and returns its figures. */
export async function runModelerBenchmark(options: ModelerBenchmarkOptions): Promise<ModelerBenchmarkResult> {
  const dir = mkdtempSync(join(tmpdir(), 'efile-bench-modeler-'));
  const out = join(dir, 'openLargeDiagram.json');
  try {
    await runPlaywright('packages/modeler/playwright.bench.config.ts', {
      EFILE_BENCH_OUT: out,
      EFILE_BENCH_WARMUP: String(options.warmup),
      EFILE_BENCH_RUNS: String(options.runs),
    });
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(out, 'utf8'));
    } catch (err) {
      throw new Error(`The modeler benchmark wrote no result to ${out}: ${(err as Error).message}`);
    }
    return readModelerFigures(json);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The section of docs/benchmarks.md. */
export function renderModelerSection(outcome: Outcome<ModelerBenchmarkResult>, table: Table): string[] {
  const heading = [
    '## Opening a large diagram in the modeler (browser)',
    '',
    'Target (issue 4): "Opening a 1 000-element diagram in the app\'s modeler, median, next to a plain bpmn-js',
    'Modeler importXML of the same file in the same browser run: ≤ 1.3×, and ≤ 1 s."',
    '',
  ];
  if ('error' in outcome) {
    return [
      ...heading,
      `**Not measured in this run:** ${outcome.error.replace(/\s+/g, ' ')}`,
      '',
      ...table(
        ['Figure', 'Target', 'Result'],
        [
          ['App opening ÷ bare importXML', '≤ 1.30×', 'MISS'],
          ['App opening', '≤ 1 000 ms', 'MISS'],
        ],
        ['l', 'r', 'l'],
      ),
      '',
    ];
  }
  const r = outcome.result;
  const ratioVerdict = verdict(r.ratio, MODELER_TARGETS.ratio);
  const openVerdict = verdict(r.app.median, MODELER_TARGETS.openMs);
  const part = (name: string, app: Summary, bare: Summary) => [
    name,
    formatMs(app.median),
    formatMs(app.p95),
    formatMs(bare.median),
    formatMs(bare.p95),
    formatRatio(ratio(app.median, bare.median)),
  ];
  return [
    ...heading,
    `A generated diagram with ${r.flowNodes.toLocaleString('en-US')} flow nodes (${(r.bytes / 1024).toFixed(0)} KB, with layout), uploaded as version 1 of a new`,
    'process of Amt 32 on a server of its own (`packages/modeler/playwright.bench.config.ts`: embedded FerretDB,',
    'the demo city at scale 300, the demo accounts, the built web interface). Headless Chromium',
    `${r.browserVersion} (Debian), one page, viewport 1600 × 1000, signed in as the modeller \`demo.lotse\`.`,
    '**App** = navigation to `/processes/{key}/edit` until the diagram is on the canvas (`efile:modeler:ready`):',
    'the page and its entry chunk, then side by side the modeler chunk, the session, the process, its versions',
    'and the XML (asked for as the route opens: `openModeler`), creating the modeler (properties panel, linting),',
    '`importXML` (fitted to the view from the diagram interchange before drawing). **Bare** = a page with only a bpmn-js',
    '`Modeler` bundled by Vite and served from memory by the browser (no server): fetch the XML, `importXML`.',
    `Each round opens the app, then the bare page, in the same tab; ${r.warmup} unmeasured and ${r.runs} measured`,
    "rounds; after the first, the app's files come from the browser's cache. The issue sets the app's whole",
    'opening against the bare `importXML` alone; the second table shows where the difference lies.',
    '',
    ...table(
      ['Figure', 'App median', 'App p95', 'Baseline', 'Baseline median', 'Ratio', 'Target', 'Result'],
      [
        [
          'App opening ÷ bare importXML',
          formatMs(r.app.median),
          formatMs(r.app.p95),
          'bare `importXML`',
          formatMs(r.bareImport.median),
          formatRatio(r.ratio),
          '≤ 1.30×',
          ratioVerdict,
        ],
        ['App opening', formatMs(r.app.median), formatMs(r.app.p95), '', '', '', '≤ 1 000 ms', openVerdict],
      ],
      ['l', 'r', 'r', 'l', 'r', 'r', 'r', 'l'],
    ),
    '',
    ...table(
      ['Part', 'App median', 'App p95', 'Bare median', 'Bare p95', 'Ratio'],
      [
        part('Navigation start → diagram on the canvas', r.app, r.bare),
        part('`importXML` alone', r.appImport, r.bareImport),
        part('Everything but `importXML` (per run)', r.appRest, r.bareRest),
      ],
      ['l', 'r', 'r', 'r', 'r', 'r'],
    ),
    '',
  ];
}

/** The line printed at the end of a run. */
export function modelerSummaryLine(outcome: Outcome<ModelerBenchmarkResult>): string {
  if ('error' in outcome) return `Modeler, open a large diagram: not measured (${outcome.error.split('\n')[0]}) MISS`;
  const r = outcome.result;
  return (
    `Modeler, open ${r.flowNodes} nodes: app ${formatMs(r.app.median)} vs bare importXML ${formatMs(r.bareImport.median)} = ` +
    `${formatRatio(r.ratio)} (target ≤ 1.3×) ${verdict(r.ratio, MODELER_TARGETS.ratio)}, ≤ 1 s ${verdict(r.app.median, MODELER_TARGETS.openMs)}; ` +
    `app importXML ${formatMs(r.appImport.median)}, bare page ${formatMs(r.bare.median)} (app ÷ bare page ${formatRatio(ratio(r.app.median, r.bare.median))})`
  );
}
