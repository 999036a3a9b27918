/**
 * One side of a comparison: a navigable bpmn-js viewer with the changes of its side marked in
 * colour (removed on the before side; added on the after side; changed and moved on both).
 */
import { useEffect, useRef } from 'react';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useDiagramHost } from '../hooks/useDiagramHost';
import { normalizeReferences } from '../diagram/normalizeReferences';
import { repairIds } from '../diagram/repairIds';
import type { Change } from './describeChanges';
import { markerOf } from './describeChanges';

interface Canvas {
  addMarker(id: string, marker: string): void;
  zoom(level: 'fit-viewport', center?: 'auto'): void;
}
interface ElementRegistry {
  get(id: string): unknown;
}

export interface DiffViewerProps {
  xml: string;
  side: 'before' | 'after';
  changes: readonly Change[];
  label: string;
  /** Told when the XML is on the canvas, with its definitions (for the differ). */
  onImported(side: 'before' | 'after', definitions: unknown): void;
  onError(error: unknown): void;
}

/** The viewer instance of a side, for selecting elements from the change list. */
export type DiffViewerInstance = NavigatedViewer;

export function DiffViewer({ xml, side, changes, label, onImported, onError }: DiffViewerProps) {
  const container = useRef<HTMLDivElement>(null);
  const viewer = useDiagramHost(
    () => new NavigatedViewer(),
    (instance) => {
      if (container.current) instance.attachTo(container.current);
      return () => instance.detach();
    },
  );
  const callbacks = useRef({ onImported, onError });
  useEffect(() => {
    callbacks.current = { onImported, onError };
  });

  useEffect(() => {
    if (!viewer) return;
    let current = true;
    // read as the modeler reads it, so that an element with an id bpmn-moddle rejects is compared too
    viewer.importXML(repairIds(normalizeReferences(xml)).xml).then(
      () => {
        if (!current) return;
        viewer.get<Canvas>('canvas').zoom('fit-viewport', 'auto');
        callbacks.current.onImported(side, viewer.getDefinitions());
      },
      (error: unknown) => current && callbacks.current.onError(error),
    );
    return () => {
      current = false;
    };
  }, [viewer, xml, side]);

  useEffect(() => {
    if (!viewer) return;
    const canvas = viewer.get<Canvas>('canvas');
    const registry = viewer.get<ElementRegistry>('elementRegistry');
    for (const change of changes) {
      const shown =
        change.kind === 'changed' ||
        change.kind === 'layoutChanged' ||
        (change.kind === 'removed' ? side === 'before' : side === 'after');
      if (shown && registry.get(change.id)) canvas.addMarker(change.id, markerOf(change.kind));
    }
  }, [viewer, changes, side]);

  return (
    <figure className="conformance-viewer">
      <figcaption>{label}</figcaption>
      <div ref={container} className="conformance-viewer__canvas" role="group" aria-label={label} />
    </figure>
  );
}
