import { describe, expect, it } from 'vitest';
import { memberIdOf } from '@hindsight/shared';
import { Admission, ceilingPassed, socketKeys, type AdmissionLimits } from './admission.ts';
import { DEFAULT_SYNC_LIMITS } from './limits.ts';

const LIMITS: AdmissionLimits = {
  connectBurst: 1000,
  connectsPerSecond: 1000,
  maxSockets: 10,
  maxSocketsPerAddress: 6,
  maxSocketsPerBoard: 5,
  maxSocketsPerMember: 2,
};

const KEY = 'k'.repeat(43);
const BOARD = 'AbCdEfGh12345678';
const OTHER = 'ZyXwVuTs98765432';

describe('ceilingPassed', () => {
  const open = { total: 0, address: 0, board: 0, member: 0 };

  it('lets a socket in under every ceiling', () => {
    expect(ceilingPassed(open, LIMITS)).toBeNull();
    expect(ceilingPassed({ total: 9, address: 5, board: 4, member: 1 }, LIMITS)).toBeNull();
  });

  it('names the narrowest ceiling a socket would pass', () => {
    expect(ceilingPassed({ ...open, member: 2 }, LIMITS)).toBe('member');
    expect(ceilingPassed({ ...open, board: 5, member: 2 }, LIMITS)).toBe('member');
    expect(ceilingPassed({ ...open, board: 5 }, LIMITS)).toBe('board');
    expect(ceilingPassed({ ...open, address: 6 }, LIMITS)).toBe('address');
    expect(ceilingPassed({ ...open, total: 10 }, LIMITS)).toBe('server');
  });

  it('by default lets in a meeting of 100 behind one address, each with two tabs of three sockets, and no more than 12 sockets of one browser', () => {
    const meeting = 100 * 2 * 3;
    expect(DEFAULT_SYNC_LIMITS.connectBurst).toBeGreaterThanOrEqual(meeting);
    expect(
      ceilingPassed(
        { total: meeting - 1, address: meeting - 1, board: meeting - 1, member: 5 },
        DEFAULT_SYNC_LIMITS,
      ),
    ).toBeNull();
    expect(ceilingPassed({ total: 0, address: 0, board: 0, member: 12 }, DEFAULT_SYNC_LIMITS)).toBe(
      'member',
    );
  });
});

describe('socketKeys', () => {
  it('reads the board from any of its rooms, and the member id from a well-formed key only', () => {
    expect(socketKeys('10.0.0.1', `${BOARD}/facilitation`, undefined)).toEqual({
      address: '10.0.0.1',
      boardId: BOARD,
      memberId: null,
    });
    expect(socketKeys('10.0.0.1', BOARD, KEY).memberId).toBe(memberIdOf(KEY));
    expect(socketKeys('10.0.0.1', BOARD, 'short').memberId).toBeNull();
    expect(socketKeys('10.0.0.1', '../etc', KEY).boardId).toBeNull();
  });
});

describe('Admission', () => {
  it('counts a member key per board, a board across addresses, and an address across boards', () => {
    const admission = new Admission(LIMITS);
    const member = socketKeys('a', BOARD, KEY);
    expect(typeof admission.enter(member, 0)).toBe('function');
    expect(typeof admission.enter(member, 0)).toBe('function');
    expect(admission.enter(member, 0)).toBe('member');
    // The same key on another board is another member.
    expect(typeof admission.enter(socketKeys('a', OTHER, KEY), 0)).toBe('function');
    // The board takes three more, from any address; then it is full.
    for (const address of ['b', 'c', 'd']) {
      expect(typeof admission.enter(socketKeys(address, BOARD, undefined), 0)).toBe('function');
    }
    expect(admission.enter(socketKeys('e', BOARD, undefined), 0)).toBe('board');
    // Address "a" has 3 open; it may open 3 more on other boards, then no more.
    for (let i = 0; i < 3; i++) {
      expect(typeof admission.enter(socketKeys('a', OTHER, undefined), 0)).toBe('function');
    }
    expect(admission.enter(socketKeys('a', OTHER, undefined), 0)).toBe('address');
    expect(admission.open('a')).toBe(6);
    expect(admission.open()).toBe(9);
  });

  it('gives a place back once when a socket closes, however often it is said', () => {
    const admission = new Admission(LIMITS);
    const keys = socketKeys('a', BOARD, KEY);
    const leave = admission.enter(keys, 0);
    admission.enter(keys, 0);
    expect(admission.enter(keys, 0)).toBe('member');
    if (typeof leave !== 'function') throw new Error('refused');
    leave();
    leave();
    expect(typeof admission.enter(keys, 0)).toBe('function');
    expect(admission.enter(keys, 0)).toBe('member');
    expect(admission.open('a')).toBe(2);
  });

  it('refuses the whole server past its ceiling, whoever knocks', () => {
    const admission = new Admission({ ...LIMITS, maxSocketsPerAddress: 100 });
    for (let i = 0; i < 10; i++)
      admission.enter(socketKeys(`a${i}`, `${i}`.repeat(16), undefined), 0);
    expect(admission.enter(socketKeys('z', OTHER, undefined), 0)).toBe('server');
  });

  it('meters new sockets per address: a burst, then the rate, even when each closes at once', () => {
    const admission = new Admission({ ...LIMITS, connectBurst: 3, connectsPerSecond: 2 });
    const knock = (address: string, now: number) => {
      const entered = admission.enter(socketKeys(address, BOARD, undefined), now);
      if (typeof entered === 'function') entered();
      return typeof entered === 'function' ? 'in' : entered;
    };
    expect([0, 0, 0, 0].map((now) => knock('a', now))).toEqual(['in', 'in', 'in', 'rate']);
    expect(knock('b', 0)).toBe('in');
    expect(knock('a', 500)).toBe('in');
    expect(knock('a', 500)).toBe('rate');
  });
});
