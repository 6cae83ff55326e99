/**
 * `<input type="datetime-local">` values read in the incident's zone. The browser's own
 * zone plays no part: a facilitator in Berlin preparing a New York incident types New
 * York times. Pure.
 */
import { instantFromWallClock, wallClockAt } from '@hindsight/shared';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The input value showing `ms` in `timeZone` (`2026-11-03T09:02`); '' for no instant. */
export function toLocalInput(ms: number | null, timeZone: string): string {
  if (ms === null) return '';
  const w = wallClockAt(ms, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The `<input type="date">` value of the day `ms` falls on in `timeZone`; '' for none. */
export function toLocalInputDate(ms: number | null, timeZone: string): string {
  return toLocalInput(ms, timeZone).slice(0, 10);
}

export type LocalInputReading = { ok: true; ms: number | null } | { ok: false; problem: string };

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * The instant an input value means in `timeZone`; null for an empty input. A time the
 * zone skipped (clocks went forward) is refused rather than moved by an hour.
 */
export function fromLocalInput(value: string, timeZone: string): LocalInputReading {
  const text = value.trim();
  if (text === '') return { ok: true, ms: null };
  const m = LOCAL.exec(text);
  if (!m) return { ok: false, problem: 'Enter a date and a time' };
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millisecond = 0] = m
    .slice(1)
    .map((x) => (x === undefined ? 0 : Number(x)));
  const wall = { year, month, day, hour, minute, second, millisecond };
  const check = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute));
  if (
    wall.year < 1970 ||
    check.getUTCMonth() !== wall.month - 1 ||
    check.getUTCDate() !== wall.day ||
    wall.hour > 23 ||
    wall.minute > 59
  ) {
    return { ok: false, problem: 'That date does not exist' };
  }
  const zoned = instantFromWallClock(wall, timeZone);
  if (!zoned.ok) {
    return {
      ok: false,
      problem: `${text.replace('T', ' ')} did not happen in ${timeZone}: the clocks went forward over it`,
    };
  }
  return { ok: true, ms: zoned.ms };
}
