/**
 * The steps of a diagram in reading order, for the accessible step list: every flow node reached
 * from the start events along sequence flows (breadth first, upper branches first), boundary events
 * right after the activity they are attached to and the contents of a sub-process after the
 * sub-process; then every flow node no start reaches, top to bottom, left to right.
 */
import { is } from 'bpmn-js/lib/util/ModelUtil';
import type { Element, Shape } from 'bpmn-js/lib/model/Types';

export interface Step {
  /** The shape on the canvas (renamed through the modeling API). */
  element: Shape;
  id: string;
  name: string;
  /** The BPMN type, e.g. `bpmn:UserTask`. */
  type: string;
  /** The name of the innermost lane holding the step, else of its pool. */
  lane: string | undefined;
  /** Reached from a start event along sequence flows. */
  reachable: boolean;
}

type Bo = {
  id: string;
  name?: string;
  flowNodeRef?: Bo[];
  childLaneSet?: { lanes?: Bo[] };
};

const byPosition = (a: Shape, b: Shape) => a.y - b.y || a.x - b.x;

function isStep(element: Element): element is Shape {
  return (
    is(element, 'bpmn:FlowNode') &&
    element.type !== 'label' &&
    // the plane (root) of a collapsed sub-process stands for the same node as its shape
    element.parent !== undefined
  );
}

/** Lane names by flow node id, the innermost lane winning. */
function lanesByNode(elements: readonly Element[]): Map<string, string> {
  const result = new Map<string, string>();
  const visit = (lane: Bo, depth: number, depths: Map<string, number>) => {
    for (const node of lane.flowNodeRef ?? []) {
      if ((depths.get(node.id) ?? -1) < depth) {
        depths.set(node.id, depth);
        result.set(node.id, lane.name ?? lane.id);
      }
    }
    for (const child of lane.childLaneSet?.lanes ?? []) visit(child, depth + 1, depths);
  };
  const depths = new Map<string, number>();
  const topLanes = elements.filter((e) => is(e, 'bpmn:Lane') && !is((e as Shape).parent ?? {}, 'bpmn:Lane')) as Shape[];
  for (const lane of topLanes) visit(lane.businessObject as Bo, 0, depths);
  return result;
}

/** The pool (participant) a shape is drawn in, if any. */
function poolOf(shape: Shape): string | undefined {
  let parent = shape.parent as Shape | undefined;
  while (parent) {
    if (is(parent, 'bpmn:Participant')) return (parent.businessObject as Bo).name ?? parent.id;
    parent = parent.parent as Shape | undefined;
  }
  return undefined;
}

/** Orders the flow nodes among the given canvas elements (e.g. `elementRegistry.getAll()`). */
export function orderSteps(elements: readonly Element[]): Step[] {
  const nodes = elements.filter(isStep);
  const lanes = lanesByNode(elements);
  const visited = new Set<string>();
  const ordered: Array<{ shape: Shape; reachable: boolean }> = [];

  const byId = new Map(elements.map((e) => [e.id, e]));

  const successors = (shape: Shape): Shape[] => {
    const next: Shape[] = [];
    next.push(...([...(shape.attachers ?? [])] as Shape[]).sort(byPosition));
    // a collapsed sub-process draws its contents on a plane of its own
    const plane = byId.get(`${shape.id}_plane`) as Shape | undefined;
    const children = ([...(shape.children ?? []), ...(plane?.children ?? [])] as Element[]).filter(isStep);
    next.push(...children.filter((c) => is(c, 'bpmn:StartEvent')).sort(byPosition));
    const targets = (shape.outgoing ?? [])
      .filter((flow) => is(flow, 'bpmn:SequenceFlow'))
      .map((flow) => flow.target as Shape)
      .filter((target): target is Shape => target !== undefined && isStep(target))
      .sort(byPosition);
    next.push(...targets);
    return next;
  };

  const walk = (starts: Shape[], reachable: boolean) => {
    const queue = [...starts];
    while (queue.length > 0) {
      const shape = queue.shift() as Shape;
      if (visited.has(shape.id)) continue;
      visited.add(shape.id);
      ordered.push({ shape, reachable });
      queue.push(...successors(shape).filter((s) => !visited.has(s.id)));
    }
  };

  const topLevelStarts = nodes
    .filter((n) => is(n, 'bpmn:StartEvent') && !is(n.parent ?? {}, 'bpmn:SubProcess'))
    .sort(byPosition);
  walk(topLevelStarts, true);
  // whatever no start reaches, in reading order, each with what follows it
  for (const rest of nodes.filter((n) => !visited.has(n.id)).sort(byPosition)) walk([rest], false);

  return ordered.map(({ shape, reachable }) => {
    const bo = shape.businessObject as Bo;
    return {
      element: shape,
      id: shape.id,
      name: bo.name ?? '',
      type: shape.type,
      lane: lanes.get(bo.id) ?? poolOf(shape),
      reachable,
    };
  });
}
