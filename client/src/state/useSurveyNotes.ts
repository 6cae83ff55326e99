import type { SurveyNote } from '@hindsight/shared';
import { useIncidentState } from './useIncidentState.ts';

/** The survey's notes, oldest first. */
export function useSurveyNotes(): readonly SurveyNote[] {
  return useIncidentState((s) => s.notes);
}
