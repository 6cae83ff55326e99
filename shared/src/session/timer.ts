/**
 * The phase timer as a value and pure functions on it. All instants are the server's
 * clock in ms (clients add their measured offset), so every browser computes the same
 * remaining time from the same stored value.
 */
import { z } from 'zod';

export const TimerSchema = z.object({
  /** Planned length plus any extensions, ms. */
  durationMs: z.number().int().nonnegative(),
  /** Time counted before the current run (accumulated across pauses), ms. */
  elapsedMs: z.number().int().nonnegative(),
  /** Server time the current run started, or null while paused or not started. */
  runningSince: z.number().int().nonnegative().nullable(),
});
export type Timer = z.infer<typeof TimerSchema>;

/** A stopped timer at the start of a phase of that length. */
export function newTimer(durationMs: number): Timer {
  return { durationMs, elapsedMs: 0, runningSince: null };
}

export function isRunning(timer: Timer): boolean {
  return timer.runningSince !== null;
}

/** Time counted so far, ms. A clock that moved backwards never counts negative time. */
export function elapsed(timer: Timer, now: number): number {
  return (
    timer.elapsedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince))
  );
}

/** Time left, ms; negative in overtime. */
export function remaining(timer: Timer, now: number): number {
  return timer.durationMs - elapsed(timer, now);
}

export function isOvertime(timer: Timer, now: number): boolean {
  return remaining(timer, now) < 0;
}

export function start(timer: Timer, now: number): Timer {
  return timer.runningSince === null ? { ...timer, runningSince: now } : timer;
}

export function pause(timer: Timer, now: number): Timer {
  return timer.runningSince === null
    ? timer
    : { ...timer, elapsedMs: elapsed(timer, now), runningSince: null };
}

/** Adds time to the phase; works running or paused, and from overtime. */
export function extend(timer: Timer, ms: number): Timer {
  return { ...timer, durationMs: Math.max(0, timer.durationMs + ms) };
}

/** Back to the full planned length, stopped. */
export function reset(_timer: Timer, plannedMs: number): Timer {
  return newTimer(plannedMs);
}

/** `mm:ss` (or `h:mm:ss`), with a leading minus in overtime. Rounds toward the display a person expects: 4:59.2 shows 5:00. */
export function formatClock(ms: number): string {
  const negative = ms < 0;
  const total = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body =
    h > 0
      ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
      : `${m}:${String(s).padStart(2, '0')}`;
  return negative && total > 0 ? `-${body}` : body;
}
