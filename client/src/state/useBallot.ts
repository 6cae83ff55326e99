import { useVotingState } from './useVotingState.ts';

/** This person's own dots, cluster id → count; nobody else's ballot is ever here. */
export function useBallot(): Readonly<Record<string, number>> {
  return useVotingState((s) => s.ballot);
}
