/**
 * What an open connection keeps alive. A server holds thousands of connections, so a few
 * KiB each that nothing reads again is real memory (docs/BENCHMARKS.md, many rooms).
 */
import type { IncomingMessage } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createBoard, synced, testContext } from './helpers.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const t = testContext();

describe('an open connection', () => {
  it('holds nothing of its upgrade request once it is open', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const upgrades: WeakRef<IncomingMessage>[] = [];
    server.app.server.on('upgrade', (request: IncomingMessage) => {
      upgrades.push(new WeakRef(request));
    });

    const clients = [1, 2, 3].map(() => t.client(server, board.id, board.tokens.participant));
    await Promise.all(clients.map((c) => synced(c)));
    expect(upgrades).toHaveLength(3);

    // WeakRefs are cleared only after the turn that last read them: a new turn, then collect.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    expect(upgrades.filter((ref) => ref.deref() !== undefined)).toHaveLength(0);
    expect(clients.every((c) => c.provider.wsconnected)).toBe(true);
  });
});
