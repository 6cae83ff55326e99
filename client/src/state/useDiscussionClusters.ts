import { useMemo } from 'react';
import { discussionClusters, type DiscussionCluster } from './discussionClusters.ts';
import { useDiscussionOrder } from './useDiscussionOrder.ts';
import { usePlan } from './usePlan.ts';
import { useRevealedCardMap } from './useRevealedCardMap.ts';

/** The clusters in discussion order (most votes first), with their revealed cards. */
export function useDiscussionClusters(): readonly DiscussionCluster[] {
  const ordered = useDiscussionOrder();
  const cards = useRevealedCardMap();
  const { columns } = usePlan();
  return useMemo(
    () =>
      discussionClusters(
        ordered,
        cards,
        columns.map((c) => c.id),
      ),
    [ordered, cards, columns],
  );
}
