/**
 * Who may open a sync socket now: the door before the token is checked. A meeting behind
 * one address (an office NAT, a proxy without TRUST_PROXY) opens a few hundred sockets at
 * once and must all get in; a script opening thousands must not. So sockets are counted
 * while open, per address, per board, per member key and for the whole server, each with
 * its ceiling, and new sockets per address are metered by a token bucket (a loop that
 * opens and closes stays under the ceilings but not under the rate).
 *
 * A refused socket is closed with 4430 and a reason naming what was full; the browser
 * shows it and knocks again later (`admissionRetryMs`).
 */
import { MemberKeySchema, memberIdOf, parseRoom } from '@hindsight/shared';
import { BucketMap } from './limits.ts';

export interface AdmissionLimits {
  /** New sockets one address may open in a burst, and per second after it. */
  readonly connectBurst: number;
  readonly connectsPerSecond: number;
  /** Sockets open at once: on the whole server, from one address, to one board, per member key. */
  readonly maxSockets: number;
  readonly maxSocketsPerAddress: number;
  readonly maxSocketsPerBoard: number;
  readonly maxSocketsPerMember: number;
}

/** What a socket is counted under: its address, and the board and member its request names. */
export interface SocketKeys {
  readonly address: string;
  /** The board its room names; null for a room name that names none (refused later, 4400). */
  readonly boardId: string | null;
  /** The member id of its member key; null without a well-formed one. */
  readonly memberId: string | null;
}

/** Sockets open now under a new socket's keys, itself not included. */
export interface OpenCounts {
  readonly total: number;
  readonly address: number;
  readonly board: number;
  readonly member: number;
}

export type Refusal = 'rate' | 'server' | 'address' | 'board' | 'member';

/** The close reason for each refusal: short (a close reason holds 123 bytes), and plain. */
export const REFUSAL_REASONS: Readonly<Record<Refusal, string>> = {
  rate: 'too many new connections from this address; retry shortly',
  server: 'the server has as many connections as it takes; retry shortly',
  address: 'too many connections from this address; retry shortly',
  board: 'this board has as many connections as it takes; retry shortly',
  member: 'too many connections for this browser on this board',
};

/**
 * Which ceiling one more socket would pass, the narrowest first (a member's, then the
 * board's, the address's, the server's); null when it fits under all of them.
 */
export function ceilingPassed(open: OpenCounts, limits: AdmissionLimits): Refusal | null {
  if (open.member >= limits.maxSocketsPerMember) return 'member';
  if (open.board >= limits.maxSocketsPerBoard) return 'board';
  if (open.address >= limits.maxSocketsPerAddress) return 'address';
  if (open.total >= limits.maxSockets) return 'server';
  return null;
}

/** The keys of an upgrade request: its address, and what its room and member key name. */
export function socketKeys(
  address: string,
  room: string,
  memberKey: string | undefined,
): SocketKeys {
  const boardId = parseRoom(room)?.boardId ?? null;
  const memberId = MemberKeySchema.safeParse(memberKey).success ? memberIdOf(memberKey!) : null;
  return { address, boardId, memberId };
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}

/** The open sockets, counted under their keys; one per server. */
export class Admission {
  private readonly rate: BucketMap;
  private total = 0;
  private readonly byAddress = new Map<string, number>();
  private readonly byBoard = new Map<string, number>();
  /** By board and member id: a member key is one browser on one board. */
  private readonly byMember = new Map<string, number>();

  constructor(private readonly limits: AdmissionLimits) {
    this.rate = new BucketMap(limits.connectBurst, limits.connectsPerSecond);
  }

  /**
   * Lets a socket in, counting it until the returned function is called (once, when it
   * closes), or says why not. A refused socket takes nothing but a token of its address's
   * rate.
   */
  enter(keys: SocketKeys, now: number): (() => void) | Refusal {
    if (!this.rate.take(keys.address, now)) return 'rate';
    const memberKey = keys.memberId === null ? null : `${keys.boardId}/${keys.memberId}`;
    const refusal = ceilingPassed(
      {
        total: this.total,
        address: this.byAddress.get(keys.address) ?? 0,
        board: keys.boardId === null ? 0 : (this.byBoard.get(keys.boardId) ?? 0),
        member: memberKey === null ? 0 : (this.byMember.get(memberKey) ?? 0),
      },
      this.limits,
    );
    if (refusal) return refusal;
    this.count(keys, memberKey, 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.count(keys, memberKey, -1);
    };
  }

  /** Sockets open now: on the server, or from one address. */
  open(address?: string): number {
    return address === undefined ? this.total : (this.byAddress.get(address) ?? 0);
  }

  private count(keys: SocketKeys, memberKey: string | null, by: number): void {
    this.total += by;
    bump(this.byAddress, keys.address, by);
    if (keys.boardId !== null) bump(this.byBoard, keys.boardId, by);
    if (memberKey !== null) bump(this.byMember, memberKey, by);
  }
}
