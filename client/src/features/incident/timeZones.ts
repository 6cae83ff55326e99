/**
 * The zones a picker offers, and how a search narrows them: by place ("berlin", "new
 * york"), by abbreviation ("CET", "EST") and by offset ("+01", "UTC-5", "+05:30"). Pure
 * but for `Intl`, which names the zones and tells their offsets.
 */
import { formatOffset, offsetMinutesAt } from '@hindsight/shared';

/** One zone as the picker shows and searches it. */
export interface ZoneInfo {
  /** The IANA name: `Europe/Berlin`. */
  readonly zone: string;
  /** Its offset from UTC now: `+01:00`. */
  readonly offset: string;
  /** Its offset now, minutes. */
  readonly minutes: number;
  /** What people call it, winter and summer: `CET`, `CEST`, `GMT+1`. */
  readonly names: readonly string[];
}

/** Every IANA zone this browser knows, UTC first. */
export function allTimeZones(): string[] {
  const listed =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...listed.filter((zone) => zone !== 'UTC')];
}

function nameAt(zone: string, ms: number, style: 'short' | 'long'): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: style })
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? '';
}

/** "Central European Standard Time" gives CEST and CET; "GMT+01:00" gives nothing. */
function initials(long: string): string[] {
  if (!/^[A-Za-z ]+$/.test(long)) return [];
  const of = (words: string[]) => words.map((w) => w[0]!.toUpperCase()).join('');
  const words = long.split(' ').filter(Boolean);
  return [of(words), of(words.filter((w) => w !== 'Standard'))];
}

/** A zone's offset now and the names it goes by in winter and in summer. */
export function zoneInfo(zone: string, now: number): ZoneInfo {
  const year = new Date(now).getUTCFullYear();
  const names = new Set<string>();
  for (const at of [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)]) {
    names.add(nameAt(zone, at, 'short'));
    for (const name of initials(nameAt(zone, at, 'long'))) names.add(name);
  }
  names.delete('');
  const minutes = offsetMinutesAt(now, zone);
  return { zone, offset: formatOffset(minutes), minutes, names: [...names] };
}

const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[_/\s-]+/g, ' ')
    .trim();

/** "+01", "utc-5", "GMT+05:30" as minutes and whether the minutes were given; else null. */
function offsetQuery(query: string): { minutes: number; exact: boolean } | null {
  const m = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(query.trim());
  if (!m) return null;
  const sign = m[1] === '-' ? -1 : 1;
  return { minutes: sign * (Number(m[2]) * 60 + Number(m[3] ?? 0)), exact: m[3] !== undefined };
}

function matchesOffset(info: ZoneInfo, q: { minutes: number; exact: boolean }): boolean {
  if (q.exact) return info.minutes === q.minutes;
  const hours = (minutes: number) => Math.trunc(minutes / 60);
  return (
    Math.sign(info.minutes) === Math.sign(q.minutes) && hours(info.minutes) === hours(q.minutes)
  );
}

/**
 * Zones matching `query`, best first: an offset ("+01") lists the zones at that offset
 * now; an abbreviation ("CET") the zones that go by it, before places whose name holds
 * it; otherwise every word must be in the name, cities starting with the query first. The
 * `current` zone is always first, so a list never hides what is chosen. At most `limit`.
 */
export function searchZones(
  zones: readonly ZoneInfo[],
  query: string,
  current: string,
  limit = 60,
): ZoneInfo[] {
  const q = normal(query);
  const offset = offsetQuery(query);
  let ranked: ZoneInfo[];
  if (offset) ranked = zones.filter((z) => matchesOffset(z, offset));
  else {
    const words = q.split(' ').filter(Boolean);
    const named = zones.filter((z) => z.names.some((n) => n.toLowerCase() === q));
    const hits = zones.filter((z) => words.every((w) => normal(z.zone).includes(w)));
    const city = (z: ZoneInfo) => normal(z.zone.split('/').at(-1) ?? z.zone);
    ranked = q
      ? [
          ...named,
          ...hits.filter((z) => city(z).startsWith(q)),
          ...hits.filter((z) => !city(z).startsWith(q)),
        ]
      : hits;
  }
  const chosen = zones.find((z) => z.zone === current);
  const rest = [...new Set(ranked)].filter((z) => z.zone !== current);
  return [...(chosen ? [chosen] : []), ...rest].slice(0, limit);
}
