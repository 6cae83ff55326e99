import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  groupCards,
  moveCardToCluster,
  mergeClusters,
  readClusters,
  removeCardFromCluster,
  runClusterCommand,
} from '../entities/cluster.ts';
import { resolveDrop, type DragSource } from './dropResolution.ts';

const A = 'CardAxxxxxxxxxxx';
const B = 'CardBxxxxxxxxxxx';
const C = 'CardCxxxxxxxxxxx';
const at = { x: 10, y: 20 };

describe('drop resolution', () => {
  const freeCard: DragSource = { kind: 'card', cardId: A, clusterId: null };
  const clusteredCard: DragSource = { kind: 'card', cardId: A, clusterId: 'cluster1' };
  const cluster: DragSource = { kind: 'cluster', clusterId: 'cluster1' };

  it('a card dropped on a free card starts a cluster where that card was', () => {
    expect(
      resolveDrop(freeCard, { kind: 'card', cardId: B, clusterId: null, at: { x: 5, y: 6 } }, at),
    ).toEqual({ type: 'groupCards', cardIds: [B, A], at: { x: 5, y: 6 } });
    expect(resolveDrop(clusteredCard, { kind: 'card', cardId: B, clusterId: null }, at)).toEqual({
      type: 'groupCards',
      cardIds: [B, A],
      at,
    });
  });

  it('a card dropped on a cluster, or on a card in it, joins that cluster', () => {
    const join = { type: 'moveCardToCluster', cardId: A, clusterId: 'cluster2' };
    expect(resolveDrop(freeCard, { kind: 'cluster', clusterId: 'cluster2' }, at)).toEqual(join);
    expect(resolveDrop(clusteredCard, { kind: 'cluster', clusterId: 'cluster2' }, at)).toEqual(
      join,
    );
    expect(
      resolveDrop(clusteredCard, { kind: 'card', cardId: B, clusterId: 'cluster2' }, at),
    ).toEqual(join);
  });

  it('a card dropped on itself or on its own cluster changes nothing', () => {
    expect(resolveDrop(freeCard, { kind: 'card', cardId: A, clusterId: null }, at)).toEqual({
      type: 'none',
    });
    expect(resolveDrop(clusteredCard, { kind: 'cluster', clusterId: 'cluster1' }, at)).toEqual({
      type: 'none',
    });
    expect(
      resolveDrop(clusteredCard, { kind: 'card', cardId: B, clusterId: 'cluster1' }, at),
    ).toEqual({ type: 'none' });
  });

  it('a card dropped outside every cluster leaves its cluster, or just moves when free', () => {
    expect(resolveDrop(clusteredCard, { kind: 'board' }, at)).toEqual({
      type: 'removeCardFromCluster',
      cardId: A,
      at,
    });
    expect(resolveDrop(freeCard, { kind: 'board' }, at)).toEqual({
      type: 'moveFreeCard',
      cardId: A,
      at,
    });
  });

  it('a cluster dropped on another cluster, or a card in it, merges into it', () => {
    const merge = { type: 'mergeClusters', targetId: 'cluster2', sourceId: 'cluster1' };
    expect(resolveDrop(cluster, { kind: 'cluster', clusterId: 'cluster2' }, at)).toEqual(merge);
    expect(resolveDrop(cluster, { kind: 'card', cardId: B, clusterId: 'cluster2' }, at)).toEqual(
      merge,
    );
  });

  it('a cluster dropped on the board, itself or a free card only moves', () => {
    const move = { type: 'moveCluster', clusterId: 'cluster1', at };
    expect(resolveDrop(cluster, { kind: 'board' }, at)).toEqual(move);
    expect(resolveDrop(cluster, { kind: 'cluster', clusterId: 'cluster1' }, at)).toEqual(move);
    expect(resolveDrop(cluster, { kind: 'card', cardId: B, clusterId: null }, at)).toEqual(move);
    expect(resolveDrop(cluster, { kind: 'card', cardId: B, clusterId: 'cluster1' }, at)).toEqual(
      move,
    );
  });

  it('runs the resolved command against the board doc', () => {
    const doc = new Y.Doc();
    runClusterCommand(
      doc,
      resolveDrop(freeCard, { kind: 'card', cardId: B, clusterId: null, at }, { x: 0, y: 0 }),
      null,
      1000,
    );
    const [made] = readClusters(doc, [A, B]).clusters;
    expect(made).toMatchObject({ at, cardIds: [B, A] });
    expect(runClusterCommand(doc, { type: 'none' })).toBe(true);
  });
});

/** Two replicas of one board doc, with distinct, fixed client ids. */
function replicas(): [Y.Doc, Y.Doc] {
  const base = new Y.Doc();
  base.clientID = 1;
  const one = groupCards(base, [A], null, 1000);
  const two = groupCards(base, [B], null, 1000);
  const a = new Y.Doc();
  a.clientID = 100;
  const b = new Y.Doc();
  b.clientID = 200;
  const state = Y.encodeStateAsUpdate(base);
  Y.applyUpdate(a, state);
  Y.applyUpdate(b, state);
  expect([one, two]).toHaveLength(2);
  return [a, b];
}

/** The ids of the clusters holding A and B. */
function clustersOf(doc: Y.Doc): string[] {
  const { clusters } = readClusters(doc, [A, B]);
  return [A, B].map((card) => clusters.find((c) => c.cardIds.includes(card))!.id);
}

function deltaSince(from: Y.Doc, to: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(from, Y.encodeStateVector(to));
}

function placementOf(doc: Y.Doc, cardId: string): string {
  const layout = readClusters(doc, [A, B, C]);
  const cluster = layout.clusters.find((c) => c.cardIds.includes(cardId));
  if (cluster) return `in ${cluster.id}`;
  const free = layout.free.find((f) => f.cardId === cardId);
  return `free at ${JSON.stringify(free?.at)}`;
}

describe('concurrent move rule', () => {
  const moves: [string, (doc: Y.Doc, clusters: string[]) => void][] = [
    ['into the first cluster', (doc, [one]) => moveCardToCluster(doc, C, one!, 'a', 2000)],
    ['into the second cluster', (doc, [, two]) => moveCardToCluster(doc, C, two!, 'b', 2000)],
    ['out onto the board', (doc) => removeCardFromCluster(doc, C, { x: 1, y: 2 }, 'c')],
  ];

  for (const [i, [nameA, moveA]] of moves.entries()) {
    for (const [nameB, moveB] of moves.slice(i + 1)) {
      it(`two people moving one card at once (${nameA} / ${nameB}) converge, in either delivery order`, () => {
        const results: string[] = [];
        for (const order of ['a first', 'b first']) {
          const [a, b] = replicas();
          const clusters = clustersOf(a);
          groupCards(a, [C], null, 1500); // C starts in a third cluster
          Y.applyUpdate(b, deltaSince(a, b));
          moveA(a, clusters);
          moveB(b, clusters);
          const bAlone = placementOf(b, C);
          const fromA = deltaSince(a, b);
          const fromB = deltaSince(b, a);
          if (order === 'a first') {
            Y.applyUpdate(b, fromA);
            Y.applyUpdate(a, fromB);
          } else {
            Y.applyUpdate(a, fromB);
            Y.applyUpdate(b, fromA);
          }
          expect(placementOf(a, C)).toBe(placementOf(b, C));
          // One of the two moves, whole: the write of the higher client id (b) wins.
          expect(placementOf(a, C)).toBe(bAlone);
          results.push(
            placementOf(a, C).replace(clusters[0]!, 'first').replace(clusters[1]!, 'second'),
          );
        }
        expect(results[0]).toBe(results[1]);
      });
    }
  }

  it('a card moved into a cluster while that cluster is merged away lands in the target', () => {
    const [a, b] = replicas();
    const [one, two] = clustersOf(a);
    mergeClusters(a, two!, one!, 'a', 3000);
    moveCardToCluster(b, C, one!, 'b', 3000);
    Y.applyUpdate(b, deltaSince(a, b));
    Y.applyUpdate(a, deltaSince(b, a));
    for (const doc of [a, b]) {
      expect(readClusters(doc, [A, B, C]).clusters.map((c) => [c.id, c.cardIds])).toEqual([
        [two, [B, A, C]],
      ]);
    }
  });

  it('two clusters merged into each other at once end as one cluster on every replica', () => {
    const [a, b] = replicas();
    const [one, two] = clustersOf(a);
    mergeClusters(a, two!, one!, 'a', 3000);
    mergeClusters(b, one!, two!, 'b', 3000);
    Y.applyUpdate(b, deltaSince(a, b));
    Y.applyUpdate(a, deltaSince(b, a));
    const layoutA = readClusters(a, [A, B]);
    expect(layoutA).toEqual(readClusters(b, [A, B]));
    expect(layoutA.clusters).toHaveLength(1);
    expect([...layoutA.clusters[0]!.cardIds].sort()).toEqual([A, B]);
  });
});
