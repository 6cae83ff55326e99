import { useShallow } from 'zustand/react/shallow';
import { useClusterState } from './useClusterState.ts';

/** Whether this tab has a move of its own to undo, or one to redo. */
export function useClusterUndo(): { canUndo: boolean; canRedo: boolean } {
  return useClusterState(useShallow(({ canUndo, canRedo }) => ({ canUndo, canRedo })));
}
