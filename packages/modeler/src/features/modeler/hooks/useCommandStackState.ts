/**
 * Dirty state and undo/redo availability, read from the modeler's command stack: the diagram is
 * dirty when the stack is at another position than where it was last loaded or saved, or when it
 * was replaced by a file that was never saved.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type Modeler from 'bpmn-js/lib/Modeler';

interface CommandStack {
  canUndo(): boolean;
  canRedo(): boolean;
  undo(): void;
  redo(): void;
  /** Not part of the typed API, but what the Camunda Modeler reads too. */
  _stackIdx: number;
}

export interface CommandStackState {
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
  /** The stack position now (to be passed to markSaved once what was saved is stored). */
  position(): number;
  /** What is on the canvas at `position` is stored. */
  markSaved(position?: number): void;
  /** What is on the canvas is stored nowhere (a file was opened). */
  markUnsaved(): void;
}

const NEVER = Number.NaN;

export function useCommandStackState(modeler: Modeler | null): CommandStackState {
  const savedAt = useRef<number>(-1);
  const [state, setState] = useState({ dirty: false, canUndo: false, canRedo: false });

  const stack = useCallback(() => modeler?.get<CommandStack>('commandStack'), [modeler]);

  const refresh = useCallback(() => {
    const commandStack = stack();
    if (!commandStack) return;
    setState({
      dirty: commandStack._stackIdx !== savedAt.current,
      canUndo: commandStack.canUndo(),
      canRedo: commandStack.canRedo(),
    });
  }, [stack]);

  useEffect(() => {
    if (!modeler) return;
    modeler.on('commandStack.changed', refresh);
    refresh();
    return () => modeler.off('commandStack.changed', refresh);
  }, [modeler, refresh]);

  return {
    ...state,
    undo: () => stack()?.undo(),
    redo: () => stack()?.redo(),
    position: () => stack()?._stackIdx ?? -1,
    markSaved: (position) => {
      savedAt.current = position ?? stack()?._stackIdx ?? -1;
      refresh();
    },
    markUnsaved: () => {
      savedAt.current = NEVER;
      refresh();
    },
  };
}
