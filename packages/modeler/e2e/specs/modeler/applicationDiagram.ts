/**
 * A small administrative process for the modeler tests, with known ids: a pool "Bürgeramt" with
 * the lanes Poststelle and Sachbearbeitung; a start event, tasks, an exclusive gateway and two end
 * events. Names can be overridden and an extra task appended (to make a second version differ).
 */

export const STEP_IDS = [
  'StartEvent_Received',
  'Task_Scan',
  'Task_Check',
  'Gateway_Complete',
  'Task_Decide',
  'Task_Request',
  'End_Sent',
  'End_Requested',
] as const;

export type StepId = (typeof STEP_IDS)[number];

export const DEFAULT_NAMES: Record<StepId, string> = {
  StartEvent_Received: 'Antrag eingegangen',
  Task_Scan: 'Antrag scannen',
  Task_Check: 'Antrag prüfen',
  Gateway_Complete: 'Vollständig?',
  Task_Decide: 'Bescheid erstellen',
  Task_Request: 'Unterlagen nachfordern',
  End_Sent: 'Bescheid versandt',
  End_Requested: 'Nachforderung versandt',
};

export interface ApplicationDiagramOptions {
  names?: Partial<Record<StepId, string>>;
  /** A task "Bescheid prüfen" between "Bescheid erstellen" and the end event. */
  withReview?: boolean;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The XML of the diagram. */
export function applicationDiagram(options: ApplicationDiagramOptions = {}): string {
  const name = (id: StepId) => escape(options.names?.[id] ?? DEFAULT_NAMES[id]);
  const review = options.withReview === true;
  const decideTarget = review ? 'Task_Review' : 'End_Sent';
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_Application" targetNamespace="https://efile-rollout.example/bpmn">
  <bpmn:collaboration id="Collaboration_1">
    <bpmn:participant id="Participant_Office" name="Bürgeramt" processRef="Process_Application" />
  </bpmn:collaboration>
  <bpmn:process id="Process_Application" name="Antrag bearbeiten" isExecutable="false">
    <bpmn:laneSet id="LaneSet_1">
      <bpmn:lane id="Lane_Mail" name="Poststelle">
        <bpmn:flowNodeRef>StartEvent_Received</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_Scan</bpmn:flowNodeRef>
      </bpmn:lane>
      <bpmn:lane id="Lane_Case" name="Sachbearbeitung">
        <bpmn:flowNodeRef>Task_Check</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Gateway_Complete</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_Decide</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>Task_Request</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>End_Sent</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>End_Requested</bpmn:flowNodeRef>${review ? '\n        <bpmn:flowNodeRef>Task_Review</bpmn:flowNodeRef>' : ''}
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="StartEvent_Received" name="${name('StartEvent_Received')}" />
    <bpmn:task id="Task_Scan" name="${name('Task_Scan')}" />
    <bpmn:task id="Task_Check" name="${name('Task_Check')}" />
    <bpmn:exclusiveGateway id="Gateway_Complete" name="${name('Gateway_Complete')}" />
    <bpmn:task id="Task_Decide" name="${name('Task_Decide')}" />
    <bpmn:task id="Task_Request" name="${name('Task_Request')}" />${review ? '\n    <bpmn:task id="Task_Review" name="Bescheid prüfen" />' : ''}
    <bpmn:endEvent id="End_Sent" name="${name('End_Sent')}" />
    <bpmn:endEvent id="End_Requested" name="${name('End_Requested')}" />
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Received" targetRef="Task_Scan" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Scan" targetRef="Task_Check" />
    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Check" targetRef="Gateway_Complete" />
    <bpmn:sequenceFlow id="Flow_Yes" name="ja" sourceRef="Gateway_Complete" targetRef="Task_Decide" />
    <bpmn:sequenceFlow id="Flow_No" name="nein" sourceRef="Gateway_Complete" targetRef="Task_Request" />
    <bpmn:sequenceFlow id="Flow_4" sourceRef="Task_Decide" targetRef="${decideTarget}" />${review ? '\n    <bpmn:sequenceFlow id="Flow_Review" sourceRef="Task_Review" targetRef="End_Sent" />' : ''}
    <bpmn:sequenceFlow id="Flow_5" sourceRef="Task_Request" targetRef="End_Requested" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_1">
      <bpmndi:BPMNShape id="Participant_Office_di" bpmnElement="Participant_Office" isHorizontal="true">
        <dc:Bounds x="120" y="60" width="1030" height="380" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_Mail_di" bpmnElement="Lane_Mail" isHorizontal="true">
        <dc:Bounds x="150" y="60" width="1000" height="130" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Lane_Case_di" bpmnElement="Lane_Case" isHorizontal="true">
        <dc:Bounds x="150" y="190" width="1000" height="250" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="StartEvent_Received_di" bpmnElement="StartEvent_Received">
        <dc:Bounds x="192" y="107" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Scan_di" bpmnElement="Task_Scan">
        <dc:Bounds x="270" y="85" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Check_di" bpmnElement="Task_Check">
        <dc:Bounds x="270" y="230" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Gateway_Complete_di" bpmnElement="Gateway_Complete" isMarkerVisible="true">
        <dc:Bounds x="425" y="245" width="50" height="50" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Decide_di" bpmnElement="Task_Decide">
        <dc:Bounds x="530" y="230" width="100" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Request_di" bpmnElement="Task_Request">
        <dc:Bounds x="530" y="340" width="100" height="80" />
      </bpmndi:BPMNShape>${
        review
          ? `
      <bpmndi:BPMNShape id="Task_Review_di" bpmnElement="Task_Review">
        <dc:Bounds x="690" y="230" width="100" height="80" />
      </bpmndi:BPMNShape>`
          : ''
      }
      <bpmndi:BPMNShape id="End_Sent_di" bpmnElement="End_Sent">
        <dc:Bounds x="${review ? 852 : 692}" y="252" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_Requested_di" bpmnElement="End_Requested">
        <dc:Bounds x="692" y="362" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1">
        <di:waypoint x="228" y="125" /><di:waypoint x="270" y="125" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2">
        <di:waypoint x="320" y="165" /><di:waypoint x="320" y="230" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3">
        <di:waypoint x="370" y="270" /><di:waypoint x="425" y="270" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_Yes_di" bpmnElement="Flow_Yes">
        <di:waypoint x="475" y="270" /><di:waypoint x="530" y="270" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_No_di" bpmnElement="Flow_No">
        <di:waypoint x="450" y="295" /><di:waypoint x="450" y="380" /><di:waypoint x="530" y="380" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_4_di" bpmnElement="Flow_4">
        <di:waypoint x="630" y="270" /><di:waypoint x="${review ? 690 : 692}" y="270" />
      </bpmndi:BPMNEdge>${
        review
          ? `
      <bpmndi:BPMNEdge id="Flow_Review_di" bpmnElement="Flow_Review">
        <di:waypoint x="790" y="270" /><di:waypoint x="852" y="270" />
      </bpmndi:BPMNEdge>`
          : ''
      }
      <bpmndi:BPMNEdge id="Flow_5_di" bpmnElement="Flow_5">
        <di:waypoint x="630" y="380" /><di:waypoint x="692" y="380" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
