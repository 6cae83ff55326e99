/**
 * Crash and restart: SIGKILL during steady edits, a restart on the same DATA_DIR, and a
 * reconnect storm. Prints how much a crash lost (see docs/SECURITY.md for the figures).
 */
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addCard, readCards } from '@hindsight/shared';
import {
  connect,
  createBoard,
  freePort,
  startServer,
  synced,
  type TestClient,
  type TestServer,
  testContext,
  WAIT_MS,
} from './helpers.ts';

import { spawnServer } from './process.ts';

const t = testContext();

const texts = (doc: Y.Doc) => new Set(readCards(doc).map((c) => c.text));

describe('crash', () => {
  it('SIGKILL during edits: persisted updates survive, clients reconnect and converge', async () => {
    const storage = await t.storage();
    const port = await freePort();
    const first = await spawnServer({ ...storage.env, PORT: String(port) });
    t.defer(() => first.child.kill('SIGKILL'));
    const server = { url: first.url } as TestServer;
    const board = await createBoard(server);
    const writers: TestClient[] = [0, 1, 2].map(() =>
      connect(server, board.id, board.tokens.participant),
    );
    const watcher = connect(server, board.id, board.tokens.observer);
    t.defer(...writers.map((w) => w.destroy), watcher.destroy);
    await Promise.all([...writers, watcher].map((c) => synced(c)));

    const relayedAt = new Map<string, number>();
    watcher.doc.on('update', () => {
      const now = performance.now();
      for (const text of texts(watcher.doc)) if (!relayedAt.has(text)) relayedAt.set(text, now);
    });
    let n = 0;
    const typing = setInterval(() => {
      for (const [i, w] of writers.entries())
        addCard(w.doc, { text: `w${i} card ${n}`, column: 'went-wrong' });
      n++;
    }, 5);
    t.defer(() => clearInterval(typing));
    await vi.waitFor(() => expect(relayedAt.size).toBeGreaterThan(150), { timeout: WAIT_MS });

    first.child.kill('SIGKILL');
    const killedAt = performance.now();
    await first.exited;
    // Edits go on while the server is down; the clients keep them.
    await new Promise((r) => setTimeout(r, 200));
    clearInterval(typing);

    // What the server had stored at the moment of the crash.
    const store = await storage.open();
    const stored = await store.loadDoc(board.id);
    await store.close();
    const persisted = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(persisted, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(persisted, u);
    const kept = texts(persisted);
    const lost = [...relayedAt].filter(([text]) => !kept.has(text));
    const window = lost.length ? killedAt - Math.min(...lost.map(([, at]) => at)) : 0;
    console.info(
      `crash: ${relayedAt.size} cards relayed before SIGKILL, ${lost.length} not stored; ` +
        `the oldest lost card was relayed ${window.toFixed(1)} ms before the kill`,
    );

    const second = await spawnServer({ ...storage.env, PORT: String(port) });
    t.defer(() => second.child.kill('SIGKILL'));
    // The clients reconnect by themselves and push what the server lacks.
    const expected = new Set([...writers.flatMap((w) => [...texts(w.doc)])]);
    await vi.waitFor(
      () => {
        for (const c of [...writers, watcher]) expect(texts(c.doc)).toEqual(expected);
      },
      { timeout: 2 * WAIT_MS, interval: 200 },
    );
    const reader = connect({ url: second.url } as TestServer, board.id, board.tokens.observer);
    t.defer(reader.destroy);
    await vi.waitFor(() => expect(texts(reader.doc)).toEqual(expected), { timeout: WAIT_MS });
    expect(expected.size).toBe(3 * n);
  }, 300_000);

  it('a reconnect storm of 300 clients after a restart converges without errors', async () => {
    const storage = await t.storage();
    const port = await freePort();
    // One address plays 300 people here, so the per-address connection rate is raised.
    const limits = { connectBurst: 1000, connectsPerSecond: 1000 };
    let server = await startServer(storage, {}, limits, port);
    const board = await createBoard(server);
    const clients = Array.from({ length: 300 }, (_, i) => {
      const c = connect(
        server,
        board.id,
        i % 10 === 0 ? board.tokens.participant : board.tokens.observer,
      );
      // Jittered backoff: each client waits a different time before retrying.
      (c.provider as unknown as { maxBackoffTime: number }).maxBackoffTime =
        300 + Math.floor(Math.random() * 1500);
      return c;
    });
    t.defer(() => clients.forEach((c) => c.destroy()));
    await Promise.all(clients.map((c) => synced(c, 2 * WAIT_MS)));
    addCard(clients[0]!.doc, { text: 'before the restart', column: 'lucky' });
    await vi.waitFor(
      () => expect(clients.every((c) => texts(c.doc).has('before the restart'))).toBe(true),
      { timeout: 2 * WAIT_MS },
    );

    await server.stop();
    server = await startServer(storage, {}, limits, port);
    t.defer(() => server.stop());
    addCard(clients[10]!.doc, { text: 'after the restart', column: 'lucky' });
    await vi.waitFor(
      () => {
        expect(clients.filter((c) => !c.provider.wsconnected)).toHaveLength(0);
        expect(clients.filter((c) => !texts(c.doc).has('after the restart'))).toHaveLength(0);
      },
      { timeout: 2 * WAIT_MS, interval: 250 },
    );
    expect(texts(clients[299]!.doc)).toEqual(new Set(['before the restart', 'after the restart']));
  }, 300_000);
});
