import type { Incident } from '@hindsight/shared';
import { useIncidentState } from './useIncidentState.ts';

/** The incident facts (defaults until someone fills them in). */
export function useIncident(): Incident {
  return useIncidentState((s) => s.incident);
}
