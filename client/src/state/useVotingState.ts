import { useStore } from 'zustand';
import type { VotingState } from './votingStore.ts';
import { useVotingSession } from './useVotingSession.ts';

/** Reads one slice of the dot vote; re-renders only when that slice changes. */
export function useVotingState<T>(selector: (state: VotingState) => T): T {
  return useStore(useVotingSession().store, selector);
}
