/**
 * Benchmark (run by `npm run bench` through openLargeDiagram.bench.ts): how long the app's modeler
 * takes to open a generated 1 000-flow-node diagram, next to a plain bpmn-js Modeler importing the
 * same XML on a bare page, in one browser run. Both are timed from the navigation's start to the
 * diagram being on the canvas (the app's `efile:modeler:ready` mark; `bare:ready` on the bare page),
 * runs alternating; both also report importXML alone.
 *
 * The bare page is served by the browser itself (page.route) on an origin of its own, with bpmn-js
 * bundled by Vite for the occasion.
 */
import { chromium, type Page } from 'playwright-core';
import { largeDiagram } from '@efile/catalogue';
import { bundleForBrowser, serveFiles, type BrowserFile } from '../pages/BpmnHarnessPage';

export interface OpenLargeDiagramOptions {
  /** The running app, e.g. http://127.0.0.1:8080 (serving the built web interface). */
  baseUrl: string;
  /** An account that may write processes of `department`. */
  username: string;
  password: string;
  department: string;
  flowNodes?: number;
  warmup?: number;
  runs?: number;
  chromiumPath?: string;
}

export interface Summary {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/** Each measured run's milliseconds, in run order (the n-th of each list come from the same round). */
export interface OpenLargeDiagramSamples {
  app: number[];
  appImport: number[];
  bare: number[];
  bareImport: number[];
}

export interface OpenLargeDiagramResult {
  flowNodes: number;
  bytes: number;
  /** Unmeasured rounds before the measured ones. */
  warmup: number;
  /** The browser as it names itself, e.g. "148.0.7778.167". */
  browserVersion: string;
  /** The app's modeler: navigation start → diagram on the canvas. */
  app: Summary;
  /** importXML alone in the app's modeler. */
  appImport: Summary;
  /** A bare page with bpmn-js: navigation start → diagram on the canvas. */
  bare: Summary;
  /** importXML alone on the bare page. */
  bareImport: Summary;
  /** app median ÷ bare median. */
  ratio: number;
  samples: OpenLargeDiagramSamples;
}

const READY_MARK = 'efile:modeler:ready';
const IMPORT_MEASURE = 'efile:modeler:import';
const BARE_ORIGIN = 'http://bpmn-bare.test';

/** Median, minimum and maximum of the samples. */
export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    runs: sorted.length,
    medianMs: round(median),
    minMs: round(sorted[0]!),
    maxMs: round(sorted[sorted.length - 1]!),
  };
}

/** bpmn-js's Modeler and its styles on a page of their own, importing `diagram.bpmn` from beside it. */
function bundleBarePage(): Promise<Map<string, BrowserFile>> {
  const entry = 'virtual:bare-modeler';
  return bundleForBrowser(entry, '<div id="canvas" style="width:1400px;height:800px"></div>', [
    {
      name: 'bare-modeler-entry',
      resolveId: (id) => (id === entry ? `\0${entry}` : undefined),
      load: (id) =>
        id === `\0${entry}`
          ? [
              "import Modeler from 'bpmn-js/lib/Modeler';",
              "import 'bpmn-js/dist/assets/diagram-js.css';",
              "import 'bpmn-js/dist/assets/bpmn-js.css';",
              "import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';",
              'const xml = await (await fetch("diagram.bpmn")).text();',
              'const modeler = new Modeler({ container: document.getElementById("canvas") });',
              'const start = performance.now();',
              'await modeler.importXML(xml);',
              'performance.measure("bare:import", { start, end: performance.now() });',
              'performance.mark("bare:ready");',
            ].join('\n')
          : undefined,
    },
  ]);
}

/** Signs in through the API (the browser's cookie jar) and uploads the diagram to a new process. */
async function givenLargeDiagram(page: Page, options: OpenLargeDiagramOptions, xml: string): Promise<string> {
  const signIn = await page.request.post(`${options.baseUrl}/api/v1/session`, {
    data: { username: options.username, password: options.password },
  });
  if (signIn.status() !== 201) throw new Error(`Sign-in answered ${signIn.status()}.`);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const key = `P-${options.department.replace(/[.-]/g, '')}-BENCH${Date.now().toString(36).toUpperCase()}`;
  const headers = { 'X-CSRF-Token': csrfToken };
  const created = await page.request.post(`${options.baseUrl}/api/v1/processes`, {
    headers,
    data: { key, name: 'Benchmark: großes Diagramm öffnen', department: options.department, kind: 'department' },
  });
  if (created.status() !== 201) throw new Error(`Creating ${key} answered ${created.status()}.`);
  const uploaded = await page.request.post(`${options.baseUrl}/api/v1/processes/${key}/diagrams`, {
    headers: { ...headers, 'Content-Type': 'application/xml' },
    data: xml,
  });
  if (uploaded.status() !== 201) throw new Error(`Uploading the diagram answered ${uploaded.status()}.`);
  return key;
}

/** Navigates to `url` and answers when `mark` was set, as milliseconds from the navigation's start. */
async function timeToMark(page: Page, url: string, mark: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mark, {
    timeout: 120_000,
  });
  return page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]!.startTime, mark);
}

/** Runs the benchmark; the browser starts and ends with it. */
export async function runOpenLargeDiagramBenchmark(options: OpenLargeDiagramOptions): Promise<OpenLargeDiagramResult> {
  const flowNodes = options.flowNodes ?? 1000;
  const warmup = options.warmup ?? 2;
  const runs = options.runs ?? 7;
  const xml = largeDiagram({ flowNodes });
  const bareFiles = await bundleBarePage();

  const browser = await chromium.launch({
    executablePath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'de-DE' });
    const page = await context.newPage();
    bareFiles.set('diagram.bpmn', { contentType: 'application/xml', body: xml });
    await serveFiles(page, BARE_ORIGIN, bareFiles);
    const key = await givenLargeDiagram(page, options, xml);
    const appUrl = `${options.baseUrl}/processes/${encodeURIComponent(key)}/edit`;
    const bareUrl = `${BARE_ORIGIN}/index.html`;

    const app: number[] = [];
    const appImport: number[] = [];
    const bare: number[] = [];
    const bareImport: number[] = [];
    for (let round = 0; round < warmup + runs; round++) {
      const appMs = await timeToMark(page, appUrl, READY_MARK);
      const appImportMs = await page.evaluate(
        (name) => performance.getEntriesByName(name, 'measure')[0]!.duration,
        IMPORT_MEASURE,
      );
      const bareMs = await timeToMark(page, bareUrl, 'bare:ready');
      const importMs = await page.evaluate(() => performance.getEntriesByName('bare:import', 'measure')[0]!.duration);
      if (round >= warmup) {
        app.push(appMs);
        appImport.push(appImportMs);
        bare.push(bareMs);
        bareImport.push(importMs);
      }
    }
    const result = {
      flowNodes,
      bytes: Buffer.byteLength(xml),
      warmup,
      browserVersion: browser.version(),
      app: summarize(app),
      appImport: summarize(appImport),
      bare: summarize(bare),
      bareImport: summarize(bareImport),
    };
    return {
      ...result,
      ratio: Math.round((result.app.medianMs / result.bare.medianMs) * 100) / 100,
      samples: { app, appImport, bare, bareImport },
    };
  } finally {
    await browser.close();
  }
}
