import { useStore } from 'zustand';
import type { FacilitationState } from './facilitationStore.ts';
import { useBoardSession } from './useBoardSession.ts';

/** Reads one slice of the plan and session; re-renders only when that slice changes. */
export function useFacilitation<T>(selector: (state: FacilitationState) => T): T {
  return useStore(useBoardSession().facilitation, selector);
}
