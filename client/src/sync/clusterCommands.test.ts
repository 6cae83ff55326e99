import { groupCards, readClusters } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createClusterStore } from '../state/clusterStore.ts';
import { createClusterCommands } from './clusterCommands.ts';

const ids = ['AAAAAAAAAAAAAAA1', 'AAAAAAAAAAAAAAA2', 'AAAAAAAAAAAAAAA3', 'AAAAAAAAAAAAAAA4'];
const noDrag = { move: () => {}, end: () => {} };

function tab() {
  const doc = new Y.Doc();
  const store = createClusterStore();
  const commands = createClusterCommands(doc, store, noDrag);
  return { doc, store, commands };
}

/** Two tabs whose docs exchange every update, like two browsers through the server. */
function linked() {
  const a = tab();
  const b = tab();
  a.doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(b.doc, u, 'remote');
  });
  b.doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(a.doc, u, 'remote');
  });
  return { a, b };
}

const clusters = (doc: Y.Doc) => readClusters(doc, ids).clusters.map((c) => c.cardIds);

describe('cluster undo', () => {
  it('undoes and redoes this tab’s own moves, and says when it can', () => {
    const { doc, store, commands } = tab();
    expect(store.getState().canUndo).toBe(false);
    commands.run({ type: 'groupCards', cardIds: [ids[0]!, ids[1]!], at: { x: 0, y: 0 } });
    expect(clusters(doc)).toEqual([[ids[0], ids[1]]]);
    expect(store.getState().canUndo).toBe(true);
    expect(commands.undo()).toBe(true);
    expect(clusters(doc)).toEqual([]);
    expect(store.getState()).toMatchObject({ canUndo: false, canRedo: true });
    expect(commands.redo()).toBe(true);
    expect(clusters(doc)).toEqual([[ids[0], ids[1]]]);
  });

  it('never undoes someone else’s move', () => {
    const { a, b } = linked();
    groupCards(b.doc, [ids[2]!, ids[3]!], { source: 'b' });
    b.commands.run({ type: 'groupCards', cardIds: [ids[0]!, ids[1]!], at: { x: 0, y: 0 } });
    expect(clusters(a.doc)).toHaveLength(2);
    expect(a.store.getState().canUndo).toBe(false);
    expect(a.commands.undo()).toBe(false);
    expect(clusters(a.doc)).toHaveLength(2);
  });

  it('leaves a card where someone else moved it since', () => {
    const { a, b } = linked();
    const id = a.commands.group([ids[0]!, ids[1]!]);
    b.commands.run({ type: 'removeCardFromCluster', cardId: ids[1]!, at: { x: 500, y: 5 } });
    // A undoes the group: the cluster goes, and B's move of the second card stays.
    expect(a.commands.undo()).toBe(true);
    const layout = readClusters(a.doc, ids);
    expect(layout.clusters.map((c) => c.id)).not.toContain(id);
    expect(layout.free.find((f) => f.cardId === ids[1])?.at).toEqual({ x: 500, y: 5 });
  });

  it('takes back a selection moved at once as one step', () => {
    const { doc, commands } = tab();
    const target = commands.group([ids[0]!]);
    commands.runAll([
      { type: 'moveCardToCluster', cardId: ids[1]!, clusterId: target },
      { type: 'moveCardToCluster', cardId: ids[2]!, clusterId: target },
    ]);
    expect(clusters(doc)).toEqual([[ids[0], ids[1], ids[2]]]);
    commands.undo();
    expect(clusters(doc)).toEqual([[ids[0]]]);
  });

  it('keeps the selection as this tab ticks and unticks cards', () => {
    const { store, commands } = tab();
    commands.toggleSelected(ids[0]!);
    commands.toggleSelected(ids[1]!);
    commands.toggleSelected(ids[0]!);
    expect(store.getState().selected).toEqual([ids[1]]);
    commands.select([ids[2]!, ids[2]!]);
    expect(store.getState().selected).toEqual([ids[2]]);
  });
});
