import type { FastifyBaseLogger } from 'fastify';
import { describe, expect, it } from 'vitest';
import { localLeases } from './leases.ts';
import { isPredecessor, OwnedBoards } from './ownedBoards.ts';

const quiet = () => undefined;
const log = {
  error: quiet,
  warn: quiet,
  info: quiet,
  debug: quiet,
} as unknown as FastifyBaseLogger;
const address = 'http://10.0.0.1:3000';

describe('a process started on a dead one’s port', () => {
  it('takes over the boards the dead run held at its address, at once', async () => {
    const leases = localLeases();
    const dead = new OwnedBoards({ leases, log, address });
    const fence = await dead.hold('x');
    expect(fence?.epoch).toBe(1);
    // Killed: its lease is not released and has not run out.
    const replacement = new OwnedBoards({ leases, log, address });
    expect(await replacement.hold('x')).toEqual({ boardId: 'x', epoch: 2 });
    expect(await leases.ownerOf('x')).toEqual({ id: replacement.id, address });
  });

  it('leaves a live owner at another address alone', async () => {
    const leases = localLeases();
    const owner = new OwnedBoards({ leases, log, address: 'http://10.0.0.2:3000' });
    await owner.hold('x');
    const other = new OwnedBoards({ leases, log, address });
    expect(await other.hold('x')).toBeNull();
    expect((await leases.ownerOf('x'))?.id).toBe(owner.id);
  });

  it('is the rule: same address, another run; never without an address', () => {
    const self = { id: 'b', address };
    expect(isPredecessor({ id: 'a', address }, self)).toBe(true);
    expect(isPredecessor({ id: 'b', address }, self)).toBe(false);
    expect(isPredecessor({ id: 'a', address: 'http://10.0.0.2:3000' }, self)).toBe(false);
    expect(isPredecessor({ id: 'a', address: '' }, { id: 'b', address: '' })).toBe(false);
  });
});
