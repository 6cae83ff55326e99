import { useStore } from 'zustand';
import type { ClusterState } from './clusterStore.ts';
import { useClusterSession } from './useClusterSession.ts';

/** Reads one slice of the clustering board; re-renders only when that slice changes. */
export function useClusterState<T>(selector: (state: ClusterState) => T): T {
  return useStore(useClusterSession().store, selector);
}
