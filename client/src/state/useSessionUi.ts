import { useStore } from 'zustand';
import type { SessionUiState } from './sessionUiStore.ts';
import { useBoardSession } from './useBoardSession.ts';

/** Reads one slice of what this tab shows (view, agenda rail, plan draft). */
export function useSessionUi<T>(selector: (state: SessionUiState) => T): T {
  return useStore(useBoardSession().ui, selector);
}
