/**
 * bpmn-js asks its `translate` service (the app's language, see bpmn/translate) only when it builds
 * something: the palette once, the context pad when it opens, the properties panel when it renders,
 * the lint overlays when it lints. After the app's language changes, this has them build again in
 * the new language, in place: the diagram, its selection and the command stack (unsaved changes,
 * undo) stay as they are.
 */
import { useEffect, useRef } from 'react';
import type Modeler from 'bpmn-js/lib/Modeler';

interface EventBus {
  fire(type: string, data?: object): void;
}
interface Selection {
  get(): unknown[];
}
interface Linting {
  isActive(): boolean;
  update(): void;
}

/** Rebuilds the texts of palette, context pad, properties panel and lint overlays in `language`. */
export function retranslate(modeler: Modeler): void {
  const eventBus = modeler.get<EventBus>('eventBus');
  // the palette rebuilds its entries on this event (diagram-js's i18n module fires it)
  eventBus.fire('i18n.changed');
  // the properties panel renders the selected element again
  eventBus.fire('propertiesPanel.providersChanged');
  // an open context pad opens again on its (selected) elements, with new titles
  const selected = modeler.get<Selection>('selection').get();
  if (selected.length > 0) eventBus.fire('elements.changed', { elements: selected });
  const linting = modeler.get<Linting>('linting', false);
  if (linting?.isActive()) linting.update();
}

/** Calls `retranslate` whenever `language` changes while the modeler is there (not on first sight). */
export function useRetranslate(modeler: Modeler | null, language: string): void {
  const shown = useRef<{ modeler: Modeler | null; language: string }>({ modeler, language });
  useEffect(() => {
    const previous = shown.current;
    shown.current = { modeler, language };
    if (modeler && previous.modeler === modeler && previous.language !== language) retranslate(modeler);
  }, [modeler, language]);
}
