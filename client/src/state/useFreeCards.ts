import type { FreeCard } from '@hindsight/shared';
import { useClusterState } from './useClusterState.ts';

/** The revealed cards in no cluster; `at` is null for those nobody placed yet. */
export function useFreeCards(): readonly FreeCard[] {
  return useClusterState((s) => s.layout.free);
}
