import assert from 'node:assert/strict';
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import type { DiagramStats } from '@efile/catalogue';
import { buildDemoCity } from './buildDemoCity.js';
import { escapeXml, generateBpmn, type DiagramSpec } from './bpmnGenerator.js';

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const moddle = BpmnModdle();

/** Every element of the containment tree (references are non-enumerable in moddle, so each is visited once). */
function walk(root: ModdleElement): ModdleElement[] {
  const all: ModdleElement[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    all.push(element);
    for (const [name, value] of Object.entries(element)) {
      if (name === '$parent' || name === '$attrs') continue;
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (child && typeof child === 'object' && typeof (child as ModdleElement).$type === 'string') {
          stack.push(child as ModdleElement);
        }
      }
    }
  }
  return all;
}

function count(elements: ModdleElement[], type: string): number {
  return elements.filter((e) => e.$instanceOf(type)).length;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** Parses a diagram and checks everything the seed promises about it; returns the parsed elements. */
async function checkDiagram(xml: string, stats: DiagramStats): Promise<ModdleElement[]> {
  const { rootElement, warnings } = await moddle.fromXML(xml);
  assert.deepEqual(
    warnings.map((w) => w.message),
    [],
  );
  const elements = walk(rootElement);

  // the stored stats are what moddle counts
  assert.deepEqual(stats, {
    processes: count(elements, 'bpmn:Process'),
    participants: count(elements, 'bpmn:Participant'),
    lanes: count(elements, 'bpmn:Lane'),
    flowNodes: count(elements, 'bpmn:FlowNode'),
    messageFlows: count(elements, 'bpmn:MessageFlow'),
    shapes: count(elements, 'bpmndi:BPMNShape'),
    edges: count(elements, 'bpmndi:BPMNEdge'),
    diagrams: count(elements, 'bpmndi:BPMNDiagram'),
  });

  // every sequence flow connects existing flow nodes, every flow node is labelled
  const flowNodes = new Set(elements.filter((e) => e.$instanceOf('bpmn:FlowNode')));
  for (const flow of elements.filter((e) => e.$instanceOf('bpmn:SequenceFlow'))) {
    assert.ok(flowNodes.has(flow.sourceRef as ModdleElement), `source of ${String(flow.id)}`);
    assert.ok(flowNodes.has(flow.targetRef as ModdleElement), `target of ${String(flow.id)}`);
  }
  for (const node of flowNodes) {
    if (node.$instanceOf('bpmn:Activity') || node.$instanceOf('bpmn:Event')) {
      assert.ok(typeof node.name === 'string' && node.name.length > 1, `name of ${String(node.id)}`);
    }
  }
  const tasks = [...flowNodes].filter((n) => n.$instanceOf('bpmn:Task'));
  assert.ok(tasks.length >= 3 && tasks.length <= 9, `${tasks.length} tasks`);

  // shapes: every one refers to an element; flow nodes and data never overlap and sit inside their lane
  const shapes = elements.filter((e) => e.$instanceOf('bpmndi:BPMNShape'));
  const box = (shape: ModdleElement): Box => {
    const b = shape.bounds as { x: number; y: number; width: number; height: number };
    return { id: String((shape.bpmnElement as ModdleElement).id), x: b.x, y: b.y, width: b.width, height: b.height };
  };
  for (const shape of shapes) assert.ok(shape.bpmnElement, `element of ${String(shape.id)}`);
  const isContainer = (s: ModdleElement) =>
    (s.bpmnElement as ModdleElement).$instanceOf('bpmn:Participant') ||
    (s.bpmnElement as ModdleElement).$instanceOf('bpmn:Lane');
  const contents = shapes.filter((s) => !isContainer(s)).map(box);
  for (let i = 0; i < contents.length; i++) {
    for (let j = i + 1; j < contents.length; j++) {
      assert.ok(!overlaps(contents[i]!, contents[j]!), `${contents[i]!.id} overlaps ${contents[j]!.id}`);
    }
  }
  const lanes = shapes.filter((s) => (s.bpmnElement as ModdleElement).$instanceOf('bpmn:Lane'));
  for (let i = 0; i < lanes.length; i++) {
    for (let j = i + 1; j < lanes.length; j++) assert.ok(!overlaps(box(lanes[i]!), box(lanes[j]!)), 'lanes overlap');
  }
  for (const lane of lanes) {
    for (const ref of ((lane.bpmnElement as ModdleElement).flowNodeRef ?? []) as ModdleElement[]) {
      const shape = shapes.find((s) => s.bpmnElement === ref);
      assert.ok(shape && inside(box(shape), box(lane)), `${String(ref.id)} lies inside its lane`);
    }
  }

  // edges: every one refers to an element and has at least two waypoints
  for (const edge of elements.filter((e) => e.$instanceOf('bpmndi:BPMNEdge'))) {
    assert.ok(edge.bpmnElement, `element of ${String(edge.id)}`);
    assert.ok((edge.waypoint as unknown[]).length >= 2, `waypoints of ${String(edge.id)}`);
  }
  return elements;
}

const names = (elements: ModdleElement[]) =>
  elements.map((e) => e.name).filter((n): n is string => typeof n === 'string');

describe('bpmnGenerator', () => {
  describe('#generateBpmn', () => {
    it('writes valid, non-overlapping diagrams for a sample of the demo city', async () => {
      // given every third distinct diagram of a small demo city
      const city = buildDemoCity({ scale: 300, seed: 7 });
      const contents = new Map(city.diagramContents.map((c) => [c._id, c.content]));
      const distinct = [...new Map(city.diagrams.map((d) => [d.sha256, d])).values()];
      const sample = distinct.filter((_, i) => i % 3 === 0);
      assert.ok(sample.length >= 50, `${sample.length} diagrams sampled`);
      const labels = new Set<string>();
      // when each is parsed back
      for (const diagram of sample) {
        const elements = await checkDiagram(contents.get(diagram._id)!.toString('utf8'), diagram.stats);
        names(elements).forEach((n) => labels.add(n));
      }
      // then they carry German labels of the e-file flavour
      assert.ok(labels.has('Vorgang in E-Akte anlegen'));
      assert.ok(labels.has('Eingang scannen und erfassen'));
      assert.ok(labels.has('Sachbearbeitung'));
      assert.ok([...labels].some((l) => /[äöüß]/.test(l)));
    });

    const base: DiagramSpec = {
      processName: 'Gaststättenerlaubnis erteilen',
      participantName: 'Ordnungsamt',
      lanes: ['Servicestelle', 'Sachbearbeitung', 'Amtsleitung'],
      start: { name: 'Antrag eingegangen', lane: 0 },
      before: [
        { name: 'Eingang scannen und erfassen', type: 'user', lane: 0 },
        { name: 'Vorgang in E-Akte anlegen', type: 'service', lane: 0 },
      ],
      gateway: { question: 'Genehmigungsfähig?', lane: 1, yes: 'ja', no: 'nein' },
      yes: [{ name: 'Stellungnahmen einholen', type: 'send', lane: 1 }],
      no: [
        { name: 'Anhörung durchführen', type: 'send', lane: 1 },
        { name: 'Ablehnung entwerfen', type: 'user', lane: 1 },
      ],
      after: [{ name: 'Bescheid zeichnen', type: 'user', lane: 2 }],
      end: { name: 'Bescheid zugestellt', lane: 1 },
      dataStore: { name: 'E-Akte', writtenBy: 1 },
      external: 'Antragsteller/in',
    };

    const shapes: Array<[string, DiagramSpec]> = [
      ['three lanes, data store, external pool and message flows', base],
      ['an empty "yes" path', { ...base, yes: [] }],
      ['an empty "no" path', { ...base, no: [] }],
      [
        'one lane and no extras',
        {
          ...base,
          lanes: ['Sachbearbeitung'],
          start: { name: 'Start', lane: 0 },
          before: [{ name: 'Prüfen', type: 'user', lane: 0 }],
          gateway: { ...base.gateway, lane: 0 },
          yes: [{ name: 'Entscheiden', type: 'user', lane: 0 }],
          no: [],
          after: [{ name: 'Versenden', type: 'send', lane: 0 }],
          end: { name: 'Ende', lane: 0 },
          dataStore: undefined,
          external: undefined,
        },
      ],
    ];
    for (const [what, spec] of shapes) {
      it(`lays out ${what} without overlaps and counts it right`, async () => {
        // given a spec
        // when it is generated
        const generated = generateBpmn(spec);
        // then moddle reads it back without warnings, with the stats the seed stores
        const elements = await checkDiagram(generated.xml, generated.stats);
        assert.ok(names(elements).includes(spec.processName));
      });
    }

    it('escapes labels', async () => {
      // given labels with XML special characters
      const spec: DiagramSpec = {
        ...base,
        processName: 'Prüfung "Wasser & Boden" <Teil 1>',
        before: [{ name: "Müller's Antrag & Anlagen <prüfen>", type: 'user', lane: 0 }],
        dataStore: undefined,
      };
      // when the diagram is generated
      const { xml, stats } = generateBpmn(spec);
      // then the labels survive the round trip unchanged
      const elements = await checkDiagram(xml, stats);
      assert.ok(names(elements).includes('Prüfung "Wasser & Boden" <Teil 1>'));
      assert.ok(names(elements).includes("Müller's Antrag & Anlagen <prüfen>"));
      assert.equal(escapeXml(`a&b<c>"d"'e'`), 'a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;');
    });

    const invalid: Array<[string, DiagramSpec, RegExp]> = [
      ['no lanes', { ...base, lanes: [] }, /one to four lanes/],
      ['an empty branch', { ...base, yes: [], no: [] }, /at least one task/],
      ['a task in a missing lane', { ...base, after: [{ name: 'X', type: 'user', lane: 5 }] }, /existing lane/],
    ];
    for (const [what, spec, message] of invalid) {
      it(`refuses a spec with ${what}`, () => {
        // given an impossible spec
        // when it is generated
        // then the generator says why
        assert.throws(() => generateBpmn(spec), message);
      });
    }
  });
});
