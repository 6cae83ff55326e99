/**
 * The sync endpoint's explicit limits, and the token bucket that enforces the rates.
 * Values are defaults; tests and operators can pass others through buildApp.
 */

export interface SyncLimits {
  /** Largest websocket message accepted, bytes (ws closes with 1009 above it). */
  readonly maxPayload: number;
  /** Messages a connection may send in a burst, and per second after it. */
  readonly messageBurst: number;
  readonly messagesPerSecond: number;
  /** Bytes queued for a connection that does not read; above it, it is disconnected. */
  readonly maxBufferedBytes: number;
  /** New connections one IP address may open in a burst, and per second after it. */
  readonly connectBurst: number;
  readonly connectsPerSecond: number;
}

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  maxPayload: 8 * 1024 * 1024,
  // Typing sends an update and an awareness change per keystroke; a fast typist and a
  // drag stay far below this, a script does not.
  messageBurst: 600,
  messagesPerSecond: 300,
  maxBufferedBytes: 16 * 1024 * 1024,
  // A browser opens three or four sockets per board; a meeting's worth of reconnects
  // after a restart fits in the burst.
  connectBurst: 60,
  connectsPerSecond: 20,
};

export interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Takes one token if there is one, refilling at `rate` per second up to `burst`.
 * Mutates the bucket (it sits on a hot path) and says whether the token was there.
 */
export function take(bucket: Bucket, burst: number, rate: number, now: number): boolean {
  const refill = ((now - bucket.updatedAt) / 1000) * rate;
  bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, refill));
  bucket.updatedAt = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
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
