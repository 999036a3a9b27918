/**
 * The page's modeler (habit: create once, keep in a ref, attach/detach in an effect that survives
 * StrictMode, see useDiagramHost), with its canvas in `canvas` and its properties panel in `panel`.
 */
import type { RefObject } from 'react';
import type Modeler from 'bpmn-js/lib/Modeler';
import { createEfileModeler } from '../bpmn/createEfileModeler';
import { useDiagramHost } from './useDiagramHost';

interface PropertiesPanelRenderer {
  attachTo(container: HTMLElement): void;
  detach(): void;
}

/** The modeler; null before it is attached. */
export function useModelerHost(
  canvas: RefObject<HTMLElement | null>,
  panel: RefObject<HTMLElement | null>,
): Modeler | null {
  return useDiagramHost(createEfileModeler, (modeler) => {
    const propertiesPanel = modeler.get<PropertiesPanelRenderer>('propertiesPanel');
    if (canvas.current) modeler.attachTo(canvas.current);
    if (panel.current) propertiesPanel.attachTo(panel.current);
    return () => {
      propertiesPanel.detach();
      modeler.detach();
    };
  });
}
