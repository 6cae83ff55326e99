import type { PostmortemFacilitation } from './postmortemCommands.ts';
import { useBoardSession } from './useBoardSession.ts';
import { useFacilitation } from './useFacilitation.ts';

/**
 * What the facilitator decides for the team (the Discuss phase's focus, the postmortem
 * owners), or null for other roles and until the facilitation doc has synced (nothing
 * is written over a state not seen yet).
 */
export function usePostmortemFacilitation(): PostmortemFacilitation | null {
  const facilitation = useBoardSession().postmortem.facilitation;
  const ready = useFacilitation((s) => s.synced && s.fatal === null);
  return facilitation && ready ? facilitation : null;
}
