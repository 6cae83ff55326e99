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
import { openRaw, prng, syncRequest, textUpdates, type RawSocket } from './attack.ts';
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
      timeout: 10 * WAIT_MS,
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
