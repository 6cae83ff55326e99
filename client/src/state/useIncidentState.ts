import { useStore } from 'zustand';
import type { IncidentState } from './incidentStore.ts';
import { useIncidentSession } from './useIncidentSession.ts';

/** Reads one slice of the incident; re-renders only when that slice changes. */
export function useIncidentState<T>(selector: (state: IncidentState) => T): T {
  return useStore(useIncidentSession().store, selector);
}
