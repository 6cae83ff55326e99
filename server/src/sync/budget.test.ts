import { describe, expect, it } from 'vitest';
import { CloseCode } from '@hindsight/shared';
import { ConnectionBudget, fitsThisTurn, kindOf } from './budget.ts';
import { DEFAULT_SYNC_LIMITS } from './limits.ts';

const SYNC_REQUEST = Uint8Array.of(0, 0, 1, 0);
const UPDATE = Uint8Array.of(0, 2, 2, 0, 0);
const QUERY = Uint8Array.of(3);
const presence = (bytes: number) => new Uint8Array(bytes).fill(1);

describe('connection budget', () => {
  it('tells the kinds of message apart from their first bytes', () => {
    expect(kindOf(SYNC_REQUEST)).toBe('sync-request');
    expect(kindOf(UPDATE)).toBe('other');
    expect(kindOf(QUERY)).toBe('query');
    expect(kindOf(presence(3))).toBe('presence');
  });

  it('allows a handshake and a few re-syncs, then one every ten seconds', () => {
    const budget = new ConnectionBudget({ ...DEFAULT_SYNC_LIMITS, syncBurst: 2 }, 0);
    expect(budget.admit(SYNC_REQUEST, 3, 0)).toBeNull();
    expect(budget.admit(SYNC_REQUEST, 3, 0)).toBeNull();
    expect(budget.admit(SYNC_REQUEST, 3, 0)).toEqual({
      code: CloseCode.TooManyMessages,
      reason: 'too many sync requests',
    });
    expect(budget.admit(SYNC_REQUEST, 3, 10_000)).toBeNull();
    // Updates are not sync requests: they count against the message rate only.
    for (let i = 0; i < 100; i++) expect(budget.admit(UPDATE, 3, 10_000)).toBeNull();
  });

  it('limits presence queries', () => {
    const budget = new ConnectionBudget({ ...DEFAULT_SYNC_LIMITS, presenceQueryBurst: 1 }, 0);
    expect(budget.admit(QUERY, 0, 0)).toBeNull();
    expect(budget.admit(QUERY, 0, 0)?.reason).toBe('too many presence queries');
  });

  it('charges a presence update its size times the peers it goes to', () => {
    const budget = new ConnectionBudget(
      {
        ...DEFAULT_SYNC_LIMITS,
        presenceFanoutBurstBytes: 100_000,
        presenceFanoutBytesPerSecond: 10_000,
      },
      0,
    );
    expect(budget.admit(presence(1000), 50, 0)).toBeNull();
    expect(budget.admit(presence(1000), 50, 0)).toBeNull();
    expect(budget.admit(presence(1000), 50, 0)?.reason).toBe('too much presence');
    expect(budget.admit(presence(1000), 5, 500)).toBeNull();
  });

  it('handles a connection’s messages up to 256 KiB per turn; the rest waits, behind what already waits', () => {
    const KIB = 1024;
    expect(fitsThisTurn(0, 0)).toBe(true);
    // A message that starts within the turn is handled whole, however large.
    expect(fitsThisTurn(256 * KIB - 1, 0)).toBe(true);
    expect(fitsThisTurn(256 * KIB, 0)).toBe(false);
    expect(fitsThisTurn(1024 * KIB, 0)).toBe(false);
    // Messages keep their order: one waiting makes the next wait too.
    expect(fitsThisTurn(0, 1)).toBe(false);
    // Changes of 100 KiB: three in the first turn (0, 100, 200 KiB before each).
    let turn = 0;
    let handled = 0;
    for (let i = 0; i < 5 && fitsThisTurn(turn, 0); i++) {
      turn += 100 * KIB;
      handled++;
    }
    expect(handled).toBe(3);
  });
});
