/**
 * Everything an owner stores of a board beside its docs is fenced as its docs are: the
 * history's versions (kept and thinned), the attendance (the name a member shows), the
 * phase the board list shows, the library's entry, the action ledger's rows and the
 * actions' history.
 * A write carrying the epoch of a lease that was taken over since is refused and writes
 * nothing, on both stores; a write without a fence (not made for a board's owner) is not.
 */
import { describe, expect, it } from 'vitest';
import { StaleLeaseError, type Fence } from '../../src/cluster/leases.ts';
import type { HistoryRecord } from '../../src/ledger/ledgerStore.ts';
import { testEntry } from '../../src/search/testEntry.ts';
import { STORE_KINDS, testContext } from '../helpers.ts';
import { row } from '../ledgerContract.ts';
import { board, noRooms, tokens } from '../store/fixtures.ts';

const t = testContext();
const owner = { id: 'process-a', address: 'http://127.0.0.1:1001' };

const version = (boardId: string, id: string, takenAt: number) => ({
  id,
  boardId,
  takenAt,
  reason: 'edits' as const,
  label: `at ${takenAt}`,
  schemaVersion: 2,
  digest: {},
});

const action = (boardId: string, title: string) => row(boardId, { actionId: 'a1', title });

const statusChange = (boardId: string, to: string): HistoryRecord => ({
  boardId,
  actionId: 'a1',
  at: 1000,
  field: 'status',
  from: 'open',
  to,
  byKind: 'member',
  byId: 'm1',
  byName: null,
  via: 'board',
});

describe.each(STORE_KINDS)('fenced board records on %s', (kind) => {
  async function ownedBoard() {
    const storage = await t.storage(kind);
    const store = await storage.open();
    t.defer(() => store.close());
    const { id } = board();
    await store.createBoard(board(id), tokens, noRooms);
    await store.registerMember(id, 'm1', 'participant', 10);
    await store.leases.claim(id, owner, 60_000);
    const old: Fence = { boardId: id, epoch: 1 };
    return { store, id, old };
  }

  it("a version is kept and thinned under the lease's epoch, and refused under an older one", async () => {
    const { store, id, old } = await ownedBoard();
    await store.addVersion(version(id, 'v1', 1000), Uint8Array.of(1), old);
    await store.addVersion(version(id, 'v2', 2000), Uint8Array.of(2), old);
    await store.deleteVersions(id, ['v1'], old);
    expect((await store.listVersions(id)).map((v) => v.id)).toEqual(['v2']);

    // Another claim (a takeover) moves the epoch on: the old owner's writes change nothing.
    await store.leases.claim(id, owner, 60_000);
    await expect(store.addVersion(version(id, 'v3', 3000), Uint8Array.of(3), old)).rejects.toThrow(
      StaleLeaseError,
    );
    await expect(store.deleteVersions(id, ['v2'], old)).rejects.toThrow(StaleLeaseError);
    expect((await store.listVersions(id)).map((v) => v.id)).toEqual(['v2']);
    await store.addVersion(version(id, 'v4', 4000), Uint8Array.of(4), { boardId: id, epoch: 2 });
    expect((await store.listVersions(id)).map((v) => v.id)).toEqual(['v4', 'v2']);
  });

  it("a member's name is recorded under the lease's epoch, and refused under an older one", async () => {
    const { store, id, old } = await ownedBoard();
    await store.nameMember(id, 'm1', 'Ana', old);
    await store.leases.claim(id, owner, 60_000);
    await expect(store.nameMember(id, 'm1', 'Someone else', old)).rejects.toThrow(StaleLeaseError);
    expect((await store.listMembers(id)).map((m) => m.name)).toEqual(['Ana']);
    // Unfenced (a write not made for the board's owner): stored.
    await store.nameMember(id, 'm1', 'Ana B');
    expect((await store.listMembers(id)).map((m) => m.name)).toEqual(['Ana B']);
  });

  it("the board's phase is recorded under the lease's epoch, and refused under an older one", async () => {
    const { store, id, old } = await ownedBoard();
    const phaseOf = async () => (await store.listBoards(null, 100)).find((b) => b.id === id)?.phase;
    await store.setBoardPhase(id, 'Voting', old);
    await store.leases.claim(id, owner, 60_000);
    await expect(store.setBoardPhase(id, 'Brainstorm', old)).rejects.toThrow(StaleLeaseError);
    expect(await phaseOf()).toBe('Voting');
    await store.setBoardPhase(id, 'Actions', { boardId: id, epoch: 2 });
    expect(await phaseOf()).toBe('Actions');
  });

  it("the library's entry is written under the lease's epoch, and refused under an older one", async () => {
    const { store, id, old } = await ownedBoard();
    const titleOf = async () => (await store.getPostmortem(id))?.title;
    await store.putPostmortem(
      testEntry(id, { title: 'Checkout outage' }),
      1000,
      undefined,
      1000,
      old,
    );
    await store.leases.claim(id, owner, 60_000);
    await expect(
      store.putPostmortem(testEntry(id, { title: 'Stale' }), 2000, undefined, 2000, old),
    ).rejects.toThrow(StaleLeaseError);
    expect(await titleOf()).toBe('Checkout outage');
    const now: Fence = { boardId: id, epoch: 2 };
    await store.putPostmortem(testEntry(id, { title: 'Checkout' }), 3000, undefined, 3000, now);
    expect(await titleOf()).toBe('Checkout');
  });

  it("the action ledger's rows and history are written under the lease's epoch, and refused under an older one", async () => {
    const { store, id, old } = await ownedBoard();
    await store.putPostmortem(testEntry(id), 1000);
    const titleOf = async () => (await store.findAction('a1'))?.title;
    await store.replaceBoardActions(id, [action(id, 'Add an alert')], old);
    await store.appendHistory([statusChange(id, 'in progress')], old);
    await store.leases.claim(id, owner, 60_000);
    await expect(store.replaceBoardActions(id, [action(id, 'Stale')], old)).rejects.toThrow(
      StaleLeaseError,
    );
    await expect(store.replaceBoardActions(id, [], old)).rejects.toThrow(StaleLeaseError);
    await expect(store.appendHistory([statusChange(id, 'done')], old)).rejects.toThrow(
      StaleLeaseError,
    );
    expect(await titleOf()).toBe('Add an alert');
    expect((await store.actionHistory(id, 'a1')).map((r) => r.to)).toEqual(['in progress']);
    const now: Fence = { boardId: id, epoch: 2 };
    await store.replaceBoardActions(id, [action(id, 'Add a pager alert')], now);
    await store.appendHistory([statusChange(id, 'done')], now);
    expect(await titleOf()).toBe('Add a pager alert');
    expect((await store.actionHistory(id, 'a1')).map((r) => r.to)).toEqual(['in progress', 'done']);
  });
});
