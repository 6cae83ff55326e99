import type { VotingSession } from './votingCommands.ts';
import { useBoardSession } from './useBoardSession.ts';

/** The open board's dot-vote store, commands and (for the facilitator) controls. */
export function useVotingSession(): VotingSession {
  return useBoardSession().voting;
}
