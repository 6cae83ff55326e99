import type { SessionPlan } from '@hindsight/shared';
import { useFacilitation } from './useFacilitation.ts';

/** The session plan: phases, columns, goal (the template's until the doc syncs). */
export function usePlan(): SessionPlan {
  return useFacilitation((s) => s.plan);
}
