import type { Voting } from '@hindsight/shared';
import { useVotingState } from './useVotingState.ts';

/** Whether voting is open, and the tally once the server has counted it. */
export function useVoting(): Voting {
  return useVotingState((s) => s.voting);
}
