/**
 * Crash and restart: SIGKILL during steady edits, a restart on the same DATA_DIR, and a
 * reconnect storm. Asserts what a crash may lose, and prints it (docs/SECURITY.md).
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
    const clients = [...writers, watcher];
    t.defer(...clients.map((c) => c.destroy));
    const closes: number[] = [];
    for (const c of clients)
      c.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    await Promise.all(clients.map((c) => synced(c)));
    // Nobody publishes presence, so each relayed message is one turn's doc updates.
    for (const c of clients) c.provider.awareness.setLocalState(null);
    await vi.waitFor(() => {
      for (const c of clients) expect(c.provider.awareness.getStates().size).toBe(0);
    });

    // The observer numbers the messages relayed to it: card text -> message number.
    const relayedIn = new Map<string, number>();
    let messages = 0;
    watcher.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== watcher.provider || !watcher.provider.wsconnected) return;
      messages++;
      for (const text of texts(watcher.doc))
        if (!relayedIn.has(text)) relayedIn.set(text, messages);
    });
    let n = 0;
    const typing = setInterval(() => {
      for (const [i, w] of writers.entries())
        addCard(w.doc, { text: `w${i} card ${n}`, column: 'went-wrong' });
      n++;
    }, 5);
    t.defer(() => clearInterval(typing));
    await vi.waitFor(() => expect(relayedIn.size).toBeGreaterThan(150), { timeout: WAIT_MS });

    first.child.kill('SIGKILL');
    await first.exited;
    await vi.waitFor(() => expect(clients.filter((c) => c.provider.wsconnected)).toEqual([]), {
      timeout: WAIT_MS,
    });
    clearInterval(typing);
    // Edits go on while the server is down; the clients keep them.
    for (const [i, w] of writers.entries())
      addCard(w.doc, { text: `w${i} offline`, column: 'lucky' });

    // What the server had stored at the moment of the crash.
    const store = await storage.open();
    const stored = await store.loadDoc(board.id);
    await store.close();
    const persisted = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(persisted, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(persisted, u);
    const kept = texts(persisted);
    const lost = [...relayedIn].filter(([text]) => !kept.has(text));
    const keptIn = [...relayedIn].filter(([text]) => kept.has(text)).map(([, m]) => m);
    console.info(
      `crash (${storage.kind}): ${relayedIn.size} cards relayed in ${messages} messages ` +
        `before SIGKILL, ${lost.length} not stored`,
    );
    // The store holds every turn up to some turn: what it lacks came after all it has.
    const lastKept = Math.max(0, ...keptIn);
    for (const [text, m] of lost)
      expect(m, `${text} lost, relayed before one kept`).toBeGreaterThan(lastKept);
    // SQLite stores a turn's updates before the next turn: only the last turn can be lost.
    // Postgres commits one turn's append while the next turns queue behind it (ARCHITECTURE.md).
    if (storage.kind === 'sqlite')
      for (const [text, m] of lost) expect(m, `${text} lost before the last turn`).toBe(messages);

    const second = await spawnServer({ ...storage.env, PORT: String(port) });
    t.defer(() => second.child.kill('SIGKILL'));
    // The clients reconnect by themselves and push what the server lacks; the observer,
    // which holds what the server lost, is not refused and converges too.
    const expected = new Set([...writers.flatMap((w) => [...texts(w.doc)])]);
    expect(expected.size).toBe(3 * n + 3);
    await vi.waitFor(
      () => {
        for (const c of clients) {
          expect(c.provider.wsconnected).toBe(true);
          expect(texts(c.doc)).toEqual(expected);
        }
      },
      { timeout: 2 * WAIT_MS, interval: 200 },
    );
    expect(closes.filter((code) => code >= 4000)).toEqual([]);
    const reader = connect({ url: second.url } as TestServer, board.id, board.tokens.observer);
    t.defer(reader.destroy);
    await vi.waitFor(() => expect(texts(reader.doc)).toEqual(expected), { timeout: WAIT_MS });
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
