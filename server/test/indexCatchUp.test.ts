/**
 * A server starting on boards its index is behind on (a board with no entry, changed
 * before the index existed; an entry written by an older projection) indexes them in the
 * background from the stored docs, without loading their rooms, on both stores.
 */
import { describe, expect, it, vi } from 'vitest';
import { readIncident, roomName, updateIncident } from '@hindsight/shared';
import { PROJECTION } from '../src/search/entry.ts';
import { parseQuery } from '../src/search/query.ts';
import { testEntry } from '../src/search/testEntry.ts';
import {
  createBoard,
  STORE_KINDS,
  startServer,
  synced,
  testContext,
  WAIT_MS,
  type TestServer,
} from './helpers.ts';

const t = testContext();

async function boardSaying(server: TestServer, title: string, summary: string) {
  const board = await createBoard(server, title);
  const client = t.client(server, roomName(board.id), board.tokens.facilitator);
  await synced(client);
  updateIncident(client.doc, { summary });
  const held = () => server.app.rooms.resident(roomName(board.id))!.doc;
  await vi.waitFor(() => expect(readIncident(held()).summary).toBe(summary), {
    timeout: WAIT_MS,
  });
  client.destroy();
  return board;
}

describe('the index catching up at start', () => {
  for (const kind of STORE_KINDS) {
    it(`indexes boards without an entry or with an older projection's (${kind})`, async () => {
      const storage = await t.storage(kind);
      const first = await startServer(storage);
      const missing = await boardSaying(first, 'Ocelot outage', 'the ocelot cache fell over');
      const older = await boardSaying(first, 'Lynx outage', 'the lynx queue stalled');
      await first.stop();

      const store = await storage.open();
      try {
        await store.removePostmortem(missing.id);
        const stale = testEntry(older.id, { title: 'Stale', sections: [] });
        await store.putPostmortem(stale, 1, PROJECTION - 1);
        expect(await store.boardsBehindIndex(PROJECTION, null, 10)).toEqual(
          [missing.id, older.id].sort(),
        );
      } finally {
        await store.close();
      }

      const server = await startServer(storage);
      t.defer(() => server.stop());
      expect(await server.app.searchCatchUp.done).toEqual({ indexed: 2, failed: 0 });
      const found = async (q: string) =>
        (await server.app.store.searchPostmortems(parseQuery(q), {}, null, 5)).map(
          (h) => h.entry.title,
        );
      expect(await found('ocelot cache')).toEqual(['Ocelot outage']);
      expect(await found('lynx queue')).toEqual(['Lynx outage']);
      expect(await server.app.store.boardsBehindIndex(PROJECTION, null, 10)).toEqual([]);
      // Read from the store: neither room was loaded to do it.
      for (const board of [missing, older]) {
        expect(server.app.rooms.resident(roomName(board.id))).toBeUndefined();
      }
    });
  }
});
