/**
 * A small BPMN 2.0 generator for the demo city: one pool with lanes, a start event, tasks with one
 * exclusive branch and merge, an end event, optionally the e-file as data store and an external
 * participant the send tasks write to. Every shape sits in its own cell of a grid, so no two shapes
 * overlap, and every sequence flow has orthogonal waypoints.
 */
import type { DiagramStats } from '@efile/catalogue';

export type TaskType = 'user' | 'service' | 'send' | 'manual';

export interface TaskSpec {
  name: string;
  type: TaskType;
  /** Index into `DiagramSpec.lanes`. */
  lane: number;
}

export interface DiagramSpec {
  /** The process name (the BPMN process's name). */
  processName: string;
  /** The pool's label, e.g. the department's short name. */
  participantName: string;
  /** One to four lane labels. */
  lanes: string[];
  start: { name: string; lane: number };
  /** Tasks before the branch. */
  before: TaskSpec[];
  /** The exclusive gateway that splits; its branches join again in a merge gateway in the same lane. */
  gateway: { question: string; lane: number; yes: string; no: string };
  /** Tasks on the "yes" path (may be empty when `no` is not). */
  yes: TaskSpec[];
  /** Tasks on the "no" path (may be empty when `yes` is not). */
  no: TaskSpec[];
  /** Tasks after the merge. */
  after: TaskSpec[];
  end: { name: string; lane: number };
  /** A data store (e.g. "E-Akte") the task at this index of `before` ++ `after` writes to. */
  dataStore?: { name: string; writtenBy: number };
  /** A collapsed external pool (e.g. "Antragsteller/in") that every send task sends a message to. */
  external?: string;
}

export interface GeneratedDiagram {
  xml: string;
  stats: DiagramStats;
}

/** Grid and shape sizes (pixels). */
const POOL_X = 160;
const POOL_Y = 80;
const POOL_HEADER = 30;
const LANE_HEADER = 30;
const PADDING = 20;
const COL_W = 150;
const ROW_H = 110;
const SIZE = {
  task: { w: 100, h: 80 },
  event: { w: 36, h: 36 },
  gateway: { w: 50, h: 50 },
  dataStore: { w: 50, h: 50 },
} as const;
const EXTERNAL_GAP = 60;
const EXTERNAL_H = 60;

const TASK_ELEMENT: Record<TaskType, string> = {
  user: 'userTask',
  service: 'serviceTask',
  send: 'sendTask',
  manual: 'manualTask',
};

/** Escapes text for an XML attribute or element. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Node {
  id: string;
  element: string;
  name: string;
  lane: number;
  row: 0 | 1;
  col: number;
  size: { w: number; h: number };
}

interface Bounds {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Flow {
  id: string;
  source: Node;
  target: Node;
  name?: string;
  waypoints: Array<[number, number]>;
}

/** The number of tasks a spec describes (the seed keeps it from 3 to 9). */
export function taskCount(spec: DiagramSpec): number {
  return spec.before.length + spec.yes.length + spec.no.length + spec.after.length;
}

/** Generates the BPMN 2.0 XML of a spec and counts what it contains. */
export function generateBpmn(spec: DiagramSpec): GeneratedDiagram {
  if (spec.lanes.length < 1 || spec.lanes.length > 4) throw new Error('A diagram needs one to four lanes.');
  if (spec.yes.length === 0 && spec.no.length === 0) throw new Error('A branch needs at least one task.');
  const laneOk = (lane: number) => Number.isInteger(lane) && lane >= 0 && lane < spec.lanes.length;
  const allTasks = [...spec.before, ...spec.yes, ...spec.no, ...spec.after];
  if (![spec.start.lane, spec.gateway.lane, spec.end.lane, ...allTasks.map((t) => t.lane)].every(laneOk)) {
    throw new Error('Every element must name an existing lane.');
  }

  // Place the flow nodes on the grid: row 0 is the main path, row 1 of the gateway's lane the "no" path.
  let seq = 0;
  const nodes: Node[] = [];
  const node = (element: string, name: string, lane: number, row: 0 | 1, col: number, size: Node['size']) => {
    const n: Node = {
      id: `${element.charAt(0).toUpperCase()}${element.slice(1)}_${++seq}`,
      element,
      name,
      lane,
      row,
      col,
      size,
    };
    nodes.push(n);
    return n;
  };
  const task = (t: TaskSpec, row: 0 | 1, col: number) =>
    node(TASK_ELEMENT[t.type], t.name, t.lane, row, col, SIZE.task);

  let col = 0;
  const start = node('startEvent', spec.start.name, spec.start.lane, 0, col++, SIZE.event);
  const before = spec.before.map((t) => task(t, 0, col++));
  const split = node('exclusiveGateway', spec.gateway.question, spec.gateway.lane, 0, col++, SIZE.gateway);
  const branchStart = col;
  const yes = spec.yes.map((t, i) => task({ ...t, lane: spec.gateway.lane }, 0, branchStart + i));
  const no = spec.no.map((t, i) => task({ ...t, lane: spec.gateway.lane }, 1, branchStart + i));
  col = branchStart + Math.max(yes.length, no.length, 1);
  const merge = node('exclusiveGateway', '', spec.gateway.lane, 0, col++, SIZE.gateway);
  const after = spec.after.map((t) => task(t, 0, col++));
  const end = node('endEvent', spec.end.name, spec.end.lane, 0, col++, SIZE.event);
  const columns = col;

  // The data store goes below the task that writes it (row 1 of that lane; branch columns never collide).
  const linear = [...before, ...after];
  const writer = spec.dataStore ? linear[spec.dataStore.writtenBy] : undefined;
  const store: Node | undefined =
    spec.dataStore && writer
      ? {
          id: 'DataStoreReference_1',
          element: 'dataStoreReference',
          name: spec.dataStore.name,
          lane: writer.lane,
          row: 1,
          col: writer.col,
          size: SIZE.dataStore,
        }
      : undefined;

  // Lane heights: two rows where a lane uses its second row, one otherwise.
  const rowsOf = spec.lanes.map((_, lane) =>
    [...nodes, ...(store ? [store] : [])].some((n) => n.lane === lane && n.row === 1) ? 2 : 1,
  );
  const laneY: number[] = [];
  let y = POOL_Y;
  for (const rows of rowsOf) {
    laneY.push(y);
    y += rows * ROW_H;
  }
  const poolH = y - POOL_Y;
  const poolW = POOL_HEADER + LANE_HEADER + PADDING + columns * COL_W + PADDING;
  const contentX = POOL_X + POOL_HEADER + LANE_HEADER + PADDING;

  const bounds = (n: Node): Bounds => {
    const cellX = contentX + n.col * COL_W;
    const cellY = (laneY[n.lane] as number) + n.row * ROW_H;
    return {
      x: cellX + (COL_W - n.size.w) / 2,
      y: cellY + (ROW_H - n.size.h) / 2,
      w: n.size.w,
      h: n.size.h,
    };
  };
  const right = (n: Node): [number, number] => {
    const b = bounds(n);
    return [b.x + b.w, b.y + b.h / 2];
  };
  const left = (n: Node): [number, number] => {
    const b = bounds(n);
    return [b.x, b.y + b.h / 2];
  };
  const top = (n: Node): [number, number] => {
    const b = bounds(n);
    return [b.x + b.w / 2, b.y];
  };
  const bottom = (n: Node): [number, number] => {
    const b = bounds(n);
    return [b.x + b.w / 2, b.y + b.h];
  };

  // Sequence flows: right side to left side, with a vertical step halfway when the rows differ.
  const flows: Flow[] = [];
  const connect = (source: Node, target: Node, name?: string) => {
    const [sx, sy] = right(source);
    const [tx, ty] = left(target);
    const waypoints: Array<[number, number]> =
      sy === ty
        ? [
            [sx, sy],
            [tx, ty],
          ]
        : [
            [sx, sy],
            [(sx + tx) / 2, sy],
            [(sx + tx) / 2, ty],
            [tx, ty],
          ];
    flows.push({ id: `Flow_${flows.length + 1}`, source, target, ...(name ? { name } : {}), waypoints });
  };
  const chain = (list: Node[]) => list.slice(1).forEach((n, i) => connect(list[i] as Node, n));

  chain([start, ...before, split]);
  if (yes.length > 0) {
    connect(split, yes[0] as Node, spec.gateway.yes);
    chain(yes);
    connect(yes[yes.length - 1] as Node, merge);
  } else {
    connect(split, merge, spec.gateway.yes);
  }
  const lowY = (laneY[spec.gateway.lane] as number) + ROW_H + ROW_H / 2;
  const [splitX, splitBottom] = bottom(split);
  const [mergeX, mergeBottom] = bottom(merge);
  if (no.length > 0) {
    const first = no[0] as Node;
    const last = no[no.length - 1] as Node;
    flows.push({
      id: `Flow_${flows.length + 1}`,
      source: split,
      target: first,
      name: spec.gateway.no,
      waypoints: [[splitX, splitBottom], [splitX, lowY], left(first)],
    });
    chain(no);
    const [lx, ly] = right(last);
    flows.push({
      id: `Flow_${flows.length + 1}`,
      source: last,
      target: merge,
      waypoints: [
        [lx, ly],
        [mergeX, ly],
        [mergeX, mergeBottom],
      ],
    });
  } else {
    // The empty "no" path runs below the "yes" tasks, inside the gateway's lane.
    const detourY = (laneY[spec.gateway.lane] as number) + ROW_H - 8;
    flows.push({
      id: `Flow_${flows.length + 1}`,
      source: split,
      target: merge,
      name: spec.gateway.no,
      waypoints: [
        [splitX, splitBottom],
        [splitX, detourY],
        [mergeX, detourY],
        [mergeX, mergeBottom],
      ],
    });
  }
  chain([merge, ...after, end]);

  const incoming = (n: Node) => flows.filter((f) => f.target === n).map((f) => f.id);
  const outgoing = (n: Node) => flows.filter((f) => f.source === n).map((f) => f.id);

  const sendTasks = spec.external ? nodes.filter((n) => n.element === 'sendTask') : [];
  const externalY = POOL_Y + poolH + EXTERNAL_GAP;

  // The XML, written in the order bpmn-js writes it.
  const x: string[] = [];
  const attr = (name: string, value: string) => (value ? ` ${name}="${escapeXml(value)}"` : '');
  x.push('<?xml version="1.0" encoding="UTF-8"?>');
  x.push(
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" targetNamespace="https://efile-rollout.example/bpmn" exporter="efile-rollout seed" exporterVersion="1">',
  );
  x.push('  <bpmn:collaboration id="Collaboration_1">');
  x.push(`    <bpmn:participant id="Participant_1"${attr('name', spec.participantName)} processRef="Process_1" />`);
  if (spec.external) x.push(`    <bpmn:participant id="Participant_2"${attr('name', spec.external)} />`);
  sendTasks.forEach((n, i) =>
    x.push(`    <bpmn:messageFlow id="MessageFlow_${i + 1}" sourceRef="${n.id}" targetRef="Participant_2" />`),
  );
  x.push('  </bpmn:collaboration>');
  x.push(`  <bpmn:process id="Process_1"${attr('name', spec.processName)} isExecutable="false">`);
  x.push('    <bpmn:laneSet id="LaneSet_1">');
  spec.lanes.forEach((laneName, lane) => {
    x.push(`      <bpmn:lane id="Lane_${lane + 1}"${attr('name', laneName)}>`);
    nodes.filter((n) => n.lane === lane).forEach((n) => x.push(`        <bpmn:flowNodeRef>${n.id}</bpmn:flowNodeRef>`));
    x.push('      </bpmn:lane>');
  });
  x.push('    </bpmn:laneSet>');
  for (const n of nodes) {
    x.push(`    <bpmn:${n.element} id="${n.id}"${attr('name', n.name)}>`);
    incoming(n).forEach((id) => x.push(`      <bpmn:incoming>${id}</bpmn:incoming>`));
    outgoing(n).forEach((id) => x.push(`      <bpmn:outgoing>${id}</bpmn:outgoing>`));
    if (store && n === writer) {
      x.push('      <bpmn:dataOutputAssociation id="DataOutputAssociation_1">');
      x.push(`        <bpmn:targetRef>${store.id}</bpmn:targetRef>`);
      x.push('      </bpmn:dataOutputAssociation>');
    }
    x.push(`    </bpmn:${n.element}>`);
  }
  if (store) x.push(`    <bpmn:dataStoreReference id="${store.id}"${attr('name', store.name)} />`);
  for (const f of flows) {
    x.push(
      `    <bpmn:sequenceFlow id="${f.id}"${attr('name', f.name ?? '')} sourceRef="${f.source.id}" targetRef="${f.target.id}" />`,
    );
  }
  x.push('  </bpmn:process>');

  const shape = (id: string, element: string, b: Bounds, extra = '') => {
    x.push(`      <bpmndi:BPMNShape id="${id}_di" bpmnElement="${element}"${extra}>`);
    x.push(`        <dc:Bounds x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" />`);
    x.push('      </bpmndi:BPMNShape>');
  };
  const edge = (id: string, points: Array<[number, number]>) => {
    x.push(`      <bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}">`);
    points.forEach(([px, py]) => x.push(`        <di:waypoint x="${px}" y="${py}" />`));
    x.push('      </bpmndi:BPMNEdge>');
  };
  x.push('  <bpmndi:BPMNDiagram id="BPMNDiagram_1">');
  x.push('    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">');
  shape('Participant_1', 'Participant_1', { x: POOL_X, y: POOL_Y, w: poolW, h: poolH }, ' isHorizontal="true"');
  spec.lanes.forEach((_, lane) =>
    shape(
      `Lane_${lane + 1}`,
      `Lane_${lane + 1}`,
      {
        x: POOL_X + POOL_HEADER,
        y: laneY[lane] as number,
        w: poolW - POOL_HEADER,
        h: (rowsOf[lane] as number) * ROW_H,
      },
      ' isHorizontal="true"',
    ),
  );
  for (const n of nodes)
    shape(n.id, n.id, bounds(n), n.element === 'exclusiveGateway' ? ' isMarkerVisible="true"' : '');
  if (store) shape(store.id, store.id, bounds(store));
  for (const f of flows) edge(f.id, f.waypoints);
  if (store && writer) edge('DataOutputAssociation_1', [bottom(writer), top(store)]);
  if (spec.external) {
    shape(
      'Participant_2',
      'Participant_2',
      { x: POOL_X, y: externalY, w: poolW, h: EXTERNAL_H },
      ' isHorizontal="true"',
    );
    sendTasks.forEach((n, i) => {
      const [bx, by] = bottom(n);
      edge(`MessageFlow_${i + 1}`, [
        [bx, by],
        [bx, externalY],
      ]);
    });
  }
  x.push('    </bpmndi:BPMNPlane>');
  x.push('  </bpmndi:BPMNDiagram>');
  x.push('</bpmn:definitions>');

  const participants = spec.external ? 2 : 1;
  return {
    xml: `${x.join('\n')}\n`,
    stats: {
      processes: 1,
      participants,
      lanes: spec.lanes.length,
      flowNodes: nodes.length,
      messageFlows: sendTasks.length,
      shapes: participants + spec.lanes.length + nodes.length + (store ? 1 : 0),
      edges: flows.length + (store ? 1 : 0) + sendTasks.length,
      diagrams: 1,
    },
  };
}
