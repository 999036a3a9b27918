/** Subscribes to events of the modeler's event bus while mounted. */
import { useEffect, useRef } from 'react';
import type Modeler from 'bpmn-js/lib/Modeler';

export function useModelerEvent(
  modeler: Modeler | null,
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
