/**
 * `hindsight reindex` rebuilds the library's index and the action ledger from the stored
 * boards, on both stores: a board whose entry and rows are gone is found again, as the
 * board stored it.
 */
import { describe, expect, it, vi } from 'vitest';
import { addActionItem, readIncident, roomName, updateIncident } from '@hindsight/shared';
import { runCli } from '../src/cli/run.ts';
import { parseQuery } from '../src/search/query.ts';
import { createBoard, STORE_KINDS, startServer, synced, testContext, WAIT_MS } from './helpers.ts';

const t = testContext();

describe('hindsight reindex', () => {
  for (const kind of STORE_KINDS) {
    it(`rebuilds the index and the ledger from the stored boards (${kind})`, async () => {
      const storage = await t.storage(kind);
      const server = await startServer(storage);
      const board = await createBoard(server, 'Ocelot outage');
      const client = t.client(server, roomName(board.id), board.tokens.facilitator);
      await synced(client);
      updateIncident(client.doc, { summary: 'the ocelot cache fell over' });
      const action = addActionItem(client.doc, { title: 'Warm the ocelot cache' });
      const held = () => server.app.rooms.resident(roomName(board.id))!.doc;
      await vi.waitFor(() => expect(readIncident(held()).summary).toContain('ocelot'), {
        timeout: WAIT_MS,
      });
      client.destroy();
      await server.stop();

      const store = await storage.open();
      const find = () => store.searchPostmortems(parseQuery('ocelot cache'), {}, null, 5);
      try {
        await store.removePostmortem(board.id);
        await store.replaceBoardActions(board.id, []);
        expect(await find()).toEqual([]);
        const err: string[] = [];
        const code = await runCli(['reindex'], {
          dataDir: storage.dataDir,
          databaseUrl: storage.databaseUrl,
          origin: 'http://localhost',
          readStdin: async () => '',
          out: () => undefined,
          err: (text) => err.push(text),
        });
        expect(code).toBe(0);
        expect(err.join('')).toMatch(/Indexed 1 postmortems/);
        expect((await find()).map((h) => h.entry.id)).toEqual([board.id]);
        expect((await find())[0]!.entry.title).toBe('Ocelot outage');
        expect(await store.findAction(action)).toMatchObject({
          title: 'Warm the ocelot cache',
          postmortemTitle: 'Ocelot outage',
        });
      } finally {
        await store.close();
      }
    });
  }
});
