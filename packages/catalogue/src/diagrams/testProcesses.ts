/**
 * Test factories for the diagram and adoption tests: processes and departments written
 * straight to the test database, and small valid BPMN files.
 */
import { departmentModel } from '../departments/department.model.js';
import { adoptionSlot, processModel, type ProcessDoc } from '../processes/process.model.js';
import { searchText, sortKey } from '../processes/searchText.js';
import { testConnection } from '../testing/testDatabase.js';

/** Stores a process; defaults make a department process of department 32. */
export async function givenProcess(fields: Partial<ProcessDoc> & { key: string }): Promise<ProcessDoc> {
  const now = new Date();
  const doc: ProcessDoc = {
    _id: fields.key,
    name: `Prozess ${fields.key}`,
    department: '32',
    kind: 'department',
    documentTypes: [],
    tags: [],
    archived: false,
    version: 1,
    createdAt: now,
    updatedAt: now,
    search: '',
    sortName: sortKey(fields.name ?? `Prozess ${fields.key}`),
    adoptionSlot: '',
    ...fields,
  };
  doc.search = searchText(doc.key, doc.name, doc.description);
  doc.adoptionSlot = adoptionSlot(doc);
  await processModel(await testConnection()).insertMany([doc]);
  return doc;
}

/** Stores departments with the given codes. */
export async function givenDepartments(...codes: string[]): Promise<void> {
  const now = new Date();
  await departmentModel(await testConnection()).insertMany(
    codes.map((code) => ({
      _id: code,
      code,
      name: `Amt ${code}`,
      shortName: code,
      version: 1,
      createdAt: now,
      updatedAt: now,
    })),
  );
}

/** A small valid BPMN file: one process with a start event, `tasks` tasks and an end event, with layout. */
export function smallBpmn(label = 'Posteingang', tasks = 1): string {
  const ids = ['Start', ...Array.from({ length: tasks }, (_, i) => `Task_${i + 1}`), 'End'];
  const nodes = ids
    .map((id, i) =>
      i === 0
        ? `<bpmn:startEvent id="${id}" name="Eingang"/>`
        : i === ids.length - 1
          ? `<bpmn:endEvent id="${id}"/>`
          : `<bpmn:task id="${id}" name="${label} ${i}"/>`,
    )
    .join('\n    ');
  const flows = ids
    .slice(1)
    .map((id, i) => `<bpmn:sequenceFlow id="Flow_${i}" sourceRef="${ids[i]}" targetRef="${id}"/>`)
    .join('\n    ');
  const shapes = ids
    .map(
      (id, i) =>
        `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${100 + i * 150}" y="100" width="100" height="80"/></bpmndi:BPMNShape>`,
    )
    .join('\n      ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" isExecutable="false">
    ${nodes}
    ${flows}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">
      ${shapes}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}
