/**
 * What a parsed BPMN model contains, counted the way the modeler's round-trip check counts it.
 */
import type { ModdleElement, ModdleWarning } from 'bpmn-moddle';
import type { DiagramStats } from '../diagram.model.js';

/** The counts plus whether the file carries a layout (any BPMNShape). */
export interface BpmnStats extends DiagramStats {
  hasLayout: boolean;
}

const COUNTED: Array<[keyof DiagramStats, string]> = [
  ['processes', 'bpmn:Process'],
  ['participants', 'bpmn:Participant'],
  ['lanes', 'bpmn:Lane'],
  ['flowNodes', 'bpmn:FlowNode'],
  ['messageFlows', 'bpmn:MessageFlow'],
  ['shapes', 'bpmndi:BPMNShape'],
  ['edges', 'bpmndi:BPMNEdge'],
  ['diagrams', 'bpmndi:BPMNDiagram'],
];

function isElement(value: unknown): value is ModdleElement {
  return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

interface PropertyDescriptor {
  name: string;
  isAttr?: boolean;
  isReference?: boolean;
  type: string;
}

const PRIMITIVE = new Set(['String', 'Boolean', 'Integer', 'Real', 'Element']);

/**
 * The properties of an element that may hold child elements: from its moddle descriptor
 * (no attributes, no references), or every own property for generic (extension) elements.
 */
function containment(element: ModdleElement): string[] {
  const descriptor = element.$descriptor as { properties?: PropertyDescriptor[]; isGeneric?: boolean } | undefined;
  if (!descriptor?.properties || descriptor.isGeneric) {
    return Object.keys(element).filter((name) => name !== '$parent' && name !== '$attrs');
  }
  return descriptor.properties
    .filter((p) => !p.isAttr && !p.isReference && (!PRIMITIVE.has(p.type) || p.type === 'Element'))
    .map((p) => p.name)
    .concat('$children');
}

/**
 * Counts processes, participants, lanes, flow nodes (in subprocesses too), message flows,
 * shapes, edges and diagrams. Walks the containment tree only: moddle defines references
 * (sourceRef, bpmnElement, ...) as non-enumerable, so each element is visited once.
 */
export function bpmnStats(definitions: ModdleElement): BpmnStats {
  const stats: DiagramStats = {
    processes: 0,
    participants: 0,
    lanes: 0,
    flowNodes: 0,
    messageFlows: 0,
    shapes: 0,
    edges: 0,
    diagrams: 0,
  };
  // Which counters a type feeds, decided once per type ($instanceOf walks the type hierarchy).
  const countersOf = new Map<string, Array<keyof DiagramStats>>();
  const childrenOf = new Map<string, string[]>();
  const seen = new Set<ModdleElement>();
  const stack: ModdleElement[] = [definitions];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (seen.has(element)) continue;
    seen.add(element);
    let counters = countersOf.get(element.$type);
    if (!counters) {
      counters =
        typeof element.$instanceOf === 'function'
          ? COUNTED.filter(([, type]) => element.$instanceOf(type)).map(([field]) => field)
          : [];
      countersOf.set(element.$type, counters);
    }
    for (const field of counters) stats[field]++;
    let children = childrenOf.get(element.$type);
    if (!children) {
      children = containment(element);
      childrenOf.set(element.$type, children);
    }
    for (const name of children) {
      const value = element[name];
      if (Array.isArray(value)) {
        for (const child of value) if (isElement(child)) stack.push(child);
      } else if (isElement(value)) {
        stack.push(value);
      }
    }
  }
  return { ...stats, hasLayout: stats.shapes > 0 };
}

/** Nested parse errors that mean the file is not well-formed XML or not a valid model (422, not a warning). */
const FATAL = [
  /^duplicate ID </,
  /^unexpected end of file$/,
  /^missing start tag/,
  /^unclosed (cdata|comment|question|tag)$/,
  /^missing open tag$/,
  /^closing tag mismatch$/,
  /^close tag$/,
  /^illegal first char (nodeName|attribute name)$/,
  /^invalid nodeName$/,
  /^missing namespace on </,
  /^illegal value of xmlns:xml$/,
  /^missing attribute value/,
  /^illegal attribute name char$/,
  /^attribute value quote missmatch$/,
  /^missing closing quotes$/,
  /^illegal character after attribute end$/,
  /^attribute <[^>]*> already defined$/,
  /^illegal declaration of xmlns$/,
];

/** Warnings that do not apply because the bytes were decoded before parsing. */
const IRRELEVANT = [/^unsupported document encoding </];

const CONTEXT = /^unparsable content (.*?)\s*detected\n\tline: (\d+)\n\tcolumn: (\d+)\n\tnested error: ([\s\S]*)$/;

const MAX_MESSAGE = 300;

/** One line per warning: "unrecognized element <foo> at line 3, column 2 (<foo>)". */
export function warningMessage(warning: ModdleWarning): string {
  const match = CONTEXT.exec(warning.message);
  const text = match
    ? `${match[4]!.trim()} at line ${match[2]}, column ${match[3]}${match[1] ? ` (${match[1]})` : ''}`
    : warning.message;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_MESSAGE ? `${oneLine.slice(0, MAX_MESSAGE - 1)}…` : oneLine;
}

export interface SortedWarnings {
  /** Problems that make the file unacceptable. */
  fatal: string[];
  /** Problems the parser tolerated, all of them (capped later). */
  tolerated: string[];
}

/** Separates fatal problems (not well-formed, duplicate ids) from tolerable ones. */
export function sortWarnings(warnings: readonly ModdleWarning[]): SortedWarnings {
  const fatal: string[] = [];
  const tolerated: string[] = [];
  for (const warning of warnings) {
    const nested = warning.error?.message ?? warning.message;
    if (IRRELEVANT.some((re) => re.test(nested))) continue;
    if (FATAL.some((re) => re.test(nested))) fatal.push(warningMessage(warning));
    else tolerated.push(warningMessage(warning));
  }
  return { fatal, tolerated };
}
