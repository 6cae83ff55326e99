import type { ClusterLayout } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { shareLayout } from './sharedLayout.ts';

const layout = (): ClusterLayout => ({
  clusters: [
    { id: 'c1', name: 'DB', at: { x: 1, y: 2 }, createdAt: 1, cardIds: ['a', 'b'] },
    { id: 'c2', name: '', at: { x: 5, y: 2 }, createdAt: 2, cardIds: ['c'] },
  ],
  free: [{ cardId: 'd', at: null }],
});

describe('layout structural sharing', () => {
  it('returns the old layout when nothing changed', () => {
    const before = layout();
    expect(shareLayout(before, layout())).toBe(before);
  });

  it('keeps every unchanged cluster object, and replaces the changed one', () => {
    const before = layout();
    const next = layout();
    next.clusters[1] = { ...next.clusters[1]!, cardIds: ['c', 'd'] };
    next.free.length = 0;
    const shared = shareLayout(before, next);
    expect(shared.clusters[0]).toBe(before.clusters[0]);
    expect(shared.clusters[1]).not.toBe(before.clusters[1]);
    expect(shared.clusters[1]?.cardIds).toEqual(['c', 'd']);
    expect(shared.free).toEqual([]);
  });
});
