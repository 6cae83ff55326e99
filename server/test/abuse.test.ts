/**
 * Abuse with nothing but a board link (issue #22): each attack is reproduced at the
 * protocol level against a real server while the stall meter pings `/api/time`. The
 * stall bound here is generous (a busy CI machine); the 100 ms goal is measured by
 * `pnpm bench --only=stalls` (docs/MEASUREMENTS.md).
 */
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '@hindsight/shared';
import { createBoard, synced, testContext, WAIT_MS, type TestServer } from './helpers.ts';
import {
  openRaw,
  presenceMessage,
  PRESENCE_QUERY,
  prng,
  seededText,
  syncRequest,
  textUpdates,
  type RawSocket,
} from './attack.ts';
import { startStallMeter } from './stallMeter.ts';

const t = testContext();
const SEED = Number(process.env.ABUSE_SEED ?? 20261206);
/**
 * Far above what a loaded machine adds, far below what the attacks caused before they
 * were budgeted (seconds to tens of seconds).
 */
const STALL_BOUND_MS = 2000;

const wsUrl = (server: TestServer, room: string, token: string) =>
  `${server.url.replace(/^http/, 'ws')}/sync/${room}?token=${token}`;

/** The doc's encoded size in bytes. */
const docBytes = (server: TestServer, room: string) =>
  server.app.rooms.withRooms([room], ([r]) => Y.encodeStateAsUpdate(r!.doc).length);

/** Resolves when the socket is closed or has received `answers` messages. */
function settled(socket: RawSocket, answers: number): Promise<unknown> {
  return Promise.race([
    socket.closed,
    vi.waitFor(() => expect(socket.received.messages).toBeGreaterThanOrEqual(answers), {
      timeout: 2 * WAIT_MS,
      interval: 100,
    }),
  ]);
}

/** A board whose doc a participant has filled with `bytes` of seeded text. */
async function largeBoard(server: TestServer, bytes: number) {
  const board = await createBoard(server);
  const writer = await openRaw(wsUrl(server, board.id, board.tokens.participant));
  t.defer(() => writer.ws.terminate());
  for (const message of textUpdates(prng(SEED), bytes, 512 * 1024)) writer.ws.send(message);
  await vi.waitFor(async () => expect(await docBytes(server, board.id)).toBeGreaterThan(bytes), {
    timeout: WAIT_MS,
  });
  return board;
}

describe('finding 1: sync requests are budgeted', () => {
  it('an observer repeating sync requests on a large board is closed with 4429 after its budget, and the doc is encoded once', async () => {
    // Room in its queue for the answers the budget allows: this test is about the budget.
    const server = await t.server({
      rooms: { idleMs: 60_000 },
      limits: { maxBufferedBytes: 64 * 1024 * 1024 },
    });
    const board = await largeBoard(server, 8 * 1024 * 1024);
    const meter = startStallMeter(server.url);
    const attacker = await openRaw(wsUrl(server, board.id, board.tokens.observer));
    t.defer(() => attacker.ws.terminate());
    for (let i = 0; i < 300; i++) attacker.ws.send(syncRequest(1000 + i));
    await settled(attacker, 300);
    const { longestMs } = await meter.stop();

    expect(longestMs).toBeLessThan(STALL_BOUND_MS);
    expect(await attacker.closed).toBe(CloseCode.TooManyMessages);
    // The budget's requests share one encoding of the whole doc.
    const encodes = await server.app.rooms.withRooms([board.id], ([r]) => r!.syncAnswers.encodes);
    expect(encodes).toBe(1);

    // The board still serves everyone else.
    const reader = t.client(server, board.id, board.tokens.observer);
    await synced(reader);
  });
});

/** `count` observers on the board, each reading and counting what it receives. */
async function audience(
  server: TestServer,
  board: { id: string; tokens: { observer: string } },
  count: number,
) {
  const peers: RawSocket[] = [];
  for (let i = 0; i < count; i++) {
    const peer = await openRaw(wsUrl(server, board.id, board.tokens.observer));
    t.defer(() => peer.ws.terminate());
    peers.push(peer);
  }
  return peers;
}

describe('finding 2: presence is capped and budgeted', () => {
  it('a 2 MB presence state is refused with 4429 before it is relayed, and the queries behind it are not answered', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const peers = await audience(server, board, 10);
    const meter = startStallMeter(server.url);
    const attacker = await openRaw(wsUrl(server, board.id, board.tokens.observer));
    t.defer(() => attacker.ws.terminate());
    const state = JSON.stringify({ name: seededText(prng(SEED), 2_000_000) });
    attacker.ws.send(presenceMessage([4242], state));
    for (let i = 0; i < 300; i++) attacker.ws.send(PRESENCE_QUERY);
    await settled(attacker, 300);
    const { longestMs } = await meter.stop();

    expect(longestMs).toBeLessThan(STALL_BOUND_MS);
    expect(await attacker.closed).toBe(CloseCode.TooManyMessages);
    for (const peer of peers) expect(peer.received.bytes).toBeLessThan(64 * 1024);
  });

  it('presence queries are answered a few times, then the connection is closed with 4429', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const [speaker] = await audience(server, board, 1);
    const state = JSON.stringify({ name: seededText(prng(SEED), 3000) });
    speaker!.ws.send(presenceMessage([7], state));
    const attacker = await openRaw(wsUrl(server, board.id, board.tokens.observer));
    t.defer(() => attacker.ws.terminate());
    for (let i = 0; i < 300; i++) attacker.ws.send(PRESENCE_QUERY);
    await settled(attacker, 300);

    expect(await attacker.closed).toBe(CloseCode.TooManyMessages);
    // Step 1, the presence on join, and the budget's 4 answers at most.
    expect(attacker.received.messages).toBeLessThanOrEqual(6);
  });

  it('one connection speaks for at most 4 client ids, and what it makes the server relay is budgeted in bytes', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const state = JSON.stringify({ name: seededText(prng(SEED), 4000) });
    const many = await openRaw(wsUrl(server, board.id, board.tokens.observer));
    t.defer(() => many.ws.terminate());
    many.ws.send(presenceMessage([1, 2, 3, 4, 5], state));
    expect(await many.closed).toBe(CloseCode.TooManyMessages);

    const peers = await audience(server, board, 10);
    const chatty = await openRaw(wsUrl(server, board.id, board.tokens.observer));
    t.defer(() => chatty.ws.terminate());
    for (let clock = 1; clock <= 500; clock++) chatty.ws.send(presenceMessage([9], state, clock));
    await settled(chatty, 1000);
    expect(await chatty.closed).toBe(CloseCode.TooManyMessages);
    // 500 updates of 4 KiB to 10 peers would be 2 MiB each; the budget is 8 MiB in all.
    for (const peer of peers) expect(peer.received.bytes).toBeLessThan(1.2 * 1024 * 1024);
  });
});
