import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, deleteCard, editCard, readCards } from '@hindsight/shared';
import { changesDoc } from './docChange.ts';

/** Two docs that hold the same items, one deleted: a server's and a client's after a sync. */
function pair(): { server: Y.Doc; client: Y.Doc } {
  const client = new Y.Doc();
  for (const text of ['a', 'b', 'c', 'd']) addCard(client, { text, column: 'lucky' });
  deleteCard(client, readCards(client)[1]!.id);
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
  return { server, client };
}

/** What a y-websocket client answers to the server's sync step 1. */
const step2 = (client: Y.Doc, server: Y.Doc) =>
  Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));

describe('changesDoc', () => {
  it('a sync step 2 that holds nothing new changes nothing, deletions included', () => {
    const { server, client } = pair();
    expect(changesDoc(server, step2(client, server))).toBe(false);
    expect(changesDoc(server, Y.encodeStateAsUpdate(client))).toBe(false);
  });

  it('a new item is a change', () => {
    const { server, client } = pair();
    addCard(client, { text: 'e', column: 'lucky' });
    expect(changesDoc(server, step2(client, server))).toBe(true);
  });

  it('deleting an item the doc still has is a change', () => {
    const { server, client } = pair();
    deleteCard(client, readCards(client)[0]!.id);
    expect(changesDoc(server, step2(client, server))).toBe(true);
  });

  it('an update from another client the doc has not seen is a change', () => {
    const { server } = pair();
    const other = new Y.Doc();
    addCard(other, { text: 'elsewhere', column: 'lucky' });
    expect(changesDoc(server, Y.encodeStateAsUpdate(other))).toBe(true);
  });

  it('agrees with applying the update on a seeded run of edits', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const { server, client } = pair();
    let outcomes = 0;
    for (let i = 0; i < 200; i++) {
      const cards = readCards(client);
      const pick = () => cards[Math.floor(random() * cards.length)]!.id;
      const roll = random();
      if (roll < 0.3 && cards.length > 0) deleteCard(client, pick());
      else if (roll < 0.5 && cards.length > 0) editCard(client, pick(), `edit ${i}`);
      else if (roll < 0.8) addCard(client, { text: `x${i}`, column: 'lucky' });
      const update = step2(client, server);
      const predicted = changesDoc(server, update);
      let changed = false;
      const mark = () => (changed = true);
      server.on('update', mark);
      Y.applyUpdate(server, update);
      server.off('update', mark);
      expect(predicted).toBe(changed);
      if (changed) outcomes++;
    }
    // Both answers occurred.
    expect(outcomes).toBeGreaterThan(0);
    expect(outcomes).toBeLessThan(200);
  });
});
