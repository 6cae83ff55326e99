import type { ClusterLayout, ClusterView } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import {
  boardPoint,
  canvasSize,
  CANVAS_MIN,
  CLUSTER_WIDTH,
  columnsFor,
  estimateCardHeight,
  findRoom,
  GAP,
  occupiedRects,
  tidyClusters,
} from './boardLayout.ts';

const cluster = (id: string, x: number, y: number, cardIds: string[]): ClusterView => ({
  id,
  name: '',
  at: { x, y },
  createdAt: 1,
  cardIds,
});

const text = () => 'Short card';

describe('board layout', () => {
  it('puts new things in the first free room, top first, never on a cluster', () => {
    const size = { width: CLUSTER_WIDTH, height: 200 };
    expect(findRoom([], size, 3)).toEqual({ x: GAP, y: GAP });
    const taken = occupiedRects(
      { clusters: [cluster('a', GAP, GAP, ['c1', 'c2'])], free: [] },
      text,
    );
    const room = findRoom(taken, size, 3);
    expect(room).toEqual({ x: GAP + CLUSTER_WIDTH + GAP, y: GAP });
    // With one column, it goes below the cluster, clear of it.
    const below = findRoom(taken, size, 1);
    expect(below.x).toBe(GAP);
    expect(below.y).toBeGreaterThanOrEqual(taken[0]!.y + taken[0]!.height + GAP / 2);
  });

  it('counts placed free cards as taken, and tray cards (no position) as not on the canvas', () => {
    const layout: ClusterLayout = {
      clusters: [],
      free: [
        { cardId: 'placed', at: { x: 24, y: 24 } },
        { cardId: 'tray', at: null },
      ],
    };
    expect(occupiedRects(layout, text)).toHaveLength(1);
  });

  it('estimates long cards taller than short ones', () => {
    expect(estimateCardHeight('x'.repeat(200))).toBeGreaterThan(estimateCardHeight('short'));
    expect(estimateCardHeight('a\nb\nc')).toBeGreaterThan(estimateCardHeight('abc'));
  });

  it('keeps drop positions whole, on the board and inside its extent', () => {
    expect(boardPoint(10.6, -40)).toEqual({ x: 11, y: 0 });
    expect(boardPoint(Number.NaN, 5e9)).toEqual({ x: 0, y: 1_000_000 });
  });

  it('sizes the canvas to what it holds plus a margin, at least the minimum', () => {
    expect(canvasSize([])).toEqual(CANVAS_MIN);
    const size = canvasSize([{ x: 2000, y: 1000, width: 236, height: 300 }]);
    expect(size.width).toBeGreaterThan(2236);
    expect(size.height).toBeGreaterThan(1300);
  });

  it('fits at least two cluster columns', () => {
    expect(columnsFor(0)).toBe(2);
    expect(columnsFor(4 * (CLUSTER_WIDTH + GAP) + GAP)).toBe(4);
  });

  it('tidies clusters into the shortest column, moving only those not in place', () => {
    const tidy = tidyClusters(
      [
        cluster('a', GAP, GAP, ['1']),
        cluster('b', 900, 900, ['2', '3']),
        cluster('c', 5, 5, ['4']),
      ],
      text,
      2,
    );
    expect(tidy.map((c) => c.type === 'moveCluster' && c.clusterId)).toEqual(['b', 'c']);
    expect(tidy[0]).toEqual({
      type: 'moveCluster',
      clusterId: 'b',
      at: { x: GAP + CLUSTER_WIDTH + GAP, y: GAP },
    });
    // The third goes under the first: its column was the shorter.
    expect(tidy[1]).toMatchObject({ clusterId: 'c', at: { x: GAP } });
  });
});
