import { phaseById, type PhasePlan } from '@hindsight/shared';
import { useFacilitation } from './useFacilitation.ts';

/** The phase in progress, or undefined before the start and after the end. */
export function useCurrentPhase(): PhasePlan | undefined {
  return useFacilitation((s) => phaseById(s.plan, s.session.phaseId));
}
