import { useBoard } from './useBoard.ts';

/**
 * True when this tab's link is the facilitator's. Accepting and rejecting timeline
 * proposals is shown only then: a UI rule, since the server checks writes per doc.
 */
export function useIsFacilitator(): boolean {
  return useBoard((s) => s.role === 'facilitator');
}
