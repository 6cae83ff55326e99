import type { IncidentSession } from './incidentCommands.ts';
import { useBoardSession } from './useBoardSession.ts';

/** The open board's incident store and commands. */
export function useIncidentSession(): IncidentSession {
  return useBoardSession().incident;
}
