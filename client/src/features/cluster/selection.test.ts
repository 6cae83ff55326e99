import type { ClusterLayout } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { GAP } from './boardLayout.ts';
import { liveSelection, selectionCommands } from './selection.ts';

const layout: ClusterLayout = {
  clusters: [
    { id: 'clusterA1', name: 'DB', at: { x: GAP, y: GAP }, createdAt: 1, cardIds: ['a', 'b'] },
  ],
  free: [
    { cardId: 'c', at: null },
    { cardId: 'd', at: { x: 600, y: 40 } },
  ],
};
const context = { layout, textOf: () => 'Card text', columns: 3 };

describe('selection to commands', () => {
  it('keeps only cards still on the board, once each, in the order ticked', () => {
    expect(liveSelection(['d', 'gone', 'a', 'd'], layout)).toEqual(['d', 'a']);
  });

  it('Group makes one cluster of every ticked card, in free room on the canvas', () => {
    expect(selectionCommands(['d', 'c'], { type: 'group' }, context)).toEqual([
      { type: 'groupCards', cardIds: ['d', 'c'], at: { x: GAP + 236 + GAP, y: GAP } },
    ]);
  });

  it('Move to cluster moves each ticked card not already in it, as separate moves', () => {
    expect(
      selectionCommands(['a', 'c', 'd'], { type: 'moveTo', clusterId: 'clusterA1' }, context),
    ).toEqual([
      { type: 'moveCardToCluster', cardId: 'c', clusterId: 'clusterA1' },
      { type: 'moveCardToCluster', cardId: 'd', clusterId: 'clusterA1' },
    ]);
    expect(selectionCommands(['c'], { type: 'moveTo', clusterId: 'gone' }, context)).toEqual([]);
  });

  it('Take out frees the ticked cards that are in a cluster, each in its own room', () => {
    const out = selectionCommands(['a', 'b', 'c'], { type: 'takeOut' }, context);
    expect(out.map((c) => c.type)).toEqual(['removeCardFromCluster', 'removeCardFromCluster']);
    const [first, second] = out as { at: { x: number; y: number } }[];
    expect(first!.at).not.toEqual(second!.at);
  });

  it('an empty selection does nothing', () => {
    expect(selectionCommands([], { type: 'group' }, context)).toEqual([]);
  });
});
