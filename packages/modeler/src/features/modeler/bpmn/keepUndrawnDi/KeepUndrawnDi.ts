/**
 * Keeps the diagram interchange of elements the canvas does not draw. bpmn-js rebuilds each
 * plane from what is drawn when it saves (BpmnDiOrdering), so the shapes of elements it cannot
 * show, e.g. a process that no pool references in a collaboration (MIWG B.1.0, B.2.0), would be
 * lost on the first save. They are noted after import and put back after the reordering.
 */
import type EventBus from 'diagram-js/lib/core/EventBus';

interface DiElement {
  bpmnElement?: { id: string };
}

interface Plane {
  get(name: 'planeElement'): DiElement[];
}

interface Canvas {
  getRootElements(): Array<{ di?: Plane }>;
}

interface ElementRegistry {
  get(id: string): unknown;
}

/** After bpmn-js's own reordering (priority 2000) has rebuilt the planes. */
const AFTER_DI_ORDERING = 1500;

export default class KeepUndrawnDi {
  static $inject = ['eventBus', 'canvas', 'elementRegistry'];

  private undrawn = new Map<Plane, DiElement[]>();

  constructor(eventBus: EventBus, canvas: Canvas, elementRegistry: ElementRegistry) {
    eventBus.on('import.done', () => {
      this.undrawn = new Map();
      for (const root of canvas.getRootElements()) {
        const plane = root.di;
        if (!plane) continue;
        const kept = plane
          .get('planeElement')
          .filter((di) => di.bpmnElement !== undefined && !elementRegistry.get(di.bpmnElement.id));
        if (kept.length > 0) this.undrawn.set(plane, kept);
      }
    });

    eventBus.on('saveXML.start', AFTER_DI_ORDERING, () => {
      for (const [plane, kept] of this.undrawn) {
        const elements = plane.get('planeElement');
        for (const di of kept) if (!elements.includes(di)) elements.push(di);
      }
    });
  }
}
