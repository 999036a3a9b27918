/** Subscribes to events of the modeler's (or viewer's) event bus while mounted. */
import { useEffect, useRef } from 'react';
import type BaseViewer from 'bpmn-js/lib/BaseViewer';

export function useModelerEvent(
  modeler: BaseViewer | null,
  events: string | string[],
  listener: (event: unknown) => void,
): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  const key = Array.isArray(events) ? events.join(' ') : events;
  useEffect(() => {
    if (!modeler) return;
    const names = key.split(' ');
    const handler = (event: unknown) => latest.current(event);
    modeler.on(names, handler);
    return () => modeler.off(names, handler);
  }, [modeler, key]);
}
