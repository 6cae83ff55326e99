import type { IncidentCommands } from './incidentCommands.ts';
import { useIncidentSession } from './useIncidentSession.ts';

/** The incident commands (facts, timeline, proposals, survey notes). */
export function useIncidentCommands(): IncidentCommands {
  return useIncidentSession().commands;
}
