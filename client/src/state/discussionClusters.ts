/**
 * The clusters as the Discuss and Actions phases show them: in discussion order (from
 * `useDiscussionOrder`), with the text of their revealed cards and the column most of
 * those come from (shared `clusterColumn`; five whys are for "what went wrong"). Pure.
 */
import { clusterColumn } from '@hindsight/shared';

/** A card of a cluster, as revealed (never its author). */
export interface ClusterCard {
  readonly id: string;
  readonly text: string;
  readonly column: string;
}

/** A cluster as the Discuss and Actions phases show it. */
export interface DiscussionCluster {
  readonly id: string;
  /** The name the team gave it; blank until named. */
  readonly name: string;
  /** Dots it got in the vote; 0 before the tally. */
  readonly votes: number;
  /** The column most of its cards come from; null without cards. */
  readonly column: string | null;
  readonly cards: readonly ClusterCard[];
}

export function discussionClusters(
  ordered: readonly {
    readonly id: string;
    readonly name: string;
    readonly votes: number;
    readonly cardIds: readonly string[];
  }[],
  cards: ReadonlyMap<string, { readonly text: string; readonly column: string }>,
  columnOrder: readonly string[],
): DiscussionCluster[] {
  return ordered.map((cluster) => {
    const own = cluster.cardIds.flatMap((id) => {
      const card = cards.get(id);
      return card ? [{ id, text: card.text, column: card.column }] : [];
    });
    return {
      id: cluster.id,
      name: cluster.name,
      votes: cluster.votes,
      column: clusterColumn(
        own.map((c) => c.column),
        columnOrder,
      ),
      cards: own,
    };
  });
}
