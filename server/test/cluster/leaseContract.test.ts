/**
 * The leases and fenced writes of the store contract, on both stores. On Postgres "two
 * processes" are two stores on one database, and a lease's expiry is the database's
 * clock's: a short lease is let run out. SQLite keeps its leases in memory, per process.
 */
import { describe, expect, it } from 'vitest';
import { StaleLeaseError, type Fence } from '../../src/cluster/leases.ts';
import { STORE_KINDS, testContext } from '../helpers.ts';
import { bytes, contractStores } from '../store/fixtures.ts';

const t = testContext();
const a = { id: 'process-a', address: 'http://127.0.0.1:1001' };
const b = { id: 'process-b', address: 'http://127.0.0.1:1002' };

/** Waits until the database's clock has passed a lease of `ms` taken now. */
const expire = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms + 20));

describe.each(STORE_KINDS)('board leases on %s', (kind) => {
  const { open, fresh } = contractStores(t, kind);

  it('a write carrying the current epoch is stored; one carrying an older epoch is refused', async () => {
    const store = await fresh();
    const first = await store.leases.claim('b1', a, 60_000);
    expect(first).toEqual({ kind: 'owned', epoch: 1 });
    const old: Fence = { boardId: 'b1', epoch: 1 };
    expect(await store.appendUpdates('b1', [bytes(1)], old)).toBe(1);
    await store.writeSnapshot('b1', bytes(1), 1, 3, old);

    // The same process claims again (a room reopened): the earlier epoch is stale now.
    expect(await store.leases.claim('b1', a, 60_000)).toEqual({ kind: 'owned', epoch: 2 });
    await expect(store.appendUpdates('b1/facilitation', [bytes(2)], old)).rejects.toThrow(
      StaleLeaseError,
    );
    await expect(store.writeSnapshot('b1', bytes(9), 5, 3, old)).rejects.toThrow(StaleLeaseError);
    expect(await store.loadDoc('b1')).toMatchObject({
      snapshot: bytes(1),
      updates: [],
      lastSeq: 1,
    });
    expect(await store.loadDoc('b1/facilitation')).toMatchObject({ updates: [], lastSeq: 0 });

    // A write fenced for a board nobody claimed is refused too; an unfenced one is not.
    await expect(
      store.appendUpdates('b2', [bytes(1)], { boardId: 'b2', epoch: 1 }),
    ).rejects.toThrow(StaleLeaseError);
    expect(await store.appendUpdates('b2', [bytes(1)])).toBe(1);
  });

  it('a released lease is taken at once by the next claim, with the next epoch', async () => {
    const store = await fresh();
    await store.leases.claim('b1', a, 60_000);
    await store.leases.release(a, { boardId: 'b1', epoch: 1 });
    expect(await store.leases.ownerOf('b1')).toBeNull();
    expect(await store.leases.claim('b1', b, 60_000)).toEqual({ kind: 'owned', epoch: 2 });
  });

  it("a dead owner's lease is ended at once, and only that owner's", async () => {
    const store = await fresh();
    await store.leases.claim('b1', a, 60_000);
    await store.leases.claim('b2', a, 60_000);
    expect(await store.leases.ownersOf(['b1', 'b2', 'b3'])).toEqual(
      new Map([
        ['b1', a],
        ['b2', a],
      ]),
    );
    // Found dead by another process: the board is free for the next claim, with a new epoch.
    await store.leases.endDead('b1', a);
    expect(await store.leases.ownerOf('b1')).toBeNull();
    expect(await store.leases.claim('b1', b, 60_000)).toEqual({ kind: 'owned', epoch: 2 });
    // A report about an owner that no longer holds the board changes nothing.
    await store.leases.endDead('b1', a);
    expect(await store.leases.ownersOf(['b1', 'b2'])).toEqual(
      new Map([
        ['b1', b],
        ['b2', a],
      ]),
    );
    await expect(
      store.appendUpdates('b1', [bytes(1)], { boardId: 'b1', epoch: 1 }),
    ).rejects.toThrow(StaleLeaseError);
  });

  if (kind === 'postgres') {
    it('two processes: one owns the board until its lease expires, then the other takes it over', async () => {
      const first = await fresh();
      const second = await open();
      expect(await first.leases.claim('b1', a, 400)).toEqual({ kind: 'owned', epoch: 1 });
      expect(await second.leases.claim('b1', b, 400)).toEqual({ kind: 'elsewhere', owner: a });
      expect(await second.leases.ownerOf('b1')).toEqual(a);
      await expect(first.leases.renew(a, [{ boardId: 'b1', epoch: 1 }], 400)).resolves.toEqual(
        new Set(['b1']),
      );

      await expire(400);
      expect(await second.leases.ownerOf('b1')).toBeNull();
      expect(await second.leases.claim('b1', b, 60_000)).toEqual({ kind: 'owned', epoch: 2 });
      expect(await second.appendUpdates('b1', [bytes(7)], { boardId: 'b1', epoch: 2 })).toBe(1);

      // The old owner wakes up: its renewal finds the lease gone and its writes are refused.
      expect(await first.leases.renew(a, [{ boardId: 'b1', epoch: 1 }], 400)).toEqual(new Set());
      await expect(
        first.appendUpdates('b1', [bytes(8)], { boardId: 'b1', epoch: 1 }),
      ).rejects.toThrow(StaleLeaseError);
      expect(await second.loadDoc('b1')).toMatchObject({ updates: [bytes(7)], lastSeq: 1 });
    });

    it('a takeover committed while an old write waits for the lease row refuses that write', async () => {
      const first = await fresh();
      const second = await open();
      await first.leases.claim('b1', a, 60_000);
      // Many fenced appends of the old owner race one takeover: each is either stored
      // before the takeover, or refused after it; none lands under the new epoch.
      const writes = Array.from({ length: 20 }, (_, i) =>
        first.appendUpdates('b1', [bytes(i)], { boardId: 'b1', epoch: 1 }).then(
          (seq) => ({ seq }),
          (err: unknown) => ({ err }),
        ),
      );
      await second.leases.release(a, { boardId: 'b1', epoch: 1 });
      const taken = await second.leases.claim('b1', b, 60_000);
      const before = (await second.loadDoc('b1')).lastSeq;
      const outcomes = await Promise.all(writes);
      const stored = outcomes.filter((o) => 'seq' in o).length;
      for (const o of outcomes) if ('err' in o) expect(o.err).toBeInstanceOf(StaleLeaseError);
      expect(taken).toEqual({ kind: 'owned', epoch: 2 });
      expect((await second.loadDoc('b1')).lastSeq).toBe(before);
      expect(before).toBe(stored);
    });
  }
});
