/**
 * The facilitator is told while the server's own writes wait for the store (issue #22):
 * a message on the facilitation doc's connection when they start waiting, at once to a
 * facilitator who joins meanwhile, and again when they flow. Nobody else is told.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { addCard, roomName, WRITES_WAITING_MESSAGE } from '@hindsight/shared';
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
});
