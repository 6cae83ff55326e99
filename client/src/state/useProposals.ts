import type { TimelineProposal } from '@hindsight/shared';
import { useIncidentState } from './useIncidentState.ts';

/** Every flag and proposed event, oldest first. */
export function useProposals(): readonly TimelineProposal[] {
  return useIncidentState((s) => s.proposals);
}
