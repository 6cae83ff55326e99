import { useClusterState } from './useClusterState.ts';

/** The cards this person ticked, in the order ticked. */
export function useClusterSelection(): readonly string[] {
  return useClusterState((s) => s.selected);
}
