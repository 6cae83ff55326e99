/**
 * Reads the time at the start of a pasted line or in a CSV/JSON cell, the way people
 * write it in incident channels. Pure; shared by every import format.
 *
 * Supported, in this order:
 *
 *   [YYYY-MM-DD( |T)]HH:MM[:SS[.sss]][zone]
 *
 * - The date is optional: a time alone continues the date of the last line that had
 *   one (or the base date chosen for the import). Times never roll over to the next
 *   day by themselves; write a full date when the day changes.
 * - Zones: `Z`, `UTC`, `GMT`, fixed offsets `+02:00`, `+0200`, `+02`, `UTC+2`,
 *   `GMT-05:30`, and IANA names with a slash (`Europe/Berlin`, `America/New_York`),
 *   written after a space (or glued to the time for `Z` and offsets). Abbreviations
 *   such as `CET` or `EST` are refused: they are ambiguous and mean nothing to Intl.
 * - The zone is optional too: a line without one uses the last zone written, else the
 *   import's default zone. In a line without a date, a word after the time counts as a
 *   zone only when it is one, so "14:05 CPU/memory spiked" stays text.
 * - A time in an IANA zone that happened twice (clocks went back) is the earlier one;
 *   a time that never happened (clocks went forward) is an error.
 */
import { pad2, wallClockProblem, wallClockToUtc, type WallClock } from '../time/instant.ts';
import { canonicalTimeZone, instantFromWallClock } from '../time/zone.ts';

/** A zone as written in an import: a fixed offset or an IANA zone. */
export type ImportZone =
  { kind: 'offset'; minutes: number; label: string } | { kind: 'named'; name: string };

/** The calendar date lines without a date continue. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** What earlier lines established; updated as lines are read. */
export interface TimestampContext {
  date: CalendarDate | null;
  zone: ImportZone | null;
}

export type TimestampReading =
  | {
      ok: true;
      /** The instant, ms since the epoch. */
      at: number;
      /** The rest of the input after the time and zone, leading spaces removed. */
      rest: string;
    }
  | { ok: false; problem: string };

const START =
  /^(?:(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|\s+))?(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?(?=$|\s|\[|[Zz](?![A-Za-z])|[+-]\d)/;
const DATE_ONLY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const GLUED_ZONE = /^(Z|[+-]\d{2}(?::?\d{2})?)(?=$|\s|\[)/i;
const OFFSET = /^(?:(?:UTC|GMT)([+-])(\d{1,2})|([+-])(\d{2}))(?::?(\d{2}))?$/i;
const IANA_LIKE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)+$/;
const ABBREVIATION = /^[A-Z]{2,5}$/;

const NO_TIME = 'no time at the start of the line';

/** Largest offset in use (Kiribati, +14:00), in minutes. */
const MAX_OFFSET = 14 * 60;

type ZoneToken = { zone: ImportZone } | { problem: string } | null;

/**
 * Reads one zone token. Null when the token is not a zone at all. Where a zone is
 * expected (`strict`), an unknown IANA-looking name or a bad offset is an error; where
 * the word may just as well start the text, only unmistakable zones count (`Z`, `UTC`,
 * `+02:00` with its colon, a known IANA name), so "14:05 +50 instances" stays text.
 */
export function readZoneToken(token: string, strict = true): ZoneToken {
  if (token === 'Z' || token === 'z' || /^(UTC|GMT)$/i.test(token)) {
    return { zone: { kind: 'offset', minutes: 0, label: 'UTC' } };
  }
  const offset = OFFSET.exec(token);
  if (offset && (strict || /^(UTC|GMT)|:/i.test(token))) {
    const [, sign1, h1, sign2, h2, mm] = offset;
    const sign = (sign1 ?? sign2) === '-' ? -1 : 1;
    const hours = Number(h1 ?? h2);
    const minutes = mm === undefined ? 0 : Number(mm);
    if (minutes > 59 || hours * 60 + minutes > MAX_OFFSET) {
      return strict ? { problem: `offset ${token} is out of range` } : null;
    }
    const label = `${sign < 0 ? '-' : '+'}${pad2(hours)}:${pad2(minutes)}`;
    return { zone: { kind: 'offset', minutes: sign * (hours * 60 + minutes), label } };
  }
  if (IANA_LIKE.test(token)) {
    const name = canonicalTimeZone(token);
    if (name) return { zone: { kind: 'named', name } };
    return strict ? { problem: `unknown time zone '${token}'` } : null;
  }
  return null;
}

/** Parses a base date option (`YYYY-MM-DD`). Throws for a programming mistake. */
export function parseBaseDate(text: string): CalendarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
  if (!date || wallClockProblem({ ...date, hour: 0, minute: 0, second: 0, millisecond: 0 })) {
    throw new RangeError(`base date '${text}' is not a date like 2026-11-03`);
  }
  return date;
}

/** Parses a default zone option (anything a line may carry). Throws when unknown. */
export function parseZoneOption(text: string): ImportZone {
  const read = readZoneToken(text.trim());
  if (!read || 'problem' in read) throw new RangeError(`time zone '${text}' is not supported`);
  return read.zone;
}

/**
 * Reads a time at the start of `input` and returns the instant and what follows.
 * A successful read updates `ctx` with the date and zone it used, so the next line can
 * continue them. A date and zone that were written correctly are remembered even when
 * something else on the line is wrong, so one typo does not shift the lines after it.
 */
export function readTimestamp(input: string, ctx: TimestampContext): TimestampReading {
  const m = START.exec(input);
  if (!m) {
    if (DATE_ONLY.test(input)) return { ok: false, problem: 'no time after the date' };
    return { ok: false, problem: NO_TIME };
  }
  const [matched, y, mo, d, h, mi, s, frac] = m;
  const written: CalendarDate | null =
    y === undefined ? null : { year: Number(y), month: Number(mo), day: Number(d) };
  const date = written ?? ctx.date;
  if (!date) {
    return {
      ok: false,
      problem:
        'no date yet; start with a full date like 2026-11-03 14:02 UTC, or choose a base date',
    };
  }
  const wall: WallClock = {
    ...date,
    hour: Number(h),
    minute: Number(mi),
    second: s === undefined ? 0 : Number(s),
    millisecond: frac === undefined ? 0 : Number(frac.padEnd(3, '0')),
  };
  const problem = wallClockProblem(wall);
  if (written && !wallClockProblem({ ...wall, hour: 0, minute: 0, second: 0 })) ctx.date = written;
  const zoned = readZone(input.slice(matched.length), written !== null || ctx.zone === null);
  if ('zone' in zoned && zoned.zone) ctx.zone = zoned.zone;
  if (problem) return { ok: false, problem };
  if ('problem' in zoned) return { ok: false, problem: zoned.problem };
  const used = zoned.zone ?? ctx.zone;
  if (!used) {
    const word = /^\S*/.exec(zoned.rest)?.[0] ?? '';
    return {
      ok: false,
      problem: ABBREVIATION.test(word)
        ? `time zone '${word}' is ambiguous or unknown; write an offset like +01:00 or a name like Europe/Paris`
        : 'no time zone after the time; add one like UTC, Z, +02:00 or Europe/Berlin',
    };
  }

  const at = instantIn(wall, used);
  if (at === null) {
    const shown = `${wall.year}-${pad2(wall.month)}-${pad2(wall.day)} ${pad2(wall.hour)}:${pad2(wall.minute)}`;
    const name = used.kind === 'named' ? used.name : used.label;
    return { ok: false, problem: `${shown} did not happen in ${name} (the clocks skipped it)` };
  }
  return { ok: true, at, rest: zoned.rest };
}

/**
 * The zone right after the time: glued to it (`14:02Z`, `14:02+02:00`) or the next word.
 * `zone` is null when there is none; `rest` is what follows, leading spaces removed.
 */
function readZone(
  afterTime: string,
  strict: boolean,
): { zone: ImportZone | null; rest: string } | { problem: string } {
  const glued = GLUED_ZONE.exec(afterTime);
  if (glued) {
    const read = readZoneToken(glued[1] ?? '');
    if (!read) return { problem: NO_TIME };
    if ('problem' in read) return read;
    return { zone: read.zone, rest: afterTime.slice(glued[0].length).trimStart() };
  }
  const rest = afterTime.trimStart();
  const word = /^[^\s[]*/.exec(rest)?.[0] ?? '';
  const read = word ? readZoneToken(word, strict) : null;
  if (read && 'problem' in read) return read;
  if (read) return { zone: read.zone, rest: rest.slice(word.length).trimStart() };
  return { zone: null, rest };
}

function instantIn(wall: WallClock, zone: ImportZone): number | null {
  if (zone.kind === 'offset') return wallClockToUtc(wall) - zone.minutes * 60_000;
  const placed = instantFromWallClock(wall, zone.name);
  return placed.ok ? placed.ms : null;
}

/**
 * Reads a cell that holds only a time (CSV and JSON), in the same syntax as a line's
 * start. Anything after the time and zone is an error rather than ignored.
 */
export function readTimestampCell(
  cell: string,
  ctx: TimestampContext,
): { ok: true; at: number } | { ok: false; problem: string } {
  const value = cell.trim();
  if (value === '') return { ok: false, problem: 'no time' };
  const read = readTimestamp(value, ctx);
  if (!read.ok) {
    return read.problem === NO_TIME ? { ok: false, problem: `'${value}' is not a time` } : read;
  }
  if (read.rest !== '') {
    return { ok: false, problem: `unexpected '${read.rest}' after the time in '${value}'` };
  }
  return { ok: true, at: read.at };
}
