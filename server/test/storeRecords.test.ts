/**
 * The store contract, what it keeps beside the docs: the anonymity lock, attendees,
 * members, secrets, the probe write, and all of it across a reopen. Run against SQLite
 * and Postgres alike.
 */
import { describe, expect, it } from 'vitest';
import { STORE_KINDS, testContext } from './helpers.ts';
import { board, bytes, contractStores, newDoc, noRooms, tokens } from './store/fixtures.ts';

const t = testContext();

describe.each(STORE_KINDS)('store contract on %s', (kind) => {
  const { open, fresh } = contractStores(t, kind);

  it('locks anonymity once and for good, per board', async () => {
    const store = await fresh();
    const [x, y] = [board(), board()];
    await store.createBoard(x, tokens, noRooms);
    await store.createBoard(y, tokens, noRooms);
    expect(await store.isAnonymityLocked(x.id)).toBe(false);
    await store.lockAnonymity(x.id);
    await store.lockAnonymity(x.id);
    expect(await store.isAnonymityLocked(x.id)).toBe(true);
    expect(await store.isAnonymityLocked(y.id)).toBe(false);
  });

  it('records each attendee once, in the order they first came', async () => {
    const store = await fresh();
    const b = board();
    await store.createBoard(b, tokens, noRooms);
    await store.recordAttendee(b.id, 'participant', 'Zoe');
    await store.recordAttendee(b.id, 'facilitator', 'Ana');
    await store.recordAttendee(b.id, 'participant', 'Zoe');
    await store.recordAttendee(b.id, 'observer', 'Zoe');
    expect(await store.listAttendees(b.id)).toEqual([
      { role: 'participant', name: 'Zoe' },
      { role: 'facilitator', name: 'Ana' },
      { role: 'observer', name: 'Zoe' },
    ]);
  });

  it('registers members up to a cap per role, removed ones counting, and two processes together stay under it', async () => {
    const a = await fresh();
    const b = board();
    await a.createBoard(b, tokens, noRooms);
    const first = await a.registerMember(b.id, 'm1', 'participant', 2);
    expect(first).toMatchObject({
      memberId: 'm1',
      role: 'participant',
      name: null,
      removed: false,
    });
    // A known member is returned unchanged, whatever role or limit it is asked with.
    expect(await a.registerMember(b.id, 'm1', 'observer', 0)).toEqual(first);
    expect(await a.registerMember(b.id, 'm2', 'participant', 2)).not.toBeNull();
    expect(await a.registerMember(b.id, 'm3', 'participant', 2)).toBeNull();
    expect(await a.registerMember(b.id, 'o1', 'observer', 2)).not.toBeNull();

    expect(await a.removeMember(b.id, 'm2')).toBe(true);
    expect(await a.removeMember(b.id, 'nobody')).toBe(false);
    // Removing a member frees no place: removals cannot be used to mint more members.
    expect(await a.registerMember(b.id, 'm3', 'participant', 2)).toBeNull();
    await a.nameMember(b.id, 'm1', 'Ana');
    expect(
      (await a.listMembers(b.id)).map(({ memberId, role, name, removed }) => ({
        memberId,
        role,
        name,
        removed,
      })),
    ).toEqual([
      { memberId: 'm1', role: 'participant', name: 'Ana', removed: false },
      { memberId: 'm2', role: 'participant', name: null, removed: true },
      { memberId: 'o1', role: 'observer', name: null, removed: false },
    ]);

    const other = board();
    await a.createBoard(other, tokens, noRooms);
    const second = await open();
    const keys = Array.from({ length: 12 }, (_, i) => `k${i}`);
    const results = await Promise.all(
      keys.map((key, i) => (i % 2 ? a : second).registerMember(other.id, key, 'participant', 5)),
    );
    expect(results.filter((r) => r !== null)).toHaveLength(5);
    expect(await a.listMembers(other.id)).toHaveLength(5);
    expect(await a.listMembers(b.id)).toHaveLength(3);
  });

  it('keeps a secret across restarts, and two processes asking at once agree', async () => {
    const a = await fresh();
    const b = await open();
    const [first, second] = await Promise.all([a.secret('export'), b.secret('export')]);
    expect(first).toHaveLength(32);
    expect(second).toEqual(first);
    expect(await a.secret('other')).not.toEqual(first);
    await a.close();
    const reopened = await open();
    expect(await reopened.secret('export')).toEqual(first);
  });

  it('takes a probe write again and again, and fails it once closed', async () => {
    const store = await fresh();
    await store.probeWrite();
    await store.probeWrite();
    await store.close();
    await expect(store.probeWrite()).rejects.toThrow();
  });

  it('keeps everything across a close and a reopen', async () => {
    const store = await fresh();
    const b = board();
    await store.createBoard(b, tokens, new Map([[b.id, newDoc(1)]]));
    await store.appendUpdates(b.id, [bytes(2)]);
    await store.lockAnonymity(b.id);
    await store.close();
    const again = await open();
    expect(await again.getBoard(b.id)).toEqual(b);
    expect(await again.loadDoc(b.id)).toEqual({
      snapshot: bytes(1),
      updates: [bytes(2)],
      lastSeq: 1,
      schemaVersion: 2,
    });
    expect(await again.isAnonymityLocked(b.id)).toBe(true);
  });
});
