import { discussionOrder, type ClusterView } from '@hindsight/shared';
import { useMemo } from 'react';
import { useClusters } from './useClusters.ts';
import { useVoting } from './useVoting.ts';

/** A cluster in the order the team discusses them, with its votes. */
export interface RankedCluster extends ClusterView {
  /** Dots the cluster got in the tally; 0 before voting closes. */
  readonly votes: number;
}

/**
 * The clusters in the order they are discussed: most votes first once the server has
 * tallied a closed vote, ties (and every cluster before the tally) oldest first, by
 * shared `discussionOrder`, so every browser shows the same order. For the Discuss view.
 */
export function useDiscussionOrder(): readonly RankedCluster[] {
  const clusters = useClusters();
  const { tally } = useVoting();
  return useMemo(
    () =>
      discussionOrder(clusters, tally).map((cluster) => ({
        ...cluster,
        votes: Object.hasOwn(tally, cluster.id) ? (tally[cluster.id] ?? 0) : 0,
      })),
    [clusters, tally],
  );
}
