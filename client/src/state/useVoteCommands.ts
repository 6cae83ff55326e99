import type { VoteCommands } from './votingCommands.ts';
import { useVotingSession } from './useVotingSession.ts';

/** Cast and take back dots; null for observers, who have no ballot. */
export function useVoteCommands(): VoteCommands | null {
  return useVotingSession().commands;
}
