/**
 * The server's clock as components see it. Every countdown is computed from the stored
 * timer and this clock, never from a local counter, so all browsers agree.
 * Implemented in src/sync/serverClock.ts.
 */
export interface ServerClock {
  /** The server's time now, ms (this tab's clock plus the measured offset). */
  now(): number;
  /** Calls `onTick` about four times a second while subscribed (for useSyncExternalStore). */
  subscribe(onTick: () => void): () => void;
  /** The server time at the latest tick; stable between ticks. */
  getSnapshot(): number;
}
