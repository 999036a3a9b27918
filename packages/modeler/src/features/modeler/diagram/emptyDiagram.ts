/**
 * The diagram a process without any version starts from: one process with a named start event.
 */
import { EFILE_NAMESPACE } from '../bpmn/efile/efileAttributes';

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** BPMN XML of a new diagram named after the process, with a start event labelled `startLabel`. */
export function emptyDiagram(processName: string, startLabel: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:efile="${EFILE_NAMESPACE}" id="Definitions_1" targetNamespace="https://efile-rollout.example/bpmn">
  <bpmn:process id="Process_1" name="${escapeXml(processName)}" isExecutable="false">
    <bpmn:startEvent id="StartEvent_1" name="${escapeXml(startLabel)}"/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
        <dc:Bounds x="180" y="160" width="36" height="36"/>
      </bpmndi:BPMNShape>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
