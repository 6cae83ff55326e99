/**
 * An owner cut off past its lease (it stops renewing, as a paused or partitioned process
 * does) still holds the board's rooms and their docs as they were; once another process
 * took the board over and wrote its own projections, the old owner's write of the library
 * entry and the action ledger from those stale docs is refused, and the new owner's stand.
 * Two servers on one Postgres schema, as two processes are.
 */
import { describe, expect, it, vi } from 'vitest';
import { addActionItem, roomName } from '@hindsight/shared';
import { createBoard, synced, testContext, WAIT_MS } from '../helpers.ts';

const t = testContext();
const until = { timeout: WAIT_MS, interval: 100 };

describe("an old owner's projections", () => {
  it('are refused once another process took the board over; the new owner’s stand', async () => {
    const storage = await t.storage('postgres');
    // Never renews within the test: its lease runs out while it still serves the board.
    const old = await t.server({ storage, rooms: { leaseRenewMs: 3_600_000 } });
    const next = await t.server({ storage });
    const { store } = old.app;
    const board = await createBoard(old, 'Checkout 5xx');
    const early = t.client(old, roomName(board.id), board.tokens.facilitator);
    await synced(early);
    const first = addActionItem(early.doc, { title: 'Alert on pool saturation' });
    await vi.waitFor(async () => {
      expect((await store.getPostmortem(board.id))?.actionsTotal).toBe(1);
      expect((await store.findAction(first))?.title).toBe('Alert on pool saturation');
    }, until);
    expect(old.app.ownedBoards.holds(board.id)).toBe(true);

    await vi.waitFor(async () => expect(await store.leases.ownerOf(board.id)).toBeNull(), until);
    const late = t.client(next, roomName(board.id), board.tokens.facilitator);
    await synced(late);
    expect(next.app.ownedBoards.holds(board.id)).toBe(true);
    const second = addActionItem(late.doc, { title: 'Page the on-call on saturation' });
    await vi.waitFor(async () => {
      expect((await store.getPostmortem(board.id))?.actionsTotal).toBe(2);
      expect((await store.findAction(second))?.title).toBe('Page the on-call on saturation');
    }, until);

    // The old owner indexes the board from the docs it holds, which lack the new action.
    expect(old.app.rooms.resident(roomName(board.id))).toBeDefined();
    old.app.searchIndexer.schedule(board.id);
    await old.app.searchIndexer.flush(board.id);

    expect((await store.getPostmortem(board.id))?.actionsTotal).toBe(2);
    const rows = await store.listActions({ boardId: board.id }, null, 10);
    expect(rows.map((r) => r.title).sort()).toEqual([
      'Alert on pool saturation',
      'Page the on-call on saturation',
    ]);
  }, 120_000);
});
