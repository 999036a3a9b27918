/**
 * Generates a large, valid BPMN 2.0 diagram with layout, for benchmarks and load tests:
 * one collaboration with a pool and two lanes, `flowNodes` flow nodes (start event, tasks
 * with an exclusive gateway every tenth node, end event) chained by sequence flows, and a
 * shape for every node and an edge for every flow.
 */

export interface LargeDiagramOptions {
  /** Number of flow nodes (at least 2). */
  flowNodes?: number;
  /** Prefix of the task names (e.g. with umlauts). */
  label?: string;
}

const ROW = 20;

/** The XML text of a diagram with the given number of flow nodes (default 1 000). */
export function largeDiagram(options: LargeDiagramOptions = {}): string {
  const count = Math.max(2, options.flowNodes ?? 1000);
  const label = options.label ?? 'Vorgang prüfen';
  const nodes: string[] = [];
  const laneRefs: [string[], string[]] = [[], []];
  const flows: string[] = [];
  const shapes: string[] = [];
  const edges: string[] = [];
  const position = (i: number) => ({ x: 200 + (i % ROW) * 150, y: 80 + Math.floor(i / ROW) * 120 });

  for (let i = 0; i < count; i++) {
    const id = `Node_${i}`;
    if (i === 0) nodes.push(`<bpmn:startEvent id="${id}" name="Antrag eingegangen"/>`);
    else if (i === count - 1) nodes.push(`<bpmn:endEvent id="${id}" name="Bescheid versandt"/>`);
    else if (i % 10 === 0) nodes.push(`<bpmn:exclusiveGateway id="${id}" name="Vollständig?"/>`);
    else nodes.push(`<bpmn:task id="${id}" name="${label} ${i}"/>`);
    laneRefs[Math.floor(i / ROW) % 2 === 0 ? 0 : 1].push(`<bpmn:flowNodeRef>${id}</bpmn:flowNodeRef>`);
    const { x, y } = position(i);
    shapes.push(
      `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x}" y="${y}" width="100" height="80"/></bpmndi:BPMNShape>`,
    );
    if (i > 0) {
      const flow = `Flow_${i}`;
      flows.push(`<bpmn:sequenceFlow id="${flow}" sourceRef="Node_${i - 1}" targetRef="${id}"/>`);
      const from = position(i - 1);
      edges.push(
        `<bpmndi:BPMNEdge id="${flow}_di" bpmnElement="${flow}"><di:waypoint x="${from.x + 100}" y="${from.y + 40}"/><di:waypoint x="${x}" y="${y + 40}"/></bpmndi:BPMNEdge>`,
      );
    }
  }
  const rows = Math.ceil(count / ROW);
  const height = rows * 120 + 80;
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_Large" targetNamespace="https://efile-rollout.example/bpmn">
  <bpmn:collaboration id="Collaboration_1">
    <bpmn:participant id="Participant_1" name="Sachbearbeitung" processRef="Process_1"/>
  </bpmn:collaboration>
  <bpmn:process id="Process_1" isExecutable="false">
    <bpmn:laneSet id="LaneSet_1">
      <bpmn:lane id="Lane_A" name="Poststelle">${laneRefs[0].join('')}</bpmn:lane>
      <bpmn:lane id="Lane_B" name="Fachbereich">${laneRefs[1].join('')}</bpmn:lane>
    </bpmn:laneSet>
    ${nodes.join('\n    ')}
    ${flows.join('\n    ')}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Collaboration_1">
      <bpmndi:BPMNShape id="Participant_1_di" bpmnElement="Participant_1" isHorizontal="true"><dc:Bounds x="100" y="40" width="${ROW * 150 + 150}" height="${height}"/></bpmndi:BPMNShape>
      ${shapes.join('\n      ')}
      ${edges.join('\n      ')}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
