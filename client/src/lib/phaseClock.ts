/**
 * What the phase countdown shows, from the stored timer and the server's time. Every
 * browser computes it from the same value, so they agree to within their clock offsets.
 */
import { formatClock, timer, type Timer } from '@hindsight/shared';

/** How long the time-up pulse lasts once the countdown reaches zero, ms. */
export const TIME_UP_PULSE_MS = 10_000;

export interface ClockView {
  /** "4:59" counting down; "+1:12" in overtime. */
  readonly text: string;
  /** Remaining time, ms; negative in overtime. */
  readonly remainingMs: number;
  readonly overtime: boolean;
  readonly running: boolean;
  /** True for a few seconds after reaching zero while running: the gentle signal. */
  readonly justEnded: boolean;
  /** Share of the planned time used, 0 to 1. */
  readonly progress: number;
}

export function clockView(t: Timer, now: number): ClockView {
  const remainingMs = timer.remaining(t, now);
  const overtime = remainingMs < 0;
  const running = timer.isRunning(t);
  const clock = formatClock(remainingMs);
  return {
    text: overtime ? `+${clock.replace(/^-/, '')}` : clock,
    remainingMs,
    overtime,
    running,
    justEnded: running && remainingMs <= 0 && remainingMs > -TIME_UP_PULSE_MS,
    progress:
      t.durationMs === 0 ? 1 : Math.min(1, Math.max(0, timer.elapsed(t, now) / t.durationMs)),
  };
}
