import type { SessionState } from '@hindsight/shared';
import { useFacilitation } from './useFacilitation.ts';

/** The running session: status, current phase, timer, history. */
export function useSessionState(): SessionState {
  return useFacilitation((s) => s.session);
}
