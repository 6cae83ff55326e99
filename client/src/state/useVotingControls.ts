import type { VotingControls } from './votingCommands.ts';
import { useFacilitation } from './useFacilitation.ts';
import { useVotingSession } from './useVotingSession.ts';

/**
 * Opening and closing the vote, when this tab runs the session, else null. `ready` is
 * false until the facilitation doc has synced, so nothing is written over a state this
 * tab has not seen yet.
 */
export function useVotingControls(): { controls: VotingControls; ready: boolean } | null {
  const controls = useVotingSession().controls;
  const ready = useFacilitation((s) => s.synced && s.fatal === null);
  return controls ? { controls, ready } : null;
}
