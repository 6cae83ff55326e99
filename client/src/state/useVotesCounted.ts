import { useVotingState } from './useVotingState.ts';

/** True once the vote is closed and tallied: the discussion order then follows the votes. */
export function useVotesCounted(): boolean {
  return useVotingState(
    (s) => s.voting.status === 'closed' && Object.keys(s.voting.tally).length > 0,
  );
}
