/**
 * The facilitator is told while the server's own writes wait for the store (issue #22):
 * a message on the facilitation doc's connection when they start waiting, at once to a
 * facilitator who joins meanwhile, and again when they flow. Nobody else is told. Writes
 * wait when the store refuses them, and when it is slow: an append running for longer
 * than SLOW_APPEND_MS (sync/writesWaiting.ts).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { addCard, readCards, roomName, WRITES_WAITING_MESSAGE } from '@hindsight/shared';
import { SLOW_APPEND_MS } from '../src/sync/writesWaiting.ts';
import { testContext, WAIT_MS } from './helpers.ts';
import { failingStorage, storageTests } from './storageFull/support.ts';

const t = testContext();

/** A socket to a room that records, from the start, what the server says of its writes. */
function listen(server: { readonly url: string }, room: string, token: string) {
  const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/sync/${room}?token=${token}`);
  t.defer(() => ws.terminate());
  const said: boolean[] = [];
  ws.on('message', (data: Buffer) => {
    if (data[0] === WRITES_WAITING_MESSAGE) said.push(data[1] === 1);
  });
  return { said };
}

describe('writes waiting for the store', () => {
  it('are told to the facilitators of the board, also to one who joins meanwhile, and then that they flow', async () => {
    const { faultFile, env } = await failingStorage(t);
    const { start, meeting } = storageTests(t);
    const server = await start(env);
    const { board, writer } = await meeting(server);
    const facilitation = roomName(board.id, 'facilitation');
    const fran = listen(server, facilitation, board.tokens.facilitator);
    const olive = listen(server, facilitation, board.tokens.observer);
    const franOnBoard = listen(server, board.id, board.tokens.facilitator);

    // A participant's change is taken; its append fails.
    writeFileSync(faultFile, '');
    addCard(writer.doc, { text: 'kept by its writer', column: 'lucky' });
    await vi.waitFor(() => expect(fran.said).toEqual([true]), { timeout: WAIT_MS });
    const gus = listen(server, facilitation, board.tokens.facilitator);
    await vi.waitFor(() => expect(gus.said).toEqual([true]), { timeout: WAIT_MS });

    rmSync(faultFile);
    await vi.waitFor(() => expect(fran.said).toEqual([true, false]), { timeout: WAIT_MS });
    await vi.waitFor(() => expect(gus.said).toEqual([true, false]), { timeout: WAIT_MS });
    // Only the facilitator's connection to the facilitation doc is told.
    expect(olive.said).toEqual([]);
    expect(franOnBoard.said).toEqual([]);
  });

  it('are told when an append runs longer than SLOW_APPEND_MS, and that they flow once it is stored', async () => {
    const { storage } = await failingStorage(t);
    const { start, meeting } = storageTests(t);
    const server = await start(storage.env);
    const { board, writer, reader } = await meeting(server);
    const facilitation = roomName(board.id, 'facilitation');
    const fran = listen(server, facilitation, board.tokens.facilitator);

    // The real store's appends wait, from now on, until the test lets them go.
    const { store } = server.app;
    const append = store.appendUpdates.bind(store);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const started: number[] = [];
    store.appendUpdates = async (room, updates) => {
      started.push(Date.now());
      await gate;
      return append(room, updates);
    };
    addCard(writer.doc, { text: 'stored late', column: 'lucky' });
    await vi.waitFor(() => expect(fran.said).toEqual([true]), { timeout: WAIT_MS });
    // Told only once the append had run for longer than the limit, and before it ended.
    expect(Date.now() - started[0]!).toBeGreaterThan(SLOW_APPEND_MS);
    // Persistence, then broadcast: nobody else has been shown the unstored change.
    expect(readCards(reader.doc).map((c) => c.text)).not.toContain('stored late');

    release();
    await vi.waitFor(() => expect(fran.said).toEqual([true, false]), { timeout: WAIT_MS });
    await vi.waitFor(
      () => expect(readCards(reader.doc).map((c) => c.text)).toContain('stored late'),
      { timeout: WAIT_MS },
    );
  });
});
