import { describe, expect, it } from 'vitest';
import { claimed, fenceHolds, heldByOther, localLeases, type LeaseRow } from './leases.ts';

const a = { id: 'a', address: 'http://10.0.0.1:3000' };
const b = { id: 'b', address: 'http://10.0.0.2:3000' };
const row = (over: Partial<LeaseRow> = {}): LeaseRow => ({
  ownerId: 'a',
  address: a.address,
  epoch: 4,
  expiresAt: 1000,
  ...over,
});

describe('board lease rules', () => {
  it('a live lease of another owner is not taken', () => {
    expect(heldByOther(row(), 'b', 999)).toBe(true);
    expect(claimed(row(), b, 999, 3000)).toBeNull();
  });

  it('an expired lease is taken over with the next epoch', () => {
    expect(heldByOther(row(), 'b', 1000)).toBe(false);
    expect(claimed(row(), b, 1000, 3000)).toEqual({
      ownerId: 'b',
      address: b.address,
      epoch: 5,
      expiresAt: 4000,
    });
  });

  it('the first claim has epoch 1, and the owner itself claiming again moves the epoch on', () => {
    expect(claimed(undefined, a, 0, 3000)?.epoch).toBe(1);
    expect(claimed(row(), a, 10, 3000)?.epoch).toBe(5);
  });

  it('a write is fenced unless the lease is at its very epoch', () => {
    expect(fenceHolds(row(), { boardId: 'x', epoch: 4 })).toBe(true);
    expect(fenceHolds(row(), { boardId: 'x', epoch: 3 })).toBe(false);
    expect(fenceHolds(undefined, { boardId: 'x', epoch: 4 })).toBe(false);
  });
});

describe('leases in memory', () => {
  it('keeps a board with one owner until its lease expires or is released', async () => {
    let now = 0;
    const leases = localLeases(() => now);
    expect(await leases.claim('x', a, 3000)).toEqual({ kind: 'owned', epoch: 1 });
    expect(await leases.claim('x', b, 3000)).toEqual({ kind: 'elsewhere', owner: a });
    now = 2000;
    expect(await leases.renew(a, [{ boardId: 'x', epoch: 1 }], 3000)).toEqual(new Set(['x']));
    now = 4000;
    expect(await leases.ownerOf('x')).toEqual(a);
    now = 5000;
    expect(await leases.claim('x', b, 3000)).toEqual({ kind: 'owned', epoch: 2 });
    expect(leases.holds({ boardId: 'x', epoch: 1 })).toBe(false);
    expect(await leases.renew(a, [{ boardId: 'x', epoch: 1 }], 3000)).toEqual(new Set());
    await leases.release(b, { boardId: 'x', epoch: 2 });
    expect(await leases.ownerOf('x')).toBeNull();
    expect(await leases.claim('x', a, 3000)).toEqual({ kind: 'owned', epoch: 3 });
  });
});
