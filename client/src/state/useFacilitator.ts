import type { FacilitatorCommands } from './facilitatorCommands.ts';
import { useBoardSession } from './useBoardSession.ts';
import { useFacilitation } from './useFacilitation.ts';

/**
 * The session commands when this tab runs the session, else null: components render
 * controls only when this is not null. `ready` is false until the facilitation doc has
 * synced, so nothing is written over a state this tab has not seen yet.
 */
export function useFacilitator(): { commands: FacilitatorCommands; ready: boolean } | null {
  const commands = useBoardSession().facilitator;
  const ready = useFacilitation((s) => s.synced && s.fatal === null);
  return commands ? { commands, ready } : null;
}
