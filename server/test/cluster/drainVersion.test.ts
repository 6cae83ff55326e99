/**
 * A drain (SIGTERM, a rolling restart) stores each open board and a last version of its
 * edits before it releases the board's lease: the next process, which takes the board the
 * moment the lease is released, never finds the old owner still writing, so the last
 * version is not refused under a lease taken over. On both stores.
 */
import { describe, expect, it, vi } from 'vitest';
import { addCard, roomName } from '@hindsight/shared';
import type { Claim } from '../../src/cluster/leases.ts';
import { createBoard, STORE_KINDS, synced, testContext, WAIT_MS } from '../helpers.ts';
import { storedTexts } from './cluster.ts';

const t = testContext();
const next = { id: 'next-process', address: 'http://127.0.0.1:1' };
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe.each(STORE_KINDS)('a drain on %s', (kind) => {
  it("keeps the board's last version before its lease goes to the next process", async () => {
    const storage = await t.storage(kind);
    const server = await t.server({ storage });
    const board = await createBoard(server);
    const names = [roomName(board.id), roomName(board.id, 'facilitation')];
    const participant = t.client(server, names[0]!, board.tokens.participant);
    const facilitator = t.client(server, names[1]!, board.tokens.facilitator);
    await Promise.all([synced(participant), synced(facilitator)]);
    // An edit not yet in a version: the drain keeps one of it as the room goes.
    addCard(participant.doc, { text: 'Pool saturated at 09:12', column: 'lucky' });
    const card = new Set(['Pool saturated at 09:12']);
    await vi.waitFor(
      async () => expect(await storedTexts(server.app.store, board.id)).toEqual(card),
      { timeout: WAIT_MS },
    );

    // The next process claims the board as soon as it is released, as a client that
    // reconnects there at once makes it do.
    const { leases } = server.app.store;
    const release = leases.release.bind(leases);
    let claimed!: (claim: Claim) => void;
    const taken = new Promise<Claim>((resolve) => (claimed = resolve));
    leases.release = async (owner, fence) => {
      await release(owner, fence);
      claimed(await leases.claim(fence.boardId, next, 60_000));
    };
    // The version is written once the board's rooms are stored and closed, and, if the
    // lease was let go by then, once the next process holds it: the order a slow version
    // (a large doc) and a quick reconnect give.
    const closed = Promise.all(
      names.map(
        (n) => new Promise((resolve) => server.app.rooms.resident(n)!.doc.on('destroy', resolve)),
      ),
    );
    const { versions } = server.app;
    const addVersion = versions.addVersion.bind(versions);
    versions.addVersion = async (record, content, fence) => {
      await closed;
      await nextTurn();
      if (!server.app.ownedBoards.holds(board.id)) await taken;
      return addVersion(record, content, fence);
    };
    await server.app.close();
    expect((await taken).kind).toBe('owned');

    const store = await storage.open();
    t.defer(() => store.close());
    expect(await storedTexts(store, board.id)).toEqual(card);
    const kept = await store.listVersions(board.id);
    expect(kept.map((v) => v.label)).toContain('Last edits before the board closed');
  }, 60_000);
});
