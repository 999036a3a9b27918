/**
 * The BPMN parser thread. bpmn-moddle's parse time grows quadratically with the number of
 * warnings it emits, so a crafted file can keep a thread busy for seconds: it runs here, where
 * the pool (bpmnParserPool.ts) can terminate it, never on the event loop that serves requests.
 *
 * Protocol: the pool posts `{ id, xml }`; this thread answers `{ id, outcome }` and says
 * `{ ready: true }` once, after loading the model.
 */
import { parentPort } from 'node:worker_threads';
import { BpmnModdle } from 'bpmn-moddle';
import { bpmnStats, sortWarnings, warningMessage } from './bpmnStats.js';
import { MAX_WARNINGS, type ParseOutcome, type ParseRequest } from './parseProtocol.js';

const moddle = BpmnModdle();

async function parse(xml: string): Promise<ParseOutcome> {
  let result;
  try {
    result = await moddle.fromXML(xml, 'bpmn:Definitions');
  } catch (err) {
    const error = err as Error & { warnings?: { message: string; error?: Error }[] };
    const reason = /failed to parse document as/.test(error.message)
      ? 'The file has no BPMN 2.0 <definitions> element the parser could read.'
      : `The file is not well-formed XML: ${warningMessage({ message: error.message })}.`;
    return { ok: false, reason, details: sortWarnings(error.warnings ?? []).fatal.slice(0, 20) };
  }
  const { fatal, tolerated } = sortWarnings(result.warnings);
  if (fatal.length > 0) {
    const first = fatal[0]!;
    const reason = /^duplicate ID/.test(first)
      ? `The file uses an id twice: ${first}.`
      : `The file is not well-formed XML: ${first}.`;
    return { ok: false, reason, details: fatal.slice(0, 20) };
  }
  return {
    ok: true,
    stats: bpmnStats(result.rootElement),
    warnings: tolerated.slice(0, MAX_WARNINGS),
    warningCount: tolerated.length,
  };
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (request: ParseRequest) => {
    parse(request.xml).then(
      (outcome) => port.postMessage({ id: request.id, outcome }),
      (err: unknown) =>
        port.postMessage({
          id: request.id,
          outcome: { ok: false, reason: `The parser failed on this file: ${(err as Error).message}`, details: [] },
        }),
    );
  });
  port.postMessage({ ready: true });
}
