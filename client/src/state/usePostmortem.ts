import { useStore } from 'zustand';
import type { PostmortemState } from './postmortemStore.ts';
import { useBoardSession } from './useBoardSession.ts';

/** Reads one slice of the discussion, actions, owner, follow-up and status. */
export function usePostmortem<T>(selector: (state: PostmortemState) => T): T {
  return useStore(useBoardSession().postmortem.store, selector);
}
