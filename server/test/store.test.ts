/**
 * The store contract, boards and their docs: one suite, run against SQLite and Postgres
 * alike. "Two processes" are two store instances on the same storage, each with its own
 * connections. What else the store keeps is in storeRecords.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { STORE_KINDS, testContext } from './helpers.ts';
import { board, bytes, contractStores, newDoc, noRooms, tokens } from './store/fixtures.ts';

const t = testContext();

describe.each(STORE_KINDS)('store contract on %s', (kind) => {
  const { open, fresh } = contractStores(t, kind);

  it('creates a board with its tokens and first rooms in one transaction', async () => {
    const store = await fresh();
    const b = board();
    await store.createBoard(b, tokens, new Map([[b.id, newDoc(1, 2, 3)]]));
    expect(await store.getBoard(b.id)).toEqual(b);
    expect(await store.getBoard('nope')).toBeNull();
    expect(new Set(await store.getTokens(b.id))).toEqual(new Set(tokens));
    expect(await store.loadDoc(b.id)).toEqual({
      snapshot: bytes(1, 2, 3),
      updates: [],
      lastSeq: 0,
      schemaVersion: 2,
    });

    // The same id again fails as a whole: no token and no room of the second attempt stays.
    const again = { ...b, title: 'Again' };
    await expect(
      store.createBoard(
        again,
        [{ role: 'observer', hash: 'x'.repeat(64) }],
        new Map([[`${b.id}/facilitation`, newDoc(9)]]),
      ),
    ).rejects.toThrow();
    expect(await store.getBoard(b.id)).toEqual(b);
    expect(new Set(await store.getTokens(b.id))).toEqual(new Set(tokens));
    expect((await store.loadDoc(`${b.id}/facilitation`)).snapshot).toBeNull();
  });

  it("replaces one role's token and leaves the others", async () => {
    const store = await fresh();
    const b = board();
    await store.createBoard(b, tokens, noRooms);
    await store.setToken(b.id, { role: 'participant', hash: 'n'.repeat(64) });
    expect(new Set(await store.getTokens(b.id))).toEqual(
      new Set([tokens[0], { role: 'participant', hash: 'n'.repeat(64) }, tokens[2]]),
    );
  });

  it("numbers each room's updates 1, 2, 3… whatever other rooms do", async () => {
    const store = await fresh();
    expect(await store.loadDoc('r1')).toEqual({
      snapshot: null,
      updates: [],
      lastSeq: 0,
      schemaVersion: null,
    });
    expect(await store.appendUpdates('r1', [bytes(1)])).toBe(1);
    expect(await store.appendUpdates('r2', [bytes(7)])).toBe(1);
    expect(await store.appendUpdates('r1', [bytes(2), bytes(3)])).toBe(3);
    expect(await store.appendUpdates('r2', [bytes(8)])).toBe(2);
    expect(await store.loadDoc('r1')).toEqual({
      snapshot: null,
      updates: [bytes(1), bytes(2), bytes(3)],
      lastSeq: 3,
      schemaVersion: null,
    });
    expect(await store.countUpdates('r1')).toBe(3);
  });

  it('gives two processes appending to one room consecutive numbers and loses nothing', async () => {
    const a = await fresh();
    const b = await open();
    const appends = Array.from({ length: 40 }, (_, i) =>
      (i % 2 === 0 ? a : b).appendUpdates('shared', [bytes(i), bytes(100 + i)]),
    );
    const lasts = await Promise.all(appends);
    // Each batch got two consecutive numbers, and the batches tile 1..80 exactly.
    expect([...lasts].sort((x, y) => x - y)).toEqual(
      Array.from({ length: 40 }, (_, i) => 2 * (i + 1)),
    );
    const loaded = await a.loadDoc('shared');
    expect(loaded.lastSeq).toBe(80);
    expect(loaded.updates).toHaveLength(80);
    // Batches stay whole and in commit order: each x is followed by its 100 + x.
    for (let i = 0; i < 80; i += 2)
      expect(loaded.updates[i + 1]![0]).toBe(loaded.updates[i]![0]! + 100);
  });

  it('folds the log into a snapshot up to a number and keeps what came after', async () => {
    const store = await fresh();
    for (let i = 1; i <= 5; i++) await store.appendUpdates('room', [bytes(i)]);
    await store.writeSnapshot('room', bytes(1, 2, 3), 3, 3);
    expect(await store.loadDoc('room')).toEqual({
      snapshot: bytes(1, 2, 3),
      updates: [bytes(4), bytes(5)],
      lastSeq: 5,
      schemaVersion: 3,
    });
    expect(await store.countUpdates('room')).toBe(2);
    // Numbering goes on after the folded rows.
    expect(await store.appendUpdates('room', [bytes(6)])).toBe(6);
  });

  it('never replaces a snapshot with one that covers less', async () => {
    const store = await fresh();
    for (let i = 1; i <= 6; i++) await store.appendUpdates('room', [bytes(i)]);
    await store.writeSnapshot('room', bytes(1, 2, 3, 4, 5), 5, 3);
    // A slower writer that had seen up to 2 only: neither its snapshot nor its fold apply.
    await store.writeSnapshot('room', bytes(1, 2), 2, 2);
    expect(await store.loadDoc('room')).toEqual({
      snapshot: bytes(1, 2, 3, 4, 5),
      updates: [bytes(6)],
      lastSeq: 6,
      schemaVersion: 3,
    });
  });

  it('lists rooms by a literal prefix', async () => {
    const store = await fresh();
    const b = board('b_1%');
    await store.createBoard(b, tokens, new Map([[b.id, newDoc(1)]]));
    await store.appendUpdates(`${b.id}/private-a`, [bytes(1)]);
    await store.writeSnapshot(`${b.id}/private-b`, bytes(2), 0, 3);
    await store.appendUpdates('bx1z/private-c', [bytes(1)]);
    await store.appendUpdates('b_1%x/private-d', [bytes(1)]);
    expect((await store.listRooms(`${b.id}/private-`)).sort()).toEqual([
      `${b.id}/private-a`,
      `${b.id}/private-b`,
    ]);
  });

  it('sums the stored bytes of each room by a literal prefix, snapshot and log rows', async () => {
    const store = await fresh();
    const b = board('b_2%');
    await store.createBoard(b, tokens, new Map([[b.id, newDoc(1, 2, 3)]]));
    await store.appendUpdates(b.id, [bytes(1, 2), bytes(3)]);
    await store.appendUpdates(`${b.id}/private-a`, [bytes(1, 2, 3, 4)]);
    await store.writeSnapshot(`${b.id}/facilitation`, bytes(5, 6), 0, 3);
    await store.appendUpdates('b_2x/private-d', [bytes(1)]);
    await store.appendUpdates('bx2%', [bytes(1)]);
    expect(await store.roomSizes(b.id)).toEqual(
      new Map([
        [b.id, 6],
        [`${b.id}/private-a`, 4],
        [`${b.id}/facilitation`, 2],
      ]),
    );
    expect(await store.roomSizes('nothing-here')).toEqual(new Map());
  });
});
