import { useStore } from 'zustand';
import type { BoardState } from './boardStore.ts';
import { useBoardSession } from './useBoardSession.ts';

/** Reads one slice of the open board's state; re-renders only when that slice changes. */
export function useBoard<T>(selector: (state: BoardState) => T): T {
  return useStore(useBoardSession().store, selector);
}
