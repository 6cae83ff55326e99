/**
 * Time zones, by IANA name, through `Intl` (present in Node 20 and every browser; no
 * time-zone database ships with us). An incident is told in its own zone: the on-call
 * in New York reads "09:02 EST", not "14:02 UTC".
 *
 * Names are validated by constructing an `Intl.DateTimeFormat`, not by looking them up
 * in `Intl.supportedValuesOf('timeZone')`: that list omits aliases such as `UTC` and
 * `US/Eastern` that every engine accepts.
 */
import { z } from 'zod';
import { pad2, wallClockToUtc, type WallClock } from './instant.ts';

/** The zone a new incident starts with. */
export const DEFAULT_TIME_ZONE = 'UTC';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone and purpose; building them is the slow part of Intl. */
function formatter(timeZone: string, purpose: 'parts' | 'name'): Intl.DateTimeFormat {
  const key = `${purpose} ${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f =
      purpose === 'parts'
        ? new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          })
        : new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' });
    formatters.set(key, f);
  }
  return f;
}

/**
 * The engine's canonical spelling of an IANA zone name (`america/new_york` →
 * `America/New_York`, `Etc/UTC` → `UTC`), or null when the name is unknown.
 * Offsets such as `+02:00` are refused even where the engine accepts them: an incident
 * needs a zone with its daylight-saving rules, not a fixed offset.
 */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (!/^[A-Za-z]/.test(trimmed)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** True for a zone name this engine knows. */
export function isTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== null;
}

/** An IANA zone name, stored in its canonical spelling. */
export const TimeZoneSchema = z
  .string({ error: 'Time zone must be a name like Europe/Berlin or UTC' })
  .transform((name, ctx) => {
    const canonical = canonicalTimeZone(name);
    if (canonical) return canonical;
    ctx.addIssue({
      code: 'custom',
      message: `Time zone '${name}' is unknown; use a name like Europe/Berlin, America/New_York or UTC`,
      input: name,
    });
    return z.NEVER;
  });

/** The wall clock in `timeZone` at an instant. */
export function wallClockAt(ms: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone, 'parts').formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

/** Minutes east of UTC in `timeZone` at an instant (New York in winter: -300). */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  return Math.round((wallClockToUtc(wallClockAt(ms, timeZone)) - ms) / 60_000);
}

/** The outcome of placing a wall-clock reading in a zone. */
export type ZonedInstant =
  | {
      ok: true;
      ms: number;
      /** The reading happened twice (clocks went back); `ms` is the earlier one. */
      ambiguous: boolean;
    }
  | {
      ok: false;
      /** The reading never happened (clocks went forward over it). */
      reason: 'skipped';
    };

const DAY_MS = 86_400_000;

/**
 * The instant at which clocks in `timeZone` showed `wall`. A reading that happened twice
 * (clocks went back) resolves to the earlier instant, as Temporal's default does; a
 * reading that never happened (clocks went forward) is refused, so a typo is not
 * silently moved by an hour. Assumes at most one offset change within a day of the
 * reading, which holds for every zone in the IANA database.
 */
export function instantFromWallClock(wall: WallClock, timeZone: string): ZonedInstant {
  const asUtc = wallClockToUtc(wall);
  const offsets = new Set([
    offsetMinutesAt(asUtc - DAY_MS, timeZone),
    offsetMinutesAt(asUtc + DAY_MS, timeZone),
  ]);
  const matches = [...offsets]
    .map((offset) => asUtc - offset * 60_000)
    .filter((ms) => wallClockToUtc(wallClockAt(ms, timeZone)) === asUtc)
    .sort((a, b) => a - b);
  const [first] = matches;
  if (first === undefined) return { ok: false, reason: 'skipped' };
  return { ok: true, ms: first, ambiguous: matches.length > 1 };
}

/** How {@link formatInstant} writes an instant. */
export interface FormatInstantOptions {
  /** Write the date before the time (default true). */
  date?: boolean;
  /** Write seconds (default false). */
  seconds?: boolean;
  /** Write the zone's short name after the time, e.g. `EST`, `GMT+1` (default true). */
  zoneName?: boolean;
}

/**
 * An instant as the people in the incident's zone read it, in a fixed, locale-neutral
 * shape that sorts as text and reads the same in exports: `2026-11-03 09:02 EST`.
 */
export function formatInstant(
  ms: number,
  timeZone: string,
  { date = true, seconds = false, zoneName = true }: FormatInstantOptions = {},
): string {
  const w = wallClockAt(ms, timeZone);
  let out = `${pad2(w.hour)}:${pad2(w.minute)}`;
  if (seconds) out += `:${pad2(w.second)}`;
  if (date) out = `${w.year}-${pad2(w.month)}-${pad2(w.day)} ${out}`;
  if (zoneName) out += ` ${zoneShortName(ms, timeZone)}`;
  return out;
}

/** The zone's short name at an instant (`EST` or `EDT`, `UTC`, `GMT+1`). */
export function zoneShortName(ms: number, timeZone: string): string {
  const part = formatter(timeZone, 'name')
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** A fixed offset as text: `+02:00`, `-05:30`, `+00:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
