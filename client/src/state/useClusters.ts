import type { ClusterView } from '@hindsight/shared';
import { useClusterState } from './useClusterState.ts';

/** The clusters holding at least one revealed card, oldest first. */
export function useClusters(): readonly ClusterView[] {
  return useClusterState((s) => s.layout.clusters);
}
