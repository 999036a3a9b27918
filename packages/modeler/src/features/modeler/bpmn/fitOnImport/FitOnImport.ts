/**
 * Fits the diagram to the canvas before it is drawn. Fitting after the import (`zoom('fit-viewport')`)
 * measures the drawn diagram and moves every shape: the browser lays out the whole SVG once more,
 * about a tenth of the opening time of a 1 000-element diagram. Here the view is fitted to the bounds
 * the diagram interchange states (shapes, edge waypoints, labels) as soon as the XML is read, while
 * the canvas is still empty, the same way diagram-js fits (centred, never zoomed in beyond 1).
 *
 * Only for a file with one diagram (which of several bpmn-js shows first depends on subprocess
 * planes) and a canvas that has a size; otherwise `fitted` stays false and the page fits afterwards.
 */
import type EventBus from 'diagram-js/lib/core/EventBus';

interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface DiElement {
  bounds?: Bounds;
  waypoint?: Array<{ x: number; y: number }>;
  label?: { bounds?: Bounds };
}

interface Definitions {
  diagrams?: Array<{ plane?: { planeElement?: DiElement[] } }>;
}

interface Canvas {
  getSize(): { width: number; height: number };
  viewbox(box: Bounds): void;
}

/** The box around everything the plane's diagram interchange places; undefined when it places nothing. */
export function diagramBounds(elements: readonly DiElement[]): Bounds | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const box = (b: Bounds | undefined) => {
    if (!b || ![b.x, b.y, b.width, b.height].every(Number.isFinite)) return;
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  };
  for (const element of elements) {
    box(element.bounds);
    box(element.label?.bounds);
    for (const point of element.waypoint ?? []) box({ x: point.x, y: point.y, width: 0, height: 0 });
  }
  return minX <= maxX && minY <= maxY ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : undefined;
}

/** The view that shows `inner` whole and centred in a canvas of `outer` size, as diagram-js fits it. */
export function fittedViewbox(inner: Bounds, outer: { width: number; height: number }): Bounds {
  const scale = Math.min(1, outer.width / Math.max(inner.width, 1), outer.height / Math.max(inner.height, 1));
  return {
    x: inner.x + inner.width / 2 - outer.width / scale / 2,
    y: inner.y + inner.height / 2 - outer.height / scale / 2,
    width: outer.width / scale,
    height: outer.height / scale,
  };
}

/** The service `fitOnImport`. */
export default class FitOnImport {
  static $inject = ['eventBus', 'canvas'];

  /** Whether the latest import was fitted before drawing. */
  fitted = false;

  constructor(eventBus: EventBus, canvas: Canvas) {
    eventBus.on('import.parse.complete', (event: { error?: unknown; definitions?: Definitions }) => {
      this.fitted = false;
      const diagrams = event.definitions?.diagrams ?? [];
      if (event.error || diagrams.length !== 1) return;
      const inner = diagramBounds(diagrams[0]?.plane?.planeElement ?? []);
      const outer = canvas.getSize();
      if (!inner || outer.width <= 0 || outer.height <= 0) return;
      canvas.viewbox(fittedViewbox(inner, outer));
      this.fitted = true;
      // nothing returned: a value would replace the definitions being imported
    });
  }
}
