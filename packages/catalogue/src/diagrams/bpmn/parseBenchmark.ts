/**
 * Benchmark: server-side parse time of a generated 1 000-flow-node diagram, as an upload
 * pays it (decode, precheck, parse in the worker thread, counts back). Prints the median of
 * 20 runs after a warm-up. Run: `node packages/catalogue/dist/diagrams/bpmn/parseBenchmark.js [flowNodes] [runs]`.
 */
import { BpmnParserPool } from './bpmnParserPool.js';
import { decodeXml } from './decodeXml.js';
import { largeDiagram } from './largeDiagram.js';
import { precheckBpmn } from './precheckBpmn.js';

export interface ParseBenchmarkResult {
  flowNodes: number;
  bytes: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Measures `runs` parses of a diagram with `flowNodes` flow nodes through a fresh one-thread pool. */
export async function parseBenchmark(flowNodes = 1000, runs = 20): Promise<ParseBenchmarkResult> {
  const bytes = Buffer.from(largeDiagram({ flowNodes }), 'utf8');
  const pool = new BpmnParserPool({ size: 1 });
  const once = async () => {
    const started = performance.now();
    const decoded = decodeXml(bytes);
    precheckBpmn(decoded.text);
    const parsed = await pool.parse(decoded.text, 10_000);
    if (parsed.stats.flowNodes !== flowNodes) throw new Error(`counted ${parsed.stats.flowNodes} flow nodes`);
    return performance.now() - started;
  };
  try {
    for (let i = 0; i < 3; i++) await once();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await once());
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return {
      flowNodes,
      bytes: bytes.length,
      runs,
      medianMs: round(median(times)),
      minMs: round(Math.min(...times)),
      maxMs: round(Math.max(...times)),
    };
  } finally {
    await pool.close();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const [flowNodes, runs] = process.argv.slice(2).map(Number);
  const result = await parseBenchmark(flowNodes || 1000, runs || 20);
  console.log(JSON.stringify(result));
}
