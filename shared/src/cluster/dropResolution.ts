/**
 * What a drop on the clustering board means, as a pure function from the drag and the
 * thing under the pointer to one clustering command (entities/cluster.ts runs it).
 * Scope: the drag itself is presence; the command it resolves to changes the document.
 *
 * | dragged           | dropped on                       | command                  |
 * |-------------------|----------------------------------|--------------------------|
 * | card              | itself, or its own cluster       | none                     |
 * | card              | a free card                      | groupCards (new cluster) |
 * | card              | another cluster, or a card in it | moveCardToCluster        |
 * | card in a cluster | the empty board                  | removeCardFromCluster    |
 * | free card         | the empty board                  | moveFreeCard             |
 * | cluster           | another cluster, or a card in it | mergeClusters (into it)  |
 * | cluster           | itself, a free card, the board   | moveCluster              |
 *
 * A cluster dropped over a free card only moves: cards join clusters when a card is
 * dragged, so a big drag never swallows a card by accident.
 *
 * **Concurrent move rule.** When two people move the same card at the same moment (one
 * into cluster A, the other into cluster B, or out onto the board), everyone ends with
 * the same placement, and it is one of the two moves, never a mix. This holds because a
 * card's placement is one plain JSON value under the card's id in one Y.Map
 * (`cardPlacementsMap`): concurrent writes of the same map key are ordered by Yjs with a
 * rule that depends only on the writes themselves (the item of the higher client id is
 * placed last and so is the map's value), not on the order in which a client receives
 * them. Every client therefore keeps the same write. Storing the cluster id and the
 * position under separate keys, or the card in a per-cluster list, could instead leave
 * the card in two clusters, or in one cluster at the other person's position.
 * dropResolution.test.ts proves it with two docs exchanging updates in both orders.
 */
import type { Point } from '../entities/clusterSchema.ts';

/** What is being dragged. */
export type DragSource =
  /** A revealed card, by public id; `clusterId` is the cluster it is in, or null. */
  | { kind: 'card'; cardId: string; clusterId: string | null }
  | { kind: 'cluster'; clusterId: string };

/** What is under the pointer when the drag ends. */
export type DropTarget =
  /**
   * A card; `clusterId` is its cluster or null, `at` its position when it is free (a
   * new cluster then takes the card's place).
   */
  | { kind: 'card'; cardId: string; clusterId: string | null; at?: Point }
  | { kind: 'cluster'; clusterId: string }
  /** The empty board, outside every cluster. */
  | { kind: 'board' };

/** One clustering command, ready for `runClusterCommand`. */
export type ClusterCommand =
  | { type: 'none' }
  | { type: 'groupCards'; cardIds: string[]; at: Point }
  | { type: 'moveCardToCluster'; cardId: string; clusterId: string }
  | { type: 'removeCardFromCluster'; cardId: string; at: Point }
  | { type: 'moveFreeCard'; cardId: string; at: Point }
  | { type: 'moveCluster'; clusterId: string; at: Point }
  | { type: 'mergeClusters'; targetId: string; sourceId: string };

/**
 * The command a drop means (see the table above). `at` is where the dragged card or
 * cluster would sit if it stays free: the drop position in board coordinates.
 */
export function resolveDrop(drag: DragSource, target: DropTarget, at: Point): ClusterCommand {
  if (drag.kind === 'card') return dropCard(drag, target, at);
  const onto = target.kind === 'board' ? null : target.clusterId;
  if (onto === null || onto === drag.clusterId) {
    return { type: 'moveCluster', clusterId: drag.clusterId, at };
  }
  return { type: 'mergeClusters', targetId: onto, sourceId: drag.clusterId };
}

function dropCard(
  drag: Extract<DragSource, { kind: 'card' }>,
  target: DropTarget,
  at: Point,
): ClusterCommand {
  const { cardId, clusterId: from } = drag;
  if (target.kind === 'board') {
    return from === null
      ? { type: 'moveFreeCard', cardId, at }
      : { type: 'removeCardFromCluster', cardId, at };
  }
  if (target.kind === 'card' && target.cardId === cardId) return { type: 'none' };
  if (target.kind === 'card' && target.clusterId === null) {
    return { type: 'groupCards', cardIds: [target.cardId, cardId], at: target.at ?? at };
  }
  const into = target.clusterId!;
  if (into === from) return { type: 'none' };
  return { type: 'moveCardToCluster', cardId, clusterId: into };
}
