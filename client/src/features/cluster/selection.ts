/**
 * The way to cluster without dragging: tick cards, then Group, Move to cluster… or Take
 * out. Turns a selection into the cluster commands it means. Pure and tested.
 */
import type { ClusterCommand, ClusterLayout, Point } from '@hindsight/shared';
import {
  CARD_WIDTH,
  estimateCardHeight,
  estimateClusterRect,
  findRoom,
  occupiedRects,
  type Rect,
} from './boardLayout.ts';

export type SelectionAction =
  /** Start one new cluster with the selected cards. */
  | { readonly type: 'group' }
  /** Put the selected cards into an existing cluster. */
  | { readonly type: 'moveTo'; readonly clusterId: string }
  /** Take the selected cards out of their clusters, onto the board. */
  | { readonly type: 'takeOut' };

/** The cluster each card is in, for the cards in one. */
export function clusterOfCards(layout: ClusterLayout): Map<string, string> {
  const of = new Map<string, string>();
  for (const cluster of layout.clusters) for (const id of cluster.cardIds) of.set(id, cluster.id);
  return of;
}

/** The selected ids still on the board, in the order selected, once each. */
export function liveSelection(selected: readonly string[], layout: ClusterLayout): string[] {
  const known = new Set(layout.free.map((f) => f.cardId));
  for (const cluster of layout.clusters) for (const id of cluster.cardIds) known.add(id);
  return [...new Set(selected)].filter((id) => known.has(id));
}

export interface SelectionContext {
  readonly layout: ClusterLayout;
  readonly textOf: (cardId: string) => string;
  /** Cluster columns on the canvas (boardLayout `columnsFor`). */
  readonly columns: number;
}

/**
 * The commands a selection action means; empty when it would change nothing. A new
 * cluster, and cards taken out, go to the first room on the canvas.
 */
export function selectionCommands(
  selected: readonly string[],
  action: SelectionAction,
  { layout, textOf, columns }: SelectionContext,
): ClusterCommand[] {
  const ids = liveSelection(selected, layout);
  if (ids.length === 0) return [];
  const clusterOf = clusterOfCards(layout);
  const occupied: Rect[] = occupiedRects(layout, textOf);
  switch (action.type) {
    case 'group': {
      const at = findRoom(
        occupied,
        estimateClusterRect({ at: { x: 0, y: 0 }, cardIds: ids }, textOf),
        columns,
      );
      return [{ type: 'groupCards', cardIds: ids, at }];
    }
    case 'moveTo': {
      const target = layout.clusters.find((c) => c.id === action.clusterId);
      if (!target) return [];
      return ids
        .filter((id) => clusterOf.get(id) !== target.id)
        .map((cardId) => ({ type: 'moveCardToCluster', cardId, clusterId: target.id }));
    }
    case 'takeOut': {
      const commands: ClusterCommand[] = [];
      for (const cardId of ids.filter((id) => clusterOf.has(id))) {
        const size = { width: CARD_WIDTH, height: estimateCardHeight(textOf(cardId)) };
        const at: Point = findRoom(occupied, size, columns);
        occupied.push({ ...at, ...size });
        commands.push({ type: 'removeCardFromCluster', cardId, at });
      }
      return commands;
    }
  }
}
