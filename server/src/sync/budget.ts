/**
 * What one connection may make the server do, beyond its message rate: the messages that
 * cost the server work out of proportion to their size are counted on their own
 * (docs/SECURITY.md, "Work is budgeted, not only messages").
 *
 * - a sync request (step 1) can make the server encode the whole doc: a handshake and a
 *   few re-syncs, then a slow rate;
 * - a presence query makes the server encode every presence state of the room;
 * - a presence update is re-sent to every other peer of the room: its size times the
 *   peers is taken from a budget in bytes;
 * - one event-loop turn handles at most {@link TURN_BYTES} of one connection's messages.
 */
import { CloseCode } from '@hindsight/shared';
import { fullBucket, take, type Bucket, type SyncLimits } from './limits.ts';
import { maxPresenceMessageBytes, PRESENCE_TOO_LARGE } from './presenceLimits.ts';
import { MessageType, SyncStep } from './protocol.ts';

/**
 * Bytes of one connection's messages handled in one event-loop turn. What arrives beyond
 * it waits for the next turn, with the socket paused, so that one writer's burst of large
 * changes cannot hold the server for longer than a turn's worth (docs/MEASUREMENTS.md).
 */
export const TURN_BYTES = 256 * 1024;

/**
 * Whether one more message of a connection is handled in this turn, given the bytes of
 * its messages handled in it so far and how many of its messages wait for a later turn
 * (they go first). A message that starts within the turn's bytes is handled whole.
 */
export function fitsThisTurn(turnBytes: number, waiting: number): boolean {
  return waiting === 0 && turnBytes < TURN_BYTES;
}

/** Why a message was refused: the close code and the reason the client is given. */
export interface Refusal {
  readonly code: number;
  readonly reason: string;
}

const TOO_MANY_SYNCS: Refusal = {
  code: CloseCode.TooManyMessages,
  reason: 'too many sync requests',
};
const TOO_MANY_QUERIES: Refusal = {
  code: CloseCode.TooManyMessages,
  reason: 'too many presence queries',
};
const TOO_MUCH_PRESENCE: Refusal = {
  code: CloseCode.TooManyMessages,
  reason: 'too much presence',
};

/** The kind of a y-websocket message, read from its first bytes without decoding it. */
export function kindOf(message: Uint8Array): 'sync-request' | 'presence' | 'query' | 'other' {
  const type = message[0];
  if (type === MessageType.Sync && message[1] === SyncStep.Step1) return 'sync-request';
  if (type === MessageType.Awareness) return 'presence';
  if (type === MessageType.QueryAwareness) return 'query';
  return 'other';
}

export class ConnectionBudget {
  private readonly syncs: Bucket;
  private readonly queries: Bucket;
  private readonly fanout: Bucket;

  constructor(
    private readonly limits: SyncLimits,
    now: number,
  ) {
    this.syncs = fullBucket(limits.syncBurst, now);
    this.queries = fullBucket(limits.presenceQueryBurst, now);
    this.fanout = fullBucket(limits.presenceFanoutBurstBytes, now);
  }

  /**
   * Charges `message` to this connection's budget; `others` is how many other peers its
   * room would relay a presence update to. Returns why it is refused, or null.
   */
  admit(message: Uint8Array, others: number, now: number): Refusal | null {
    const l = this.limits;
    switch (kindOf(message)) {
      case 'sync-request':
        return take(this.syncs, l.syncBurst, l.syncsPerMinute / 60, now) ? null : TOO_MANY_SYNCS;
      case 'query':
        return take(this.queries, l.presenceQueryBurst, l.presenceQueriesPerMinute / 60, now)
          ? null
          : TOO_MANY_QUERIES;
      case 'presence': {
        // Refused before it is decoded: a 7 MB state costs nothing to turn away.
        if (message.length > maxPresenceMessageBytes(l)) return PRESENCE_TOO_LARGE;
        const bytes = message.length * Math.max(1, others);
        return take(
          this.fanout,
          l.presenceFanoutBurstBytes,
          l.presenceFanoutBytesPerSecond,
          now,
          bytes,
        )
          ? null
          : TOO_MUCH_PRESENCE;
      }
      default:
        return null;
    }
  }
}
