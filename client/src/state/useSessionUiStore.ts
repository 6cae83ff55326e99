import type { SessionUiStore } from './sessionUiStore.ts';
import { useBoardSession } from './useBoardSession.ts';

/** The store behind {@link useSessionUi}, to change the view, the rail or the plan draft. */
export function useSessionUiStore(): SessionUiStore {
  return useBoardSession().ui;
}
