/**
 * `serverNow() = Date.now() + offset`: this tab's estimate of the server's clock. The
 * offset is measured NTP style (shared `estimateOffset`) from a few `GET /api/time`
 * samples when the board opens and again every few minutes, so every browser counts
 * down on the same clock. It also ticks the countdowns: subscribers are called about
 * four times a second, and each tick recomputes from the stored timer value.
 */
import { estimateOffset, type ClockSample } from '@hindsight/shared';
import type { ServerClock } from '../state/serverClock.ts';

/** Samples per measurement; the one with the shortest round trip wins. */
const SAMPLES = 5;
/** How often the offset is measured again, ms. */
const RESYNC_MS = 4 * 60_000;
/** How often countdowns are recomputed, ms. */
const TICK_MS = 250;

export interface ServerClockOptions {
  /** Asks the server for its time, ms. */
  readonly fetchServerTime: (signal: AbortSignal) => Promise<number>;
  /** This tab's clock; `Date.now` unless a test passes another. */
  readonly localNow?: () => number;
}

export interface SyncingServerClock extends ServerClock {
  /** The current offset (server minus local), ms. */
  offsetMs(): number;
  /** Measures the offset once; keeps the previous one when the server does not answer. */
  sync(signal?: AbortSignal): Promise<void>;
  /** Measures now and every few minutes until the returned function is called. */
  start(): () => void;
}

export function createServerClock({
  fetchServerTime,
  localNow = Date.now,
}: ServerClockOptions): SyncingServerClock {
  let offset = 0;
  // Whole milliseconds: stored instants are integers (the shared schemas say so).
  const now = () => Math.round(localNow() + offset);
  let snapshot = now();
  const listeners = new Set<() => void>();
  let ticker: ReturnType<typeof setInterval> | null = null;

  const tick = () => {
    snapshot = now();
    for (const listener of listeners) listener();
  };

  async function sync(signal = new AbortController().signal): Promise<void> {
    const samples: ClockSample[] = [];
    for (let i = 0; i < SAMPLES && !signal.aborted; i++) {
      const sentAt = localNow();
      try {
        const serverTime = await fetchServerTime(signal);
        samples.push({ sentAt, serverTime, receivedAt: localNow() });
      } catch {
        // one lost sample is fine; the others still measure
      }
    }
    const estimate = estimateOffset(samples);
    if (estimate && !signal.aborted) {
      offset = Math.round(estimate.offsetMs);
      if (listeners.size > 0) tick();
    }
  }

  return {
    now,
    offsetMs: () => offset,
    getSnapshot: () => snapshot,
    subscribe(onTick) {
      listeners.add(onTick);
      if (ticker === null) {
        snapshot = now();
        ticker = setInterval(tick, TICK_MS);
      }
      return () => {
        listeners.delete(onTick);
        if (listeners.size === 0 && ticker !== null) {
          clearInterval(ticker);
          ticker = null;
        }
      };
    },
    sync,
    start() {
      const controller = new AbortController();
      const measure = () => void sync(controller.signal);
      measure();
      const every = setInterval(measure, RESYNC_MS);
      window.addEventListener('online', measure);
      return () => {
        controller.abort();
        clearInterval(every);
        window.removeEventListener('online', measure);
      };
    },
  };
}
