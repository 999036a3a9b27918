/**
 * React hosts a bpmn-js instance, never rebuilds it: the instance is created once per component
 * and kept in a ref; an effect attaches it to the page and detaches it again. StrictMode's
 * simulated unmount only detaches: the destruction is scheduled and cancelled when the effect runs
 * again, so only a real unmount destroys the instance.
 */
import { useEffect, useRef, useState } from 'react';

interface Destroyable {
  destroy(): void;
}

/**
 * The hosted instance; null before the first attach. `attach` puts it on the page and answers how
 * to take it off; both functions are read once, on mount.
 */
export function useDiagramHost<T extends Destroyable>(create: () => T, attach: (instance: T) => () => void): T | null {
  const instanceRef = useRef<T | null>(null);
  const destroyTimer = useRef<number | undefined>(undefined);
  const [instance, setInstance] = useState<T | null>(null);
  const setup = useRef({ create, attach });

  useEffect(() => {
    window.clearTimeout(destroyTimer.current);
    const hosted = (instanceRef.current ??= setup.current.create());
    const detach = setup.current.attach(hosted);
    setInstance(hosted);
    return () => {
      detach();
      destroyTimer.current = window.setTimeout(() => {
        hosted.destroy();
        instanceRef.current = null;
      }, 0);
    };
  }, []);

  return instance;
}
