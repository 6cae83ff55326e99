import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { cardPlacementsMap, clustersMap } from '../doc/layout.ts';
import {
  groupCards,
  mergeClusters,
  moveCardToCluster,
  moveCluster,
  moveFreeCard,
  readClusters,
  removeCardFromCluster,
  renameCluster,
} from './cluster.ts';
import { readDiscussion } from './discussion.ts';

const card = (letter: string) => `Card${letter}`.padEnd(16, 'x');
const [A, B, C, D] = ['A', 'B', 'C', 'D'].map(card) as [string, string, string, string];
const ALL = [A, B, C, D];

describe('clustering commands', () => {
  it('groupCards starts a named-later cluster at the first card’s place, in one transaction', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    moveFreeCard(doc, A, { x: 40, y: 50 }, 'me');
    const id = groupCards(doc, [A, B, A], 'me', 1000);
    expect(readClusters(doc, ALL)).toEqual({
      clusters: [{ id, name: '', at: { x: 40, y: 50 }, createdAt: 1000, cardIds: [A, B] }],
      free: [
        { cardId: C, at: null },
        { cardId: D, at: null },
      ],
    });
    expect(origins).toEqual(['me', 'me']);
    // The discussion exists from the start, so nobody races to create it.
    expect(clustersMap(doc).has(id)).toBe(true);
    expect(readDiscussion(doc, id).whys).toEqual([]);
  });

  it('refuses bad input with a readable message', () => {
    const doc = new Y.Doc();
    expect(() => groupCards(doc, [])).toThrow('Pick at least one card');
    expect(() => groupCards(doc, [A], null, 1, { name: 'x'.repeat(81) })).toThrow(
      'A cluster name has at most 80 characters',
    );
    expect(() => moveFreeCard(doc, A, { x: Number.NaN, y: 0 })).toThrow(
      'A position must be a number',
    );
    expect(() => moveFreeCard(doc, A, { x: 2e6, y: 0 })).toThrow('That position is off the board');
    expect(readClusters(doc, ALL).clusters).toEqual([]);
  });

  it('moveCardToCluster appends the card; a missing cluster changes nothing', () => {
    const doc = new Y.Doc();
    const id = groupCards(doc, [A, B], null, 1000);
    expect(moveCardToCluster(doc, C, id, null, 500)).toBe(true); // a slow clock still appends
    expect(moveCardToCluster(doc, D, 'Nosuchcluster123', null, 2000)).toBe(false);
    expect(readClusters(doc, ALL).clusters[0]!.cardIds).toEqual([A, B, C]);
    expect(readClusters(doc, ALL).free).toEqual([{ cardId: D, at: null }]);
  });

  it('a card leaves its cluster to a free position; the last card out makes it disappear', () => {
    const doc = new Y.Doc();
    const id = groupCards(doc, [A, B], null, 1000);
    expect(removeCardFromCluster(doc, A, { x: 1, y: 2 })).toBe(true);
    expect(readClusters(doc, ALL).clusters[0]!.cardIds).toEqual([B]);
    expect(removeCardFromCluster(doc, B, { x: 3, y: 4 })).toBe(true);
    const layout = readClusters(doc, ALL);
    expect(layout.clusters).toEqual([]);
    expect(layout.free.slice(0, 2)).toEqual([
      { cardId: A, at: { x: 1, y: 2 } },
      { cardId: B, at: { x: 3, y: 4 } },
    ]);
    // Kept in the doc, so a card moved back in brings it back with its name.
    renameCluster(doc, id, 'Config review');
    moveCardToCluster(doc, C, id);
    expect(readClusters(doc, ALL).clusters.map((c) => [c.name, c.cardIds])).toEqual([
      ['Config review', [C]],
    ]);
    expect(removeCardFromCluster(doc, D, { x: 0, y: 0 })).toBe(false);
  });

  it('moveCluster and renameCluster change one cluster; missing ones report false', () => {
    const doc = new Y.Doc();
    const id = groupCards(doc, [A], null, 1000);
    expect(moveCluster(doc, id, { x: 300, y: 400 })).toBe(true);
    expect(renameCluster(doc, id, '  Connection pool  ')).toBe(true);
    expect(readClusters(doc, ALL).clusters[0]).toMatchObject({
      name: 'Connection pool',
      at: { x: 300, y: 400 },
    });
    expect(moveCluster(doc, 'Nosuchcluster123', { x: 0, y: 0 })).toBe(false);
    expect(renameCluster(doc, 'Nosuchcluster123', 'x')).toBe(false);
  });

  it('mergeClusters moves the source’s cards after the target’s, keeping their order', () => {
    const doc = new Y.Doc();
    const target = groupCards(doc, [A], null, 1000);
    const source = groupCards(doc, [C, B], null, 1100, { name: 'Alerts' });
    expect(mergeClusters(doc, target, source, null, 2000)).toBe(true);
    const { clusters } = readClusters(doc, ALL);
    expect(clusters.map((c) => [c.id, c.name, c.cardIds])).toEqual([
      [target, 'Alerts', [A, C, B]], // the unnamed target takes the source's name
    ]);
    // The source's id now stands for the target.
    expect(moveCardToCluster(doc, D, source, null, 3000)).toBe(true);
    expect(readClusters(doc, ALL).clusters[0]!.cardIds).toEqual([A, C, B, D]);
    expect(mergeClusters(doc, target, source)).toBe(false); // already one cluster
    expect(mergeClusters(doc, target, target)).toBe(false);
    expect(mergeClusters(doc, target, 'Nosuchcluster123')).toBe(false);
  });

  it('a named target keeps its name when merged', () => {
    const doc = new Y.Doc();
    const target = groupCards(doc, [A], null, 1000, { name: 'Config' });
    const source = groupCards(doc, [B], null, 1100, { name: 'Review' });
    mergeClusters(doc, target, source);
    expect(readClusters(doc, ALL).clusters.map((c) => c.name)).toEqual(['Config']);
  });
});

describe('readClusters', () => {
  it('lists clusters oldest first and cards in a stable order, the same on every replica', () => {
    const doc = new Y.Doc();
    const late = groupCards(doc, [C], null, 2000);
    const early = groupCards(doc, [A, B], null, 1000);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(readClusters(doc, ALL).clusters.map((c) => c.id)).toEqual([early, late]);
    expect(readClusters(copy, [D, C, B, A])).toEqual({
      clusters: readClusters(doc, ALL).clusters,
      free: [{ cardId: D, at: null }],
    });
  });

  it('ignores placements of unknown cards and in unknown clusters, and malformed entries', () => {
    const doc = new Y.Doc();
    const id = groupCards(doc, [A, B], null, 1000);
    doc.transact(() => {
      cardPlacementsMap(doc).set(C, { kind: 'cluster', clusterId: 'Nosuchcluster123', order: 1 });
      cardPlacementsMap(doc).set(D, { kind: 'free', at: { x: 'left', y: 0 } });
      clustersMap(doc).set('Brokencluster123', new Y.Map());
    });
    expect(readClusters(doc, [A, C, D])).toEqual({
      clusters: [{ id, name: '', at: { x: 0, y: 0 }, createdAt: 1000, cardIds: [A] }],
      free: [
        { cardId: C, at: null },
        { cardId: D, at: null },
      ],
    });
  });
});
