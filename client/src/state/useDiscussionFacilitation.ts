import type { DiscussionFacilitation } from './postmortemCommands.ts';
import { useBoardSession } from './useBoardSession.ts';
import { useFacilitation } from './useFacilitation.ts';

/**
 * The facilitator's cluster navigation in the Discuss phase, or null for other roles and
 * until the facilitation doc has synced (nothing is written over a state not seen yet).
 */
export function useDiscussionFacilitation(): DiscussionFacilitation | null {
  const facilitation = useBoardSession().postmortem.facilitation;
  const ready = useFacilitation((s) => s.synced && s.fatal === null);
  return facilitation && ready ? facilitation : null;
}
