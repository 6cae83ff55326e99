import type { ClusterLayout } from '@hindsight/shared';
import { useEffect, useRef } from 'react';

/**
 * After Group, naming the new cluster is the next step: `focusNameOf(cardId)` puts focus
 * in the name field of the cluster holding that card, as soon as it is drawn. Without it
 * focus would fall to the page (Group is disabled once the selection is gone).
 */
export function useFocusGroupedName(layout: ClusterLayout): (cardId: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const cardId = pending.current;
    if (cardId === null) return;
    const cluster = layout.clusters.find((c) => c.cardIds.includes(cardId));
    const field =
      cluster &&
      document.querySelector<HTMLElement>(
        `[data-cluster-id="${CSS.escape(cluster.id)}"] .cluster__name`,
      );
    if (!field) return;
    pending.current = null;
    field.focus();
  }, [layout]);
  return (cardId) => {
    pending.current = cardId;
  };
}
