import { describe, expect, it, vi } from 'vitest';
import { addCard, readCards } from '@hindsight/shared';
import { connect, createBoard, synced, type TestServer, testContext, WAIT_MS } from './helpers.ts';

import { spawnServer } from './process.ts';

const t = testContext();

// connect()/createBoard() need only the url.
const asServer = (url: string) => ({ url }) as TestServer;

describe('shutdown', () => {
  it('SIGTERM during steady edits loses nothing the server had received', async () => {
    const storage = await t.storage();
    const first = await spawnServer(storage.env);
    t.defer(() => first.child.kill('SIGKILL'));
    const board = await createBoard(asServer(first.url));
    const writer = connect(asServer(first.url), board.id, board.tokens.participant);
    const watcher = connect(asServer(first.url), board.id, board.tokens.observer);
    t.defer(writer.destroy, watcher.destroy);
    await Promise.all([synced(writer), synced(watcher)]);

    // The watcher only sees what the server received and relayed.
    const relayed = new Set<string>();
    watcher.doc.on('update', () => readCards(watcher.doc).forEach((c) => relayed.add(c.text)));
    let n = 0;
    const typing = setInterval(
      () => addCard(writer.doc, { text: `card ${n++}`, column: 'went-wrong' }),
      2,
    );
    await vi.waitFor(() => expect(relayed.size).toBeGreaterThan(50), { timeout: WAIT_MS });

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    clearInterval(typing);
    writer.provider.disconnect();
    watcher.provider.disconnect();
    const seen = [...relayed];

    const second = await spawnServer(storage.env);
    t.defer(() => second.child.kill('SIGKILL'));
    const reader = connect(asServer(second.url), board.id, board.tokens.observer);
    t.defer(reader.destroy);
    await synced(reader);
    const restored = new Set(readCards(reader.doc).map((c) => c.text));
    expect(seen.length).toBeGreaterThan(50);
    expect(seen.filter((text) => !restored.has(text))).toEqual([]);
  });
});
