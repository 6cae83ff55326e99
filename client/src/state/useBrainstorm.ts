import { useStore } from 'zustand';
import type { BrainstormState } from './brainstormStore.ts';
import { useBoardSession } from './useBoardSession.ts';

/** Reads one slice of the brainstorm; re-renders only when that slice changes. */
export function useBrainstorm<T>(selector: (state: BrainstormState) => T): T {
  return useStore(useBoardSession().brainstorm.store, selector);
}
