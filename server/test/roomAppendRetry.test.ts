/**
 * A room whose append failed: it relays nothing it could not store, and it is not
 * unloaded while it holds what it could not store; both end once a retry stores it.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { addCard } from '@hindsight/shared';
import { Room } from '../src/sync/room.ts';
import { connect, createBoard, synced, testContext, WAIT_MS } from './helpers.ts';
import { openRaw, PRESENCE_QUERY } from './attack.ts';
import { failingStorage, storageTests, texts } from './storageFull/support.ts';

const t = testContext();
const { start } = storageTests(t);

describe('a room whose append failed', () => {
  it('relays nothing it could not store: the batch goes out once a retry stores it', async () => {
    const { faultFile, env } = await failingStorage(t);
    const server = await start(env);
    const board = await createBoard(server);
    const writer = t.client(server, board.id, board.tokens.participant);
    await synced(writer);
    const url = `${server.url.replace(/^http/, 'ws')}/sync/${board.id}?token=${board.tokens.observer}`;
    const reader = await openRaw(url);
    t.defer(() => reader.ws.terminate());
    const messages: Uint8Array[] = [];
    reader.ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
    const updates = () => messages.filter((m) => m[0] === 0 && m[1] === 2);
    const answers = () => messages.filter((m) => m[0] === 1);

    // Accepted while the store looked fine; its append fails.
    writeFileSync(faultFile, '');
    addCard(writer.doc, { text: 'stored before it is shown', column: 'lucky' });
    await vi.waitFor(() => expect(server.app.storageHealth.problem).toBe('store'), {
      timeout: WAIT_MS,
    });
    // The answer to a presence query comes after anything relayed to the reader before it.
    reader.ws.send(PRESENCE_QUERY);
    await vi.waitFor(() => expect(answers()).toHaveLength(1), { timeout: WAIT_MS });
    expect(updates()).toEqual([]);

    rmSync(faultFile);
    await vi.waitFor(() => expect(updates()).toHaveLength(1), { timeout: WAIT_MS });
    const doc = new Y.Doc();
    const decoder = decoding.createDecoder(updates()[0]!);
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
    expect(texts(doc).has('stored before it is shown')).toBe(true);
  });

  it('stays in memory, retrying, while nobody is in it, and stores the update once it can', async () => {
    const { storage, faultFile, env } = await failingStorage(t);
    const server = await start(env, { idleMs: 10 });
    const board = await createBoard(server);
    const writer = connect(server, board.id, board.tokens.participant);
    t.defer(writer.destroy);
    await synced(writer);

    // Accepted while the store looked fine, and then its append fails.
    writeFileSync(faultFile, '');
    addCard(writer.doc, { text: 'relayed, not stored yet', column: 'lucky' });
    await vi.waitFor(() => expect(server.app.storageHealth.problem).toBe('store'), {
      timeout: WAIT_MS,
    });
    const flush = vi.spyOn(Room.prototype, 'flush');
    const close = vi.spyOn(Room.prototype, 'close');
    t.defer(
      () => flush.mockRestore(),
      () => close.mockRestore(),
    );
    writer.destroy();
    // Every idle unload flushes first; one a second would be the retries alone.
    await vi.waitFor(() => expect(flush.mock.calls.length).toBeGreaterThan(20), {
      timeout: WAIT_MS,
    });
    expect(close).not.toHaveBeenCalled();

    rmSync(faultFile);
    await vi.waitFor(() => expect(close).toHaveBeenCalled(), { timeout: WAIT_MS });
    await server.stop();
    const store = await storage.open();
    t.defer(() => store.close());
    const stored = await store.loadDoc(board.id);
    const doc = new Y.Doc();
    for (const update of [stored.snapshot!, ...stored.updates]) Y.applyUpdate(doc, update);
    expect(texts(doc).has('relayed, not stored yet')).toBe(true);
  });
});
