/**
 * Instants: points in time, stored everywhere in the model as whole milliseconds since
 * the Unix epoch (UTC). Numbers compare, sort and subtract without parsing, and the
 * same instant is the same number on every client, which duplicate detection relies on.
 *
 * People and files write instants as ISO 8601 text; this module reads that text
 * strictly (a zone is required, impossible dates are refused rather than rolled over).
 */
import { z } from 'zod';

/** A calendar date and a wall-clock time with no zone: what a person reads on a clock. */
export interface WallClock {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
  /** 0..23 */
  hour: number;
  /** 0..59 */
  minute: number;
  /** 0..59; leap seconds are not representable in JavaScript time. */
  second: number;
  /** 0..999 */
  millisecond: number;
}

/** Earliest year accepted: incidents happen after 1970, and it keeps instants non-negative. */
export const MIN_YEAR = 1970;
/** Latest year accepted: four-digit years only. */
export const MAX_YEAR = 9999;

/** Largest instant the model accepts: the last millisecond of {@link MAX_YEAR}. */
export const MAX_INSTANT = Date.UTC(MAX_YEAR, 11, 31, 23, 59, 59, 999);

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first part of a wall-clock reading that is out of range, as a phrase for a
 * person ("minute 61 is out of range"), or null when the reading is a real date and time.
 * Checked in reading order so the message points at the first mistake.
 */
export function wallClockProblem(wall: WallClock): string | null {
  const { year, month, day, hour, minute, second, millisecond } = wall;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return `year ${year} is out of range (${MIN_YEAR} to ${MAX_YEAR})`;
  }
  if (month < 1 || month > 12) return `month ${month} is out of range`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return `day ${day} is out of range (${year}-${pad2(month)} has ${days} days)`;
  }
  if (hour > 23) return `hour ${hour} is out of range`;
  if (minute > 59) return `minute ${minute} is out of range`;
  if (second > 59) return `second ${second} is out of range`;
  if (millisecond > 999) return `millisecond ${millisecond} is out of range`;
  return null;
}

/** The instant of a wall-clock reading taken in UTC. The reading must be valid. */
export function wallClockToUtc(wall: WallClock): number {
  const { year, month, day, hour, minute, second, millisecond } = wall;
  return Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
}

/** The UTC wall clock of an instant. */
export function utcWallClock(ms: number): WallClock {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/** Two-digit zero padding for dates and times. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * ISO 8601 instant with a mandatory zone: `2026-11-03T14:02Z`, `2026-11-03T14:02:00Z`,
 * `2026-11-03T16:02:00.000+02:00`. The `T` may be a space (RFC 3339 allows it).
 */
const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:\d{2})$/i;

const NOT_AN_INSTANT = 'not a date and time with a zone';

/** Result of reading an instant: the milliseconds, or what is wrong in plain words. */
export type InstantReading = { ok: true; ms: number } | { ok: false; problem: string };

/** Reads a strict ISO 8601 instant (see {@link ISO_INSTANT}); never guesses a zone. */
export function readIsoInstant(text: string): InstantReading {
  const m = ISO_INSTANT.exec(text.trim());
  if (!m) return { ok: false, problem: NOT_AN_INSTANT };
  const [, y, mo, d, h, mi, s, frac, zone] = m as unknown as string[];
  const wall: WallClock = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: s === undefined ? 0 : Number(s),
    millisecond: frac === undefined ? 0 : Number(frac.padEnd(3, '0')),
  };
  const problem = wallClockProblem(wall);
  if (problem) return { ok: false, problem };
  const offset = offsetMinutesOf(zone ?? 'Z');
  if (offset === null) return { ok: false, problem: `offset ${zone} is out of range` };
  return { ok: true, ms: wallClockToUtc(wall) - offset * 60_000 };
}

/** Largest UTC offset in use anywhere (Kiribati is +14:00), in minutes. */
export const MAX_OFFSET_MINUTES = 14 * 60;

/** Minutes east of UTC for `Z` or `±HH:MM`, or null when out of range. */
function offsetMinutesOf(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (minutes > 59) return null;
  const total = hours * 60 + minutes;
  return total > MAX_OFFSET_MINUTES ? null : sign * total;
}

/** Canonical ISO text of an instant, in UTC: `2026-11-03T14:02:00.000Z`. */
export function toIsoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** Reads an instant given as milliseconds or as strict ISO 8601 text. */
export function readInstant(value: number | string): InstantReading {
  if (typeof value === 'string') return readIsoInstant(value);
  if (!Number.isInteger(value)) return { ok: false, problem: 'not a whole number of milliseconds' };
  if (value < 0) return { ok: false, problem: `must not be before ${MIN_YEAR}` };
  if (value > MAX_INSTANT) return { ok: false, problem: `must not be after ${MAX_YEAR}` };
  return { ok: true, ms: value };
}

/**
 * An instant as the model stores it: whole milliseconds since the epoch, within
 * {@link MIN_YEAR}..{@link MAX_YEAR}. Accepts a number or strict ISO 8601 text with a zone
 * (the output is always the number). `label` starts each message ("Started: …").
 */
export function instantSchema(label: string) {
  const hint = 'write a date, time and zone like 2026-11-03T14:02:00Z';
  return z
    .union([z.number(), z.string()], { error: `${label}: ${NOT_AN_INSTANT}; ${hint}` })
    .transform((value, ctx) => {
      const reading = readInstant(value);
      if (reading.ok) return reading.ms;
      const message =
        reading.problem === NOT_AN_INSTANT
          ? `${label}: ${reading.problem}; ${hint}`
          : `${label}: ${reading.problem}`;
      ctx.addIssue({ code: 'custom', message, input: value });
      return z.NEVER;
    });
}
