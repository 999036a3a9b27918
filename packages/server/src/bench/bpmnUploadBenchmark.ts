/**
 * Benchmark of the BPMN upload: the server-side parse of a generated 1 000-flow-node diagram as
 * an upload pays it (decode, precheck, parse in a worker of BpmnParserPool, counts back) next to a
 * plain bpmn-moddle fromXML of the same text on the main thread, and the whole HTTP upload.
 * The three alternate run by run.
 */
import { apiFetch } from './apiFetch.js';
import type { Connection } from 'mongoose';
import { BpmnModdle } from 'bpmn-moddle';
import { BpmnParserPool, decodeXml, largeDiagram, precheckBpmn } from '@efile/catalogue';
import { ratio, summarize, type Summary } from './benchStats.js';

const PARSE_TIMEOUT_MS = 30_000;
const REQUEST_TIMEOUT_MS = 60_000;
/** The process the uploads go to; created for the benchmark, in a department that exists. */
const UPLOAD_PROCESS_KEY = 'P-BENCH-UPLOAD';

export interface BpmnUploadResult {
  flowNodes: number;
  bytes: number;
  warmup: number;
  runs: number;
  /** decode + precheck + worker parse. */
  pool: Summary;
  /** bpmn-moddle fromXML on the main thread. */
  mainThread: Summary;
  /** POST /api/v1/processes/{key}/diagrams, to the 201. */
  httpUpload: Summary;
  /** pool median ÷ main-thread median. */
  ratio: number;
}

async function createUploadProcess(connection: Connection, baseUrl: string): Promise<void> {
  const departments = connection.getClient().db(connection.name).collection('departments');
  const department = await departments
    .find({}, { projection: { _id: 0, code: 1 } })
    .sort({ code: 1 })
    .limit(1)
    .next();
  if (!department) throw new Error('The catalogue has no department for the upload benchmark.');
  const res = await apiFetch(`${baseUrl}/api/v1/processes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      key: UPLOAD_PROCESS_KEY,
      name: 'Benchmark: großes Diagramm hochladen',
      department: String(department.code),
      kind: 'department',
    }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (res.status !== 201) throw new Error(`Creating the upload process answered ${res.status}: ${await res.text()}`);
}

/**
 * Measures `warmup` + `runs` rounds of: a pool parse, a main-thread parse, an HTTP upload (each
 * upload stores one more draft version of the benchmark's own process).
 */
export async function runBpmnUploadBenchmark(
  connection: Connection,
  baseUrl: string,
  options: { flowNodes: number; warmup: number; runs: number },
): Promise<BpmnUploadResult> {
  const bytes = Buffer.from(largeDiagram({ flowNodes: options.flowNodes }), 'utf8');
  const text = bytes.toString('utf8');
  const moddle = BpmnModdle();
  const pool = new BpmnParserPool({ size: 1 });
  await createUploadProcess(connection, baseUrl);
  const uploadUrl = `${baseUrl}/api/v1/processes/${UPLOAD_PROCESS_KEY}/diagrams`;

  const poolParse = async () => {
    const decoded = decodeXml(bytes);
    precheckBpmn(decoded.text);
    const parsed = await pool.parse(decoded.text, PARSE_TIMEOUT_MS);
    if (parsed.stats.flowNodes !== options.flowNodes) {
      throw new Error(`The pool counted ${parsed.stats.flowNodes} flow nodes, not ${options.flowNodes}.`);
    }
  };
  const mainThreadParse = async () => {
    const result = await moddle.fromXML(text, 'bpmn:Definitions');
    if (result.rootElement.$type !== 'bpmn:Definitions') throw new Error('bpmn-moddle did not read the diagram.');
  };
  const upload = async () => {
    const res = await apiFetch(uploadUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/bpmn+xml' },
      body: bytes,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = await res.text();
    if (res.status !== 201) throw new Error(`The upload answered ${res.status}: ${body.slice(0, 300)}`);
  };
  const time = async (work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };

  const poolMs: number[] = [];
  const mainMs: number[] = [];
  const uploadMs: number[] = [];
  try {
    for (let run = 0; run < options.warmup + options.runs; run++) {
      const p = await time(poolParse);
      const m = await time(mainThreadParse);
      const u = await time(upload);
      if (run >= options.warmup) {
        poolMs.push(p);
        mainMs.push(m);
        uploadMs.push(u);
      }
    }
  } finally {
    await pool.close();
  }
  const poolSummary = summarize(poolMs);
  const mainSummary = summarize(mainMs);
  return {
    flowNodes: options.flowNodes,
    bytes: bytes.length,
    warmup: options.warmup,
    runs: options.runs,
    pool: poolSummary,
    mainThread: mainSummary,
    httpUpload: summarize(uploadMs),
    ratio: ratio(poolSummary.median, mainSummary.median),
  };
}
