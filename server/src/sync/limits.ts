/**
 * The sync endpoint's explicit limits, and the token bucket that enforces the rates.
 * Values are defaults; tests and operators can pass others through buildApp.
 */
import type { AdmissionLimits } from './admission.ts';

/** Admission limits (admission.ts) are among them: who may open a socket now. */
export interface SyncLimits extends AdmissionLimits {
  /**
   * Largest websocket message accepted, bytes (ws closes with 1009 above it, from the
   * frame's header, before reading it): by default {@link payloadFor} the update limit.
   */
  readonly maxPayload: number;
  /** Messages a connection may send in a burst, and per second after it. */
  readonly messageBurst: number;
  readonly messagesPerSecond: number;
  /** Bytes queued for a connection that does not read; above it, it is disconnected. */
  readonly maxBufferedBytes: number;
  /** How long a slow consumer gets to read its close frame before the socket is dropped, ms. */
  readonly slowConsumerGraceMs: number;
  /**
   * Sync requests (step 1) a connection may send: its handshake and a few re-syncs in a
   * burst, then this many per minute. Each one can make the server encode the doc.
   */
  readonly syncBurst: number;
  readonly syncsPerMinute: number;
  /** Largest presence (awareness) state of one client, bytes of its JSON. */
  readonly maxPresenceBytes: number;
  /** Presence client ids one connection may speak for. */
  readonly maxClientIdsPerConnection: number;
  /** Presence queries (each answered with every state of the room): burst, then per minute. */
  readonly presenceQueryBurst: number;
  readonly presenceQueriesPerMinute: number;
  /**
   * Bytes of presence one connection may make the server relay (its update's size times
   * the other peers of the room): burst, then per second.
   */
  readonly presenceFanoutBurstBytes: number;
  readonly presenceFanoutBytesPerSecond: number;
  /** Largest document change (update) accepted, bytes (close 4431 above it). */
  readonly maxUpdateBytes: number;
  /** Largest size one doc may reach, bytes (close 4431). */
  readonly maxDocBytes: number;
  /** Largest size all the docs of one board may reach together, bytes (close 4431). */
  readonly maxBoardBytes: number;
}

/** What a sync message adds to the update it carries: its type, step and length. */
const MESSAGE_FRAMING_BYTES = 1024;

/**
 * The largest websocket message worth reading when updates may be `maxUpdateBytes`: no
 * message the server accepts is larger (presence is capped far below), so a larger one
 * is refused from its header, before its bytes are received, unmasked or decoded.
 */
export function payloadFor(maxUpdateBytes: number): number {
  return maxUpdateBytes + MESSAGE_FRAMING_BYTES;
}

/** The largest change one connection may send by default, bytes. */
const MAX_UPDATE_BYTES = 512 * 1024;

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxPayload: payloadFor(MAX_UPDATE_BYTES),
  // Typing sends an update and an awareness change per keystroke; a fast typist and a
  // drag stay far below this, a script does not.
  messageBurst: 600,
  messagesPerSecond: 300,
  maxBufferedBytes: 16 * 1024 * 1024,
  slowConsumerGraceMs: 2000,
  // A browser opens three sockets per board tab (board, facilitation, and a participant's
  // private doc). A meeting of 100 behind one address (an office NAT) opening the board
  // together, twice over for second tabs or a reconnect after a restart, fits in the
  // burst; a script opening and closing in a loop does not fit in the rate for long.
  connectBurst: 600,
  connectsPerSecond: 100,
  // Open at once. An office of 300 people on boards, one tab each, fits under the
  // address's ceiling; a board's members (100 per role by default, three sockets a tab,
  // a second tab for some) under the board's; a browser's few tabs under the member's
  // (its key rides on the board and private sockets: two per tab). The server's bounds
  // memory and file descriptors (about 40 KiB a socket).
  maxSockets: 20_000,
  maxSocketsPerAddress: 1000,
  maxSocketsPerBoard: 1500,
  maxSocketsPerMember: 12,
  // A y-websocket client sends one step 1 per connection; a reconnect is a new connection.
  syncBurst: 4,
  syncsPerMinute: 6,
  // A person's presence is a name, a role, a colour, a cursor and a few flags: well
  // under 1 KiB. One tab speaks for one client id per doc.
  maxPresenceBytes: 4 * 1024,
  maxClientIdsPerConnection: 4,
  // The browser client never queries; the reference protocol allows it.
  presenceQueryBurst: 4,
  presenceQueriesPerMinute: 6,
  // A 1 KiB state relayed to 100 peers is 100 KiB: a cursor moving ten times a second in
  // a large meeting stays below the rate, a 4 KiB state sent to 100 peers in a loop does not.
  presenceFanoutBurstBytes: 8 * 1024 * 1024,
  presenceFanoutBytesPerSecond: 2 * 1024 * 1024,
  // A 90-minute postmortem's board doc ends at 26 KiB, and a 1 MB board is an extreme
  // one (docs/HISTORY.md). These leave room for boards a hundred times the realistic one
  // and keep what one turn does for one connection (applying a change, compacting a doc,
  // encoding a joiner's full state) within the 100 ms that one connection may hold the
  // server on a loaded machine (docs/MEASUREMENTS.md).
  maxUpdateBytes: MAX_UPDATE_BYTES,
  maxDocBytes: 4 * 1024 * 1024,
  maxBoardBytes: 16 * 1024 * 1024,
};

export interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Takes `cost` tokens (one by default) if there are that many, refilling at `rate` per
 * second up to `burst`. Mutates the bucket (it sits on a hot path) and says whether the
 * tokens were there; nothing is taken when they were not.
 */
export function take(bucket: Bucket, burst: number, rate: number, now: number, cost = 1): boolean {
  const refill = ((now - bucket.updatedAt) / 1000) * rate;
  bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, refill));
  bucket.updatedAt = now;
  if (bucket.tokens < cost) return false;
  bucket.tokens -= cost;
  return true;
}

export function fullBucket(burst: number, now: number): Bucket {
  return { tokens: burst, updatedAt: now };
}

/** Per-key buckets (IP addresses) that forget keys idle long enough to be full again. */
export class BucketMap {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;

  constructor(
    private readonly burst: number,
    private readonly rate: number,
  ) {}

  take(key: string, now: number): boolean {
    this.sweep(now);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = fullBucket(this.burst, now);
      this.buckets.set(key, bucket);
    }
    return take(bucket, this.burst, this.rate, now);
  }

  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    const fullAfterMs = (this.burst / this.rate) * 1000;
    if (now - this.lastSweep < fullAfterMs) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updatedAt >= fullAfterMs) this.buckets.delete(key);
    }
  }
}
